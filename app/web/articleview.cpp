// Renderer recovery: a crash or a hang is logged and the page reloads by
// itself, with no dialog for the visitor; a renderer that keeps failing is
// started again ever more slowly, logged once a minute, and finally given up.
#include "web/articleview.h"

#include "web/kioskpage.h"
#include "web/kioskprofile.h"
#include "core/content/articleurl.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QWebEngineHistory>
#include <QWebEngineScript>
#include <csignal>
#include <utility>
#include <sys/types.h>

namespace {
QString ending(QWebEnginePage::RenderProcessTerminationStatus status, int exitCode)
{
    switch (status) {
    case QWebEnginePage::NormalTerminationStatus:
        return QStringLiteral("renderer ended (exit code %1)").arg(exitCode);
    case QWebEnginePage::AbnormalTerminationStatus:
        return QStringLiteral("renderer failed (exit code %1)").arg(exitCode);
    case QWebEnginePage::CrashedTerminationStatus:
        return QStringLiteral("renderer crashed (exit code %1)").arg(exitCode);
    case QWebEnginePage::KilledTerminationStatus:
        return QStringLiteral("renderer was killed (exit code %1)").arg(exitCode);
    }
    // Qt passes on Chromium's other verdicts, e.g. a renderer that could not be started.
    return QStringLiteral("renderer could not run (status %1, exit code %2)").arg(int(status)).arg(exitCode);
}

QString seconds(qint64 milliseconds)
{
    return QString::number(double(milliseconds) / 1000.0, 'g', 3) + QStringLiteral(" s");
}
} // namespace

ArticleView::ArticleView(KioskProfile &profile, QWidget *parent)
    : QWebEngineView(parent), m_profile(profile), m_page(new KioskPage(profile.profile(), this))
{
    QFile script(QStringLiteral(":/web/showinplace.js"));
    if (script.open(QIODevice::ReadOnly))
        m_showInPlaceScript = QString::fromUtf8(script.readAll());
    setPage(m_page);
    setContextMenuPolicy(Qt::NoContextMenu);
    setAcceptDrops(false);
    connect(m_page, &QWebEnginePage::renderProcessTerminated, this,
            [this](QWebEnginePage::RenderProcessTerminationStatus status, int exitCode) {
                onRendererFailed(ending(status, exitCode));
            });
    connect(m_page, &QWebEnginePage::loadStarted, this, [this] {
        m_loading = true;
        m_articleShown = false;
    });
    connect(m_page, &QWebEnginePage::loadFinished, this, &ArticleView::onLoadFinished);
    // A page the app can't serve fails its load; but a failed navigation
    // started while the previous page still loads ends with no load signal
    // at all in Qt 6.4, so the app's own scheme says so too.
    connect(&profile, &KioskProfile::pageNotFound, this, [this](const QUrl &url) {
        if (url == m_currentUrl)
            reportPageFailure();
    });
    // Quitting ends the renderers too (systemd signals the whole group at once).
    connect(qApp, &QCoreApplication::aboutToQuit, this, &ArticleView::stopRecovering);
    m_restartTimer.setSingleShot(true);
    connect(&m_restartTimer, &QTimer::timeout, this, &ArticleView::reloadAfterFailure);
    m_heartbeat.setInterval(heartbeatIntervalMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &ArticleView::checkHeartbeat);
    m_clock.start();
    m_sinceLastAnswer.start();
    m_heartbeat.start();
}

void ArticleView::open(const QUrl &url)
{
    m_currentUrl = url;
    m_failureReported = false;
    m_sinceLastAnswer.restart();
    const int opening = ++m_opening;
    // Loading now would start a renderer at once, around the back-off.
    if (m_restartTimer.isActive())
        return;
    if (m_articleShown && !m_loading && !m_showInPlaceScript.isEmpty() && m_putInPlaceSinceLoad < loadAfterPutInPlace) {
        if (const std::optional<QString> page = m_profile.articlePage(url)) {
            ++m_putInPlaceSinceLoad;
            showInPlace(opening, *page);
            return;
        }
    }
    load(url);
}

void ArticleView::showInPlace(int opening, const QString &page)
{
    // JSON is a JavaScript literal: the page and its address reach the
    // script as two strings, whatever they hold.
    const QByteArray arguments =
        QJsonDocument(QJsonArray{page, m_currentUrl.toString(QUrl::FullyEncoded)}).toJson(QJsonDocument::Compact);
    const QString call = m_showInPlaceScript + QStringLiteral("\nckShowInPlace.apply(null, %1)").arg(QString::fromUtf8(arguments));
    QPointer<ArticleView> alive(this);
    m_page->runJavaScript(call, QWebEngineScript::ApplicationWorld, [alive, opening](const QVariant &shown) {
        if (!alive || opening != alive->m_opening)
            return;  // gone, or a later opening took its place
        alive->m_sinceLastAnswer.restart();
        if (shown.typeId() == QMetaType::Bool && shown.toBool()) {
            emit alive->pageShown(true);
            return;
        }
        qCDebug(lcWeb) << "not put in place:" << shown;
        alive->m_articleShown = false;
        alive->load(alive->m_currentUrl);
    });
}

