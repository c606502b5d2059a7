// The reader's web view: locked-down page, no context menu or drops, and a
// renderer that is reloaded when it crashes or stops answering.
#pragma once

#include <QElapsedTimer>
#include <QTimer>
#include <QUrl>
#include <QWebEngineView>

class KioskPage;
class KioskProfile;

class ArticleView : public QWebEngineView
{
    Q_OBJECT

public:
    explicit ArticleView(KioskProfile &profile, QWidget *parent = nullptr);

    void open(const QUrl &url);
    QUrl currentUrl() const { return m_currentUrl; }
    KioskPage *kioskPage() const { return m_page; }
    // Forget the back/forward list and scroll position of the last visitor.
    void clearHistory();

    static constexpr int heartbeatIntervalMs = 2000;
    static constexpr int unresponsiveAfterMs = 6000;

signals:
    void recoveredFromRendererFailure();
    void pageFailed();

private:
    void onRendererTerminated(int status, int exitCode);
    void checkHeartbeat();

    KioskPage *m_page;
    QUrl m_currentUrl;
    QTimer m_heartbeat;
    QElapsedTimer m_sinceLastAnswer;
    bool m_recovering = false;
};
