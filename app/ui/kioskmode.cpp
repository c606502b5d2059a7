// An event filter on the window does the keeping.
#include "ui/kioskmode.h"

#include <QEvent>
#include <QGuiApplication>
#include <QScreen>
#include <QTimer>
#include <QWidget>

namespace {

class FullScreenKeeper : public QObject
{
public:
    explicit FullScreenKeeper(QWidget *window) : QObject(window), m_window(window)
    {
        setObjectName(QStringLiteral("fullScreenKeeper"));
        window->installEventFilter(this);
        cover();
    }

    void cover()
    {
        // A bare X session has no window manager to honour "full screen", so
        // the window also takes the screen's whole geometry itself.
        if (QScreen *screen = QGuiApplication::primaryScreen())
            m_window->setGeometry(screen->geometry());
        m_window->showFullScreen();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched != m_window)
            return false;
        if (event->type() == QEvent::Close) {
            event->ignore();
            return true;
        }
        if (event->type() == QEvent::WindowStateChange && !(m_window->windowState() & Qt::WindowFullScreen))
            QTimer::singleShot(0, this, &FullScreenKeeper::cover);
        return false;
    }

private:
    QWidget *m_window;
};

FullScreenKeeper *keeperOf(QWidget *window)
{
    return window->findChild<FullScreenKeeper *>(QStringLiteral("fullScreenKeeper"), Qt::FindDirectChildrenOnly);
}

} // namespace

void KioskMode::keepFullScreen(QWidget *window)
{
    if (FullScreenKeeper *keeper = keeperOf(window))
        keeper->cover();
    else
        new FullScreenKeeper(window);
}

void KioskMode::release(QWidget *window)
{
    delete keeperOf(window);
}
