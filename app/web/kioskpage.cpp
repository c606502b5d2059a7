// The navigation policy is an allow-list: our scheme, main frame, never a
// link the visitor could follow out.
#include "web/kioskpage.h"

#include "core/content/articleurl.h"
#include "core/logging.h"

#include <QWebEngineCertificateError>
#include <QWebEngineFileSystemAccessRequest>
#include <QWebEngineQuotaRequest>
#include <QWebEngineFullScreenRequest>
#include <QWebEngineRegisterProtocolHandlerRequest>

KioskPage::KioskPage(QWebEngineProfile *profile, QObject *parent) : QWebEnginePage(profile, parent)
{
    connect(this, &QWebEnginePage::featurePermissionRequested, this, [this](const QUrl &origin, Feature feature) {
        qCInfo(lcWeb) << "denied permission" << int(feature);
        setFeaturePermission(origin, feature, PermissionDeniedByUser);
    });
    connect(this, &QWebEnginePage::fullScreenRequested, this,
            [](QWebEngineFullScreenRequest request) { request.reject(); });
    connect(this, &QWebEnginePage::fileSystemAccessRequested, this,
            [](QWebEngineFileSystemAccessRequest request) { request.reject(); });
    connect(this, &QWebEnginePage::registerProtocolHandlerRequested, this,
            [](QWebEngineRegisterProtocolHandlerRequest request) { request.reject(); });
    connect(this, &QWebEnginePage::quotaRequested, this, [](QWebEngineQuotaRequest request) { request.reject(); });
    connect(this, &QWebEnginePage::certificateError, this, [](const QWebEngineCertificateError &error) {
        auto copy = error;
        copy.rejectCertificate();
    });
    connect(this, &QWebEnginePage::printRequested, this, [] { qCInfo(lcWeb) << "ignored a print request"; });
}

bool KioskPage::acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame)
{
    const ArticleUrl target = ArticleUrl::parse(url);
    if (type == NavigationTypeLinkClicked && isMainFrame) {
        if (target.kind == ArticleUrl::Kind::Article) {
            emit articleLinkActivated(target.language, target.name);
        } else if (url.scheme() == u"https" || url.scheme() == u"http") {
            emit externalLinkActivated(url);
        } else {
            qCInfo(lcWeb) << "refused a link with scheme" << url.scheme();
        }
        return false;  // the app decides where the visitor goes, never the page
    }
    const bool allowed = isMainFrame && target.kind == ArticleUrl::Kind::Article
                         && (type == NavigationTypeTyped || type == NavigationTypeReload || type == NavigationTypeOther);
    if (!allowed)
        qCInfo(lcWeb) << "refused navigation: type" << int(type) << "main frame" << isMainFrame << "scheme"
                      << url.scheme();
    return allowed;
}

QWebEnginePage *KioskPage::createWindow(WebWindowType)
{
    qCInfo(lcWeb) << "refused a new window";
    return nullptr;
}

void KioskPage::javaScriptAlert(const QUrl &, const QString &)
{
}

bool KioskPage::javaScriptConfirm(const QUrl &, const QString &)
{
    return false;
}

bool KioskPage::javaScriptPrompt(const QUrl &, const QString &, const QString &, QString *)
{
    return false;
}

void KioskPage::javaScriptConsoleMessage(JavaScriptConsoleMessageLevel, const QString &message, int lineNumber,
                                         const QString &)
{
    qCDebug(lcWeb) << "page console, line" << lineNumber << ":" << message;
}

QStringList KioskPage::chooseFiles(FileSelectionMode, const QStringList &, const QStringList &)
{
    return {};
}
