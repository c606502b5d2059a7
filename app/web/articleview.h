// The reader's web view: locked-down page, no context menu or drops, and a
// renderer that is started again when it crashes or stops answering: after
// a pause that grows while it keeps failing, and not at all while the kiosk
// is closing.
#pragma once

#include "core/service/restartbackoff.h"

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

    // Shows `url`; while the renderer waits to be started again, the page
    // opens when it is. An article opened over another article is put in
    // place of it in the page already shown (see resources/web/showinplace.js);
    // anything else is loaded.
    void open(const QUrl &url);
    // The article shown. (url() stays the address the page was loaded with
    // while articles are put in place in it.)
    QUrl currentUrl() const { return m_currentUrl; }
    KioskPage *kioskPage() const { return m_page; }
    // Forget the back/forward list and scroll position of the last visitor.
    void clearHistory();
    // The application is closing: a renderer that ends now is expected and
    // is not started again.
    void stopRecovering();
    bool isReaderAvailable() const { return m_readerAvailable; }

    static constexpr int heartbeatIntervalMs = 2000;
    // Every article put in place leaves its page's text behind as garbage in
    // the renderer, which Chromium collects late: without a fresh load now
    // and then, the renderer grew by hundreds of MiB before collecting.
    static constexpr int loadAfterPutInPlace = 20;
    static constexpr int unresponsiveAfterMs = 6000;

signals:
    // The page opened last is on screen (`ok`), or failed to load: after a
    // load, or after it was put in place.
    void pageShown(bool ok);
    void recoveredFromRendererFailure();
    void pageFailed();
    // The renderer failed again right after being started again: the page
    // can't be shown for now. Available again once a page has loaded.
    void readerAvailabilityChanged(bool available);
    // It failed RestartBackoff::Limits::giveUpAfter times in a row: only a
    // fresh start of the whole kiosk can help.
    void rendererGaveUp(int failuresInARow);

private:
    void onRendererFailed(const QString &what);
    void reloadAfterFailure();
    void onLoadFinished(bool ok);
    void showInPlace(int opening, const QString &page);
    // Once per page opened, however many ways the failure is reported.
    void reportPageFailure();
    void checkHeartbeat();
    void setReaderAvailable(bool available);

    KioskProfile &m_profile;
    KioskPage *m_page;
    QString m_showInPlaceScript;
    QUrl m_currentUrl;
    int m_opening = 0;  // counts open() calls: an answer for an older one is stale
    bool m_loading = false;
    bool m_articleShown = false;  // an article page of ours is loaded, fit to be replaced in place
    int m_putInPlaceSinceLoad = 0;
    QTimer m_heartbeat;
    QTimer m_restartTimer;
    QElapsedTimer m_sinceLastAnswer;
    QElapsedTimer m_clock;
    RestartBackoff m_backoff;
    ThrottledReport m_failureReport;
    bool m_recovering = false;
    bool m_failureReported = false;
    bool m_closing = false;
    bool m_readerAvailable = true;
};
