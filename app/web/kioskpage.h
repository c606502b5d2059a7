// A web page that stays inside the kiosk: it only loads the app's own pages,
// turns link taps into requests for the app, and says no to every dialog,
// window and permission.
#pragma once

#include <QWebEnginePage>

class KioskPage : public QWebEnginePage
{
    Q_OBJECT

public:
    explicit KioskPage(QWebEngineProfile *profile, QObject *parent = nullptr);

signals:
    // The visitor tapped a link to another article.
    void articleLinkActivated(const QString &language, const QString &slug);
    // The visitor tapped a link that would leave the kiosk (shown as a QR code instead).
    void externalLinkActivated(const QUrl &url);

protected:
    bool acceptNavigationRequest(const QUrl &url, NavigationType type, bool isMainFrame) override;
    QWebEnginePage *createWindow(WebWindowType type) override;
    void javaScriptAlert(const QUrl &securityOrigin, const QString &message) override;
    bool javaScriptConfirm(const QUrl &securityOrigin, const QString &message) override;
    bool javaScriptPrompt(const QUrl &securityOrigin, const QString &message, const QString &defaultValue,
                          QString *result) override;
    void javaScriptConsoleMessage(JavaScriptConsoleMessageLevel level, const QString &message, int lineNumber,
                                  const QString &sourceID) override;
    QStringList chooseFiles(FileSelectionMode mode, const QStringList &oldFiles,
                            const QStringList &acceptedMimeTypes) override;
};
