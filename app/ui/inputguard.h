// Swallows the input that could take a visitor out of the kiosk: window and
// browser shortcuts, the mouse Back/Forward buttons, dropped links, pinch zoom.
#pragma once

#include <QObject>

class InputGuard : public QObject
{
    Q_OBJECT

public:
    explicit InputGuard(QObject *parent = nullptr);

    // True for the key presses the kiosk never lets through.
    static bool isEscapeShortcut(int key, Qt::KeyboardModifiers modifiers);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
