// Notices a long press (mouse or touch) on a widget: the hidden way into the
// staff screen, which a visitor won't hit by a tap.
#pragma once

#include <QObject>
#include <QTimer>

class QWidget;

class LongPress : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultMilliseconds = 3000;

    LongPress(QWidget *target, int milliseconds = defaultMilliseconds);

signals:
    void pressed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
};
