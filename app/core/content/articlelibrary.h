// All articles of a content folder: by language and slug, by category,
// featured, and related topics. Bad files are reported and left out.
#pragma once

#include "core/content/article.h"
#include "core/content/contentproblem.h"
#include "core/content/contentroot.h"
#include "core/content/relatedtopics.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

class ArticleLibrary
{
    Q_DECLARE_TR_FUNCTIONS(ArticleLibrary)

public:
    // Loads `contentDir`/<language>/**/<slug>.md; images live in
    // `contentDir`/media, category icons in `contentDir`/icons. A file or
    // folder that links out of `contentDir` is reported and never read.
    static ArticleLibrary load(const QString &contentDir);

    // Every problem found while loading, in file order. Articles with an error
    // in their own file are left out; a broken reference (a related slug, a
    // link or an image that doesn't exist) is reported but the article stays,
    // without the broken piece.
    const ContentProblems &problems() const { return m_problems; }

    QString contentDir() const { return m_contentDir; }
    QString mediaDir() const;
    // The real path of media/`fileName`, only if it exists inside the content folder.
    std::optional<QString> mediaFile(const QString &fileName) const;

    // "Pain management" -> "pain-management": the file name of its icon,
    // icons/<key>.svg. Accents are dropped, other runs of non-letters become '-'.
    static QString categoryKey(const QString &category);
    // The real path of the category's icon, only if it exists inside the
    // content folder; nothing means the generic icon is shown.
    // A category with no icon of its own takes the one of the category its
    // articles have in another language.
    std::optional<QString> categoryIcon(const QString &category) const;

    // Languages with at least one article, the default ("en") first.
    QStringList languages() const;

    const Article *article(const QString &language, const QString &slug) const;
    // Every article of a language, by title.
    QList<const Article *> articles(const QString &language) const;
    // Categories of a language, by name.
    QStringList categories(const QString &language) const;
    QList<const Article *> inCategory(const QString &language, const QString &category) const;
    // Featured articles (Home and the attract screen), never a sensitive one.
    QList<const Article *> featured(const QString &language) const;

    // The declared related articles that exist, then computed neighbours, up
    // to `count`; never the article itself, never a sensitive article, never
    // twice, always in the same order.
    QList<const Article *> related(const Article &article, int count) const;
    // The word statistics behind related(), built by load() so that no call
    // to related() waits for them.
    const RelatedTopics &relatedTopics() const { return m_relatedTopics; }

    int size() const { return int(m_articles->size()); }

private:
    std::optional<QString> ownCategoryIcon(const QString &category) const;
    void loadLanguage(const QString &language, const QString &folder);
    QStringList articleFiles(const QString &folder);
    void loadFile(const QString &language, const QString &filePath, QHash<QString, QString> &fileBySlug);
    QString displayPath(const QString &filePath) const;
    void checkReferences();
    void checkImages(const Article &article);
    void checkCategoryIcons();
    int indexOf(const QString &language, const QString &slug) const;
    static QString key(const QString &language, const QString &slug);

    QString m_contentDir;
    QString m_contentDirAsGiven;
    ContentRoot m_root;
    // Held by pointer so RelatedTopics' reference stays valid when the library moves.
    std::unique_ptr<std::vector<Article>> m_articles = std::make_unique<std::vector<Article>>();
    QHash<QString, int> m_indexByKey;
    RelatedTopics m_relatedTopics;  // never changes after load(): safe to read from any thread
    ContentProblems m_problems;
};
