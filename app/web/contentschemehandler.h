// Serves the reader's pages, stylesheet and images from the article library:
// the only source the reader ever loads from.
#pragma once

#include <QWebEngineUrlSchemeHandler>

class ArticleLibrary;

class ContentSchemeHandler : public QWebEngineUrlSchemeHandler
{
    Q_OBJECT

public:
    ContentSchemeHandler(const ArticleLibrary &library, QObject *parent = nullptr);

    void requestStarted(QWebEngineUrlRequestJob *job) override;

signals:
    void notFound(const QUrl &url);

private:
    const ArticleLibrary &m_library;
    QString m_template;
    QByteArray m_stylesheet;
};
