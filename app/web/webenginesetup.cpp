// The scheme is secure (pages count as a secure context) and local: a page of
// any other scheme can neither load nor link to it. The back/forward cache
// is off: the kiosk never goes back through the browser, and it would keep
// every page read in memory for months. The switches turn off pinch zoom, swipe-back and
// background traffic, and remote debugging whatever the environment says.
#include "web/webenginesetup.h"

#include "core/content/articleurl.h"

#include <QByteArray>
#include <QDir>
#include <QWebEngineUrlScheme>

void WebEngineSetup::beforeApplication()
{
    QWebEngineUrlScheme scheme(ArticleUrl::scheme);
    scheme.setSyntax(QWebEngineUrlScheme::Syntax::Host);
    scheme.setFlags(QWebEngineUrlScheme::SecureScheme | QWebEngineUrlScheme::LocalScheme
                    | QWebEngineUrlScheme::LocalAccessAllowed);
    QWebEngineUrlScheme::registerScheme(scheme);

    qunsetenv("QTWEBENGINE_REMOTE_DEBUGGING");
    // Qt WebEngine 6.4 keeps Chromium's accessibility off on Linux unless
    // this is set before it starts: screen readers would find the article
    // as an empty document.
    qputenv("QTWEBENGINE_ENABLE_LINUX_ACCESSIBILITY", "1");
    QByteArray flags = qgetenv("QTWEBENGINE_CHROMIUM_FLAGS");
    flags += " --disable-pinch --overscroll-history-navigation=0 --disable-background-networking"
             " --disable-component-update --disable-sync --no-first-run --disable-features=TranslateUI,BackForwardCache";
    // Small kiosk PCs without a usable GPU (no render node, or forced with
    // CAREKIOSK_SOFTWARE_RENDERING=1): Chromium draws in software rather than
    // failing over and over in its GPU process.
    const bool noRenderNode = QDir(QStringLiteral("/dev/dri")).entryList({QStringLiteral("renderD*")}, QDir::System).isEmpty();
    if (noRenderNode || qEnvironmentVariableIntValue("CAREKIOSK_SOFTWARE_RENDERING") == 1) {
        flags += " --disable-gpu --disable-gpu-compositing";
        // The view hands its frames to Qt Quick, which would otherwise draw
        // them, and then the whole window, through OpenGL emulated on the
        // CPU (llvmpipe): that took half the CPU of an article opening.
        // Qt Quick's own software renderer draws the same frames directly.
        if (!qEnvironmentVariableIsSet("QT_QUICK_BACKEND"))
            qputenv("QT_QUICK_BACKEND", "software");
    }
    qputenv("QTWEBENGINE_CHROMIUM_FLAGS", flags.trimmed());
}