void ArticleView::clearHistory()
{
    m_page->history()->clear();
}

void ArticleView::stopRecovering()
{
    m_closing = true;
    m_restartTimer.stop();
    m_heartbeat.stop();
}

void ArticleView::onLoadFinished(bool ok)
{
    m_sinceLastAnswer.restart();
    m_loading = false;
    m_putInPlaceSinceLoad = 0;
    m_articleShown = ok && ArticleUrl::parse(m_page->url()).kind == ArticleUrl::Kind::Article;
    // The app keeps its own history; the browser's would only grow, and
    // back/forward through it is refused anyway.
    m_page->history()->clear();
    if (!ok && !m_recovering)
        reportPageFailure();
    if (ok && m_recovering) {
        m_recovering = false;
        if (const int unreported = m_failureReport.takeUnreported(); unreported > 0)
            qCInfo(lcWeb) << "renderer back after" << unreported << "more failures";
        setReaderAvailable(true);
        emit recoveredFromRendererFailure();
    }
    emit pageShown(ok);
}

void ArticleView::reportPageFailure()
{
    if (std::exchange(m_failureReported, true))
        return;
    emit pageFailed();
}

void ArticleView::onRendererFailed(const QString &what)
{
    // Chromium may report one failed start more than once (for the page
    // and for its frame): a try already waiting answers them all.
    if (m_closing || m_restartTimer.isActive())
        return;
    const qint64 now = m_clock.elapsed();
    const RestartBackoff::Decision decision = m_backoff.onFailure(now);
    if (decision.giveUp) {
        qCCritical(lcWeb).noquote() << QStringLiteral("%1; the renderer failed %2 times in a row, giving up so that "
                                                      "the kiosk can be started fresh")
                                           .arg(what)
                                           .arg(decision.failuresInARow);
        stopRecovering();
        setReaderAvailable(false);
        emit rendererGaveUp(decision.failuresInARow);
        return;
    }
    if (const std::optional<int> covered = m_failureReport.onEvent(now)) {
        if (*covered == 1)
            qCWarning(lcWeb).noquote() << what << "- reloading in" << seconds(decision.delayMs);
        else
            qCWarning(lcWeb).noquote() << "renderer failed" << *covered << "times in the last minute -" << what
                                       << "- reloading in" << seconds(decision.delayMs);
    }
    m_recovering = true;
    m_articleShown = false;
    if (decision.failuresInARow >= 2)
        setReaderAvailable(false);
    // Never reload from inside the page's own signal; the timer also spaces the tries.
    m_restartTimer.start(int(decision.delayMs));
}

void ArticleView::reloadAfterFailure()
{
    qCDebug(lcWeb) << "starting the renderer again; failures in a row:" << m_backoff.failuresInARow();
    if (m_currentUrl.isValid())
        load(m_currentUrl);
    m_sinceLastAnswer.restart();
}

void ArticleView::setReaderAvailable(bool available)
{
    if (available == m_readerAvailable)
        return;
    m_readerAvailable = available;
    emit readerAvailabilityChanged(available);
}

void ArticleView::checkHeartbeat()
{
    // A hidden page isn't asked, so its silence means nothing; nor does a
    // renderer's while it waits to be started again. A reload after a
    // failure is asked: a renderer that never comes back counts as failing.
    if (!isVisible() || !m_currentUrl.isValid() || m_restartTimer.isActive()) {
        m_sinceLastAnswer.restart();
        return;
    }
    if (m_sinceLastAnswer.elapsed() > unresponsiveAfterMs) {
        const qint64 pid = m_page->renderProcessPid();
        const QString what = QStringLiteral("renderer stopped answering for %1 ms").arg(m_sinceLastAnswer.elapsed());
        m_sinceLastAnswer.restart();
        if (pid > 0) {
            qCWarning(lcWeb).noquote() << what << "- ending it";
            ::kill(pid_t(pid), SIGKILL);  // its termination signal then reloads the page
        } else {
            onRendererFailed(what + QStringLiteral(" and has no process"));  // nothing to end: start one
        }
        return;
    }
    m_page->runJavaScript(QStringLiteral("0"), QWebEngineScript::ApplicationWorld,
                          [this](const QVariant &) { m_sinceLastAnswer.restart(); });
}
