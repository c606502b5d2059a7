// Renderer recovery: a crash or a hang is logged and the page reloads by
// itself, with no dialog for the visitor.
#include "web/articleview.h"

#include "web/kioskpage.h"
#include "web/kioskprofile.h"
#include "web/weblogging.h"

#include <QWebEngineHistory>
#include <QWebEngineScript>
#include <csignal>
#include <sys/types.h>

ArticleView::ArticleView(KioskProfile &profile, QWidget *parent)
    : QWebEngineView(parent), m_page(new KioskPage(profile.profile(), this))
{
    setPage(m_page);
    setContextMenuPolicy(Qt::NoContextMenu);
    setAcceptDrops(false);
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this,
            [this](QWebEnginePage::RenderProcessTerminationStatus status, int exitCode) {
                onRendererTerminated(int(status), exitCode);
            });
    connect(m_page, &QWebEnginePage::loadFinished, this, [this](bool ok) {
        m_sinceLastAnswer.restart();
        // The app keeps its own history; the browser's would only grow, and
        // back/forward through it is refused anyway.
        m_page->history()->clear();
        if (!ok && !m_recovering)
            emit pageFailed();
        if (ok && m_recovering) {
            m_recovering = false;
            emit recoveredFromRendererFailure();
        }
    });
    m_heartbeat.setInterval(heartbeatIntervalMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &ArticleView::checkHeartbeat);
    m_sinceLastAnswer.start();
    m_heartbeat.start();
}

void ArticleView::open(const QUrl &url)
{
    m_currentUrl = url;
    m_sinceLastAnswer.restart();
    load(url);
}

void ArticleView::clearHistory()
{
    m_page->history()->clear();
}

void ArticleView::onRendererTerminated(int status, int exitCode)
{
    qCWarning(lcWeb) << "renderer ended, status" << status << "exit code" << exitCode << "- reloading";
    m_recovering = true;
    // Reload from the event loop: the page can't be reloaded from inside its own signal.
    QTimer::singleShot(0, this, [this] {
        if (m_currentUrl.isValid())
            load(m_currentUrl);
        m_sinceLastAnswer.restart();
    });
}

void ArticleView::checkHeartbeat()
{
    if (!isVisible() || !m_currentUrl.isValid() || m_recovering) {
        m_sinceLastAnswer.restart();  // a hidden page isn't asked, so its silence means nothing
        return;
    }
    if (m_sinceLastAnswer.elapsed() > unresponsiveAfterMs) {
        const qint64 pid = m_page->renderProcessPid();
        qCWarning(lcWeb) << "renderer stopped answering for" << m_sinceLastAnswer.elapsed() << "ms; ending it";
        m_sinceLastAnswer.restart();
        if (pid > 0)
            ::kill(pid_t(pid), SIGKILL);  // its termination signal then reloads the page
        return;
    }
    m_page->runJavaScript(QStringLiteral("0"), QWebEngineScript::ApplicationWorld,
                          [this](const QVariant &) { m_sinceLastAnswer.restart(); });
}
