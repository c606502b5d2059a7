// Profile settings: each one closes a way out that Qt WebEngine leaves open by default.
#include "web/kioskprofile.h"

#include "core/content/articleurl.h"
#include "web/contentschemehandler.h"
#include "core/logging.h"

#include <QWebEngineCookieStore>
#include <QWebEngineDownloadRequest>
#include <QWebEngineProfile>
#include <QWebEngineSettings>
#include <QWebEngineUrlRequestInterceptor>

namespace {

// Every request — page, frame, image, fetch, WebSocket — that isn't ours is blocked.
class OwnSchemeOnly : public QWebEngineUrlRequestInterceptor
{
public:
    using QWebEngineUrlRequestInterceptor::QWebEngineUrlRequestInterceptor;

    void interceptRequest(QWebEngineUrlRequestInfo &info) override
    {
        if (ArticleUrl::isOwn(info.requestUrl()))
            return;
        qCInfo(lcWeb) << "blocked request to" << info.requestUrl().scheme() << "resource type"
                      << int(info.resourceType());
        info.block(true);
    }
};

} // namespace

KioskProfile::KioskProfile(const ArticleLibrary &library, const KioskSettings &kioskSettings, QObject *parent)
    : QObject(parent), m_profile(new QWebEngineProfile(this))  // no storage name: off the record
{
    // Pages come from the app itself in a moment; a cache would only grow.
    m_profile->setHttpCacheType(QWebEngineProfile::NoCache);
    m_profile->setPersistentCookiesPolicy(QWebEngineProfile::NoPersistentCookies);
    m_profile->setSpellCheckEnabled(false);
    m_profile->setUrlRequestInterceptor(new OwnSchemeOnly(this));
    m_pages = new ContentSchemeHandler(library, kioskSettings, this);
    connect(m_pages, &ContentSchemeHandler::notFound, this, &KioskProfile::pageNotFound);
    m_profile->installUrlSchemeHandler(ArticleUrl::scheme, m_pages);
    connect(m_profile, &QWebEngineProfile::downloadRequested, this, [](QWebEngineDownloadRequest *download) {
        qCWarning(lcWeb) << "refused a download";
        download->cancel();
    });

    QWebEngineSettings *settings = m_profile->settings();
    // JavaScript stays on for the renderer heartbeat only (run in the
    // application's own world); the pages forbid page scripts by CSP.
    settings->setAttribute(QWebEngineSettings::JavascriptEnabled, true);
    settings->setAttribute(QWebEngineSettings::JavascriptCanOpenWindows, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanAccessClipboard, false);
    settings->setAttribute(QWebEngineSettings::JavascriptCanPaste, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessRemoteUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalContentCanAccessFileUrls, false);
    settings->setAttribute(QWebEngineSettings::LocalStorageEnabled, false);
    settings->setAttribute(QWebEngineSettings::PluginsEnabled, false);
    settings->setAttribute(QWebEngineSettings::PdfViewerEnabled, false);
    settings->setAttribute(QWebEngineSettings::FullScreenSupportEnabled, false);
    settings->setAttribute(QWebEngineSettings::ScreenCaptureEnabled, false);
    settings->setAttribute(QWebEngineSettings::ErrorPageEnabled, false);
    settings->setAttribute(QWebEngineSettings::NavigateOnDropEnabled, false);
    settings->setAttribute(QWebEngineSettings::AllowWindowActivationFromJavaScript, false);
    settings->setAttribute(QWebEngineSettings::AllowRunningInsecureContent, false);
    settings->setAttribute(QWebEngineSettings::AllowGeolocationOnInsecureOrigins, false);
    settings->setAttribute(QWebEngineSettings::WebGLEnabled, false);
    settings->setAttribute(QWebEngineSettings::PlaybackRequiresUserGesture, true);
    settings->setAttribute(QWebEngineSettings::LinksIncludedInFocusChain, true);
    settings->setAttribute(QWebEngineSettings::FocusOnNavigationEnabled, false);
    settings->setAttribute(QWebEngineSettings::ShowScrollBars, true);
}

void KioskProfile::wipe()
{
    m_profile->clearHttpCache();
    m_profile->clearAllVisitedLinks();
    m_profile->cookieStore()->deleteAllCookies();
}

std::optional<QString> KioskProfile::articlePage(const QUrl &url) const
{
    return m_pages->articlePage(url);
}
