// Waiting for a WebEngine page to be on screen, for the benchmarks.
#pragma once

#include <QUrl>

class ArticleView;
class QWebEnginePage;
class QWebEngineView;

// `expected` finished loading and one animation frame was drawn after it.
// False when it failed to load or `timeoutMs` passed first.
[[nodiscard]] bool waitForPaintedLoad(QWebEngineView &view, const QUrl &expected, int timeoutMs);

// The kiosk's reader showed `expected` (loaded, or put in place in the page
// already shown) and one animation frame was drawn after it.
[[nodiscard]] bool waitForPaintedArticle(ArticleView &view, const QUrl &expected, int timeoutMs);

// The page drew one more animation frame within `timeoutMs`: its renderer
// is alive and painting.
[[nodiscard]] bool waitForNextFrame(QWebEnginePage &page, int timeoutMs);
