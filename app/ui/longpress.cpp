// A press that lasts the whole time without being released or dragged away.
#include "ui/longpress.h"

#include <QEvent>
#include <QWidget>

LongPress::LongPress(QWidget *target, int milliseconds) : QObject(target)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(milliseconds);
    connect(&m_timer, &QTimer::timeout, this, &LongPress::pressed);
    target->setAttribute(Qt::WA_AcceptTouchEvents);
    target->installEventFilter(this);
}

bool LongPress::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
        m_timer.start();
        break;
    case QEvent::MouseButtonRelease:
    case QEvent::TouchEnd:
    case QEvent::TouchCancel:
    case QEvent::Leave:
    case QEvent::Hide:
        m_timer.stop();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
