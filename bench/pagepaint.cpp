// A frame is asked for in the app's own script world, so the article's
// scripts can neither see nor answer it.
#include "pagepaint.h"

#include <QEventLoop>
#include <QPointer>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineView>

#include <memory>
#include <optional>

bool waitForNextFrame(QWebEnginePage &page, int timeoutMs)
{
    QEventLoop loop;
    // The callback may come after the time-out, when this frame is gone.
    const auto drawn = std::make_shared<bool>(false);
    QPointer<QEventLoop> waiting(&loop);
    page.runJavaScript(QStringLiteral("new Promise(r => requestAnimationFrame(() => r(1)))"),
                       QWebEngineScript::ApplicationWorld, [drawn, waiting](const QVariant &) {
                           *drawn = true;
                           if (waiting)
                               waiting->quit();
                       });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return *drawn;
}

bool waitForPaintedLoad(QWebEngineView &view, const QUrl &expected, int timeoutMs)
{
    QEventLoop loop;
    std::optional<bool> loaded;
    // A load of the page before may still finish first: only `expected` counts.
    const QMetaObject::Connection connection =
        QObject::connect(&view, &QWebEngineView::loadFinished, &loop, [&](bool ok) {
            if (view.url() != expected)
                return;
            loaded = ok;
            loop.quit();
        });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(connection);
    return loaded.value_or(false) && waitForNextFrame(*view.page(), timeoutMs);
}
