// The app's own URLs for the reader: carekiosk://app/<lang>/<slug>,
// carekiosk://app/<lang>/media/<file> and carekiosk://app/article.css.
#pragma once

#include <QString>
#include <QUrl>

struct ArticleUrl
{
    enum class Kind { Article, Media, Stylesheet, Invalid };

    static constexpr const char *scheme = "carekiosk";
    static constexpr const char *host = "app";

    Kind kind = Kind::Invalid;
    QString language;
    QString name;  // the slug of an article, the file name of an image
    bool highContrast = false;

    static QUrl forArticle(const QString &language, const QString &slug, bool highContrast = false);
    // Anything not of our form, or trying to climb out of media/, is Invalid.
    static ArticleUrl parse(const QUrl &url);
    static bool isOwn(const QUrl &url);
};
