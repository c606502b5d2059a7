// Watches every input event of the application, whatever widget gets it.
#include "ui/idlewatcher.h"

#include <QCoreApplication>
#include <QEvent>

IdleWatcher::IdleWatcher(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

void IdleWatcher::setTimeout(int milliseconds)
{
    m_timer.setInterval(milliseconds);
    restart();
}

void IdleWatcher::setEnabled(bool enabled)
{
    m_enabled = enabled;
    if (enabled)
        restart();
    else
        m_timer.stop();
}

void IdleWatcher::restart()
{
    if (m_enabled)
        m_timer.start();
}

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::MouseButtonPress:
    case QEvent::TouchBegin:
        restart();
        emit activity(true);
        break;
    case QEvent::KeyPress:
    case QEvent::Wheel:
        restart();
        emit activity(false);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
