// Answers carekiosk:// requests.
#include "web/contentschemehandler.h"

#include "core/content/articlelibrary.h"
#include "core/content/articlepage.h"
#include "core/content/articleurl.h"
#include "core/logging.h"
#include "core/settings/kiosksettings.h"

#include <QBuffer>
#include <QFile>
#include <QMimeDatabase>
#include <QWebEngineUrlRequestJob>

namespace {

QByteArray resource(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qCCritical(lcWeb) << "missing built-in resource" << path;
    return file.readAll();
}

void reply(QWebEngineUrlRequestJob *job, const QByteArray &mimeType, const QByteArray &data)
{
    auto *buffer = new QBuffer(job);
    buffer->setData(data);
    job->reply(mimeType, buffer);
}

} // namespace

ContentSchemeHandler::ContentSchemeHandler(const ArticleLibrary &library, const KioskSettings &settings,
                                           QObject *parent)
    : QWebEngineUrlSchemeHandler(parent),
      m_library(library),
      m_settings(settings),
      m_template(QString::fromUtf8(resource(QStringLiteral(":/web/article.html")))),
      m_stylesheet(resource(QStringLiteral(":/web/article.css")))
{
}

std::optional<QString> ContentSchemeHandler::articlePage(const QUrl &url) const
{
    const ArticleUrl target = ArticleUrl::parse(url);
    const Article *article =
        target.kind == ArticleUrl::Kind::Article ? m_library.article(target.language, target.name) : nullptr;
    if (!article)
        return std::nullopt;
    return ArticlePage::render(*article, m_template, target.highContrast, {m_settings.offices(), m_settings.bookingUrl()});
}

void ContentSchemeHandler::requestStarted(QWebEngineUrlRequestJob *job)
{
    if (job->requestMethod() != "GET") {
        job->fail(QWebEngineUrlRequestJob::RequestDenied);
        return;
    }
    const ArticleUrl target = ArticleUrl::parse(job->requestUrl());
    switch (target.kind) {
    case ArticleUrl::Kind::Stylesheet:
        reply(job, "text/css", m_stylesheet);
        return;
    case ArticleUrl::Kind::Article:
        if (const std::optional<QString> page = articlePage(job->requestUrl())) {
            reply(job, "text/html;charset=utf-8", page->toUtf8());
            return;
        }
        break;
    case ArticleUrl::Kind::Media: {
        // Only a file really inside the content folder: a symlink in media/
        // must not serve the rest of the disk.
        const std::optional<QString> path = m_library.mediaFile(target.name);
        QFile file(path.value_or(QString()));
        if (path && file.open(QIODevice::ReadOnly)) {
            const QByteArray mimeType = QMimeDatabase().mimeTypeForFile(file.fileName()).name().toLatin1();
            reply(job, mimeType, file.readAll());
            return;
        }
        break;
    }
    case ArticleUrl::Kind::Invalid:
        break;
    }
    qCWarning(lcWeb) << "not found:" << job->requestUrl().toDisplayString();
    job->fail(QWebEngineUrlRequestJob::UrlNotFound);
    emit notFound(job->requestUrl());
}
