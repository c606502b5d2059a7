// Serves the reader's pages, stylesheet and images from the article library:
// the only source the reader ever loads from.
#pragma once

#include <QWebEngineUrlSchemeHandler>

#include <optional>

class ArticleLibrary;
class KioskSettings;

class ContentSchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT

public:
    // `settings` is read at each request: a re-read configuration shows on
    // the next page.
    ContentSchemeHandler(const ArticleLibrary &library, const KioskSettings &settings, QObject *parent = nullptr);

    void requestStarted(QWebEngineUrlRequestJob *job) override;

    // The page at `url` if it is one of the library's articles: what a
    // request for it is answered with, and what the reader shows in place.
    std::optional<QString> articlePage(const QUrl &url) const;

signals:
    void notFound(const QUrl &url);

private:
    const ArticleLibrary &m_library;
    const KioskSettings &m_settings;
    QString m_template;
    QByteArray m_stylesheet;
};
