// A frame is asked for in the app's own script world, so the article's
// scripts can neither see nor answer it.
#include "pagepaint.h"

#include "web/articleview.h"

#include <QEventLoop>
#include <QPointer>
#include <QTimer>
#include <QWebEnginePage>
#include <QWebEngineScript>
#include <QWebEngineView>

#include <functional>
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

namespace {

// `signal` of `view` reporting a page shown (an ok flag), counted only while
// `shownUrl` gives `expected`: a page opened before may still report first.
template <typename View, typename Signal>
bool waitForPainted(View &view, Signal signal, const std::function<QUrl()> &shownUrl, const QUrl &expected,
                    int timeoutMs)
{
    QEventLoop loop;
    std::optional<bool> shown;
    const QMetaObject::Connection connection = QObject::connect(&view, signal, &loop, [&](bool ok) {
        if (shownUrl() != expected)
            return;
        shown = ok;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    QObject::disconnect(connection);
    return shown.value_or(false) && waitForNextFrame(*view.page(), timeoutMs);
}

} // namespace

bool waitForPaintedLoad(QWebEngineView &view, const QUrl &expected, int timeoutMs)
{
    return waitForPainted(view, &QWebEngineView::loadFinished, [&view] { return view.url(); }, expected, timeoutMs);
}

bool waitForPaintedArticle(ArticleView &view, const QUrl &expected, int timeoutMs)
{
    return waitForPainted(view, &ArticleView::pageShown, [&view] { return view.currentUrl(); }, expected, timeoutMs);
}
