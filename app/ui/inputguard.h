// Swallows the input that could take a visitor out of the kiosk (window and
// browser shortcuts, the mouse Back/Forward buttons, dropped links, pinch
// zoom) or reach what someone else typed (undo, redo, cut, copy, paste and
// select-all, a text field's context menu, a middle-click paste).
#pragma once

#include <QObject>

class QKeyEvent;

class InputGuard : public QObject
{
    Q_OBJECT

public:
    explicit InputGuard(QObject *parent = nullptr);

    // True for the key presses the kiosk never lets through.
    static bool isEscapeShortcut(int key, Qt::KeyboardModifiers modifiers);
    // True for the keys that edit through history or the clipboard.
    static bool isEditingShortcut(const QKeyEvent &key);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
