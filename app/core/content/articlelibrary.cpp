// Loading a content folder and answering the UI's questions about it.
#include "core/content/articlelibrary.h"

#include "core/content/articleparser.h"
#include "core/logging.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <algorithm>

namespace {

const QString defaultLanguage = QStringLiteral("en");
const QString mediaFolderName = QStringLiteral("media");

bool isLanguageCode(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z]{2}(-[A-Z]{2})?$"));
    return pattern.match(name).hasMatch();
}

bool isSlug(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return pattern.match(name).hasMatch();
}

int fileLine(const Article &article, const Markdown::Reference &reference)
{
    return article.bodyFirstLine + std::max(reference.line, 1) - 1;
}

QList<const Article *> sortedByTitle(QList<const Article *> articles)
{
    std::sort(articles.begin(), articles.end(), [](const Article *left, const Article *right) {
        const int order = QString::localeAwareCompare(left->title, right->title);
        return order != 0 ? order < 0 : left->slug < right->slug;
    });
    return articles;
}

} // namespace

ArticleLibrary ArticleLibrary::load(const QString &contentDir)
{
    ArticleLibrary library;
    library.m_contentDir = QDir(contentDir).absolutePath();
    library.m_contentDirAsGiven = QDir::cleanPath(contentDir);
    const QDir root(library.m_contentDir);
    if (!root.exists()) {
        library.m_problems.append({contentDir, 1, ContentProblem::Severity::Error, tr("no such folder")});
        return library;
    }
    const QStringList folders = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &folder : folders) {
        if (isLanguageCode(folder))
            library.loadLanguage(folder, root.filePath(folder));
        else if (folder != mediaFolderName)
            library.m_problems.append({root.filePath(folder), 1, ContentProblem::Severity::Warning,
                                       tr("not a language folder (like 'en' or 'es'); its files are ignored")});
    }
    library.checkReferences();
    qCInfo(lcContent) << "loaded" << library.size() << "articles from" << library.m_contentDir;
    return library;
}

void ArticleLibrary::loadLanguage(const QString &language, const QString &folder)
{
    // Editors may group articles in sub-folders; the slug is still the file name.
    QStringList files;
    QDirIterator iterator(folder, {QStringLiteral("*.md")}, QDir::Files, QDirIterator::Subdirectories);
    while (iterator.hasNext())
        files.append(iterator.next());
    files.sort();

    QHash<QString, QString> fileBySlug;
    for (const QString &filePath : std::as_const(files)) {
        // Messages name the file as the caller named the folder, as compilers do.
        const QString displayPath = QDir::cleanPath(m_contentDirAsGiven + u'/' + QDir(m_contentDir).relativeFilePath(filePath));
        const QString slug = QFileInfo(filePath).completeBaseName();
        if (!isSlug(slug)) {
            m_problems.append({displayPath, 1, ContentProblem::Severity::Error,
                               tr("the file name '%1' is not a slug: use lower-case letters, digits and hyphens")
                                   .arg(QFileInfo(filePath).fileName())});
            continue;
        }
        if (fileBySlug.contains(slug)) {
            m_problems.append({displayPath, 1, ContentProblem::Severity::Error,
                               tr("duplicate slug '%1': %2 has the same name").arg(slug, fileBySlug.value(slug))});
            continue;
        }
        fileBySlug.insert(slug, displayPath);

        // Refuse a huge file before reading it into memory.
        if (const std::optional<ContentProblem> tooLarge = ArticleParser::sizeProblem(displayPath, QFileInfo(filePath).size())) {
            m_problems.append(*tooLarge);
            continue;
        }
        QFile file(filePath);
        if (!file.open(QIODevice::ReadOnly)) {
            m_problems.append({displayPath, 1, ContentProblem::Severity::Error,
                               tr("can't be read: %1").arg(file.errorString())});
            continue;
        }
        ArticleParser::Result result = ArticleParser::parse(displayPath, file.readAll());
        m_problems += result.problems;
        if (!result.article)
            continue;
        result.article->slug = slug;
        result.article->language = language;
        m_indexByKey.insert(key(language, slug), int(m_articles->size()));
        m_articles->push_back(std::move(*result.article));
    }
}

void ArticleLibrary::checkReferences()
{
    const QDir media(mediaDir());
    for (Article &article : *m_articles) {
        QStringList existing;
        for (const QString &slug : std::as_const(article.related)) {
            if (slug == article.slug)
                m_problems.append({article.filePath, article.relatedLine, ContentProblem::Severity::Warning,
                                   tr("the article lists itself in 'related'")});
            else if (indexOf(article.language, slug) < 0)
                m_problems.append({article.filePath, article.relatedLine, ContentProblem::Severity::Error,
                                   tr("related article '%1' does not exist in %2/").arg(slug, article.language)});
            else
                existing.append(slug);
        }
        article.related = existing;

        for (const Markdown::Reference &image : std::as_const(article.images)) {
            const QString &source = image.target;
            const QUrl url(source);
            QString path = url.path();
            while (path.startsWith(QStringLiteral("../")))
                path.remove(0, 3);
            if (path.startsWith(u'/'))
                path.remove(0, 1);
            const int line = fileLine(article, image);
            if (!url.scheme().isEmpty())
                m_problems.append({article.filePath, line, ContentProblem::Severity::Error,
                                   tr("image '%1' is not in content/media: the kiosk never loads from the web")
                                       .arg(source)});
            else if (!path.startsWith(mediaFolderName + u'/') || !QFileInfo(media.filePath(path.mid(6))).isFile())
                m_problems.append({article.filePath, line, ContentProblem::Severity::Error,
                                   tr("image '%1' is missing: put it in content/media/ and write 'media/<name>'")
                                       .arg(source)});
        }

        for (const Markdown::Reference &link : std::as_const(article.links)) {
            const QUrl url(link.target);
            if (!url.scheme().isEmpty() || link.target.startsWith(u'#'))
                continue;  // outside links become QR codes; anchors stay on the page
            const QString target = QFileInfo(url.path()).completeBaseName();
            if (indexOf(article.language, target) < 0)
                m_problems.append({article.filePath, fileLine(article, link), ContentProblem::Severity::Error,
                                   tr("link to '%1' goes nowhere: link to another article by its slug").arg(link.target)});
        }
    }
}

QString ArticleLibrary::mediaDir() const
{
    return QDir(m_contentDir).filePath(mediaFolderName);
}

QString ArticleLibrary::key(const QString &language, const QString &slug)
{
    return language + u'/' + slug;
}

int ArticleLibrary::indexOf(const QString &language, const QString &slug) const
{
    return m_indexByKey.value(key(language, slug), -1);
}

QStringList ArticleLibrary::languages() const
{
    QStringList result;
    for (const Article &article : *m_articles) {
        if (!result.contains(article.language))
            result.append(article.language);
    }
    std::sort(result.begin(), result.end(), [](const QString &left, const QString &right) {
        if ((left == defaultLanguage) != (right == defaultLanguage))
            return left == defaultLanguage;
        return left < right;
    });
    return result;
}

const Article *ArticleLibrary::article(const QString &language, const QString &slug) const
{
    const int index = indexOf(language, slug);
    return index < 0 ? nullptr : &(*m_articles)[size_t(index)];
}

QList<const Article *> ArticleLibrary::articles(const QString &language) const
{
    QList<const Article *> result;
    for (const Article &article : *m_articles) {
        if (article.language == language)
            result.append(&article);
    }
    return sortedByTitle(result);
}

QStringList ArticleLibrary::categories(const QString &language) const
{
    QStringList result;
    for (const Article &article : *m_articles) {
        if (article.language == language && !result.contains(article.category))
            result.append(article.category);
    }
    std::sort(result.begin(), result.end(),
              [](const QString &left, const QString &right) { return QString::localeAwareCompare(left, right) < 0; });
    return result;
}

QList<const Article *> ArticleLibrary::inCategory(const QString &language, const QString &category) const
{
    QList<const Article *> result;
    for (const Article *article : articles(language)) {
        if (article->category == category)
            result.append(article);
    }
    return result;
}

QList<const Article *> ArticleLibrary::featured(const QString &language) const
{
    QList<const Article *> result;
    for (const Article *article : articles(language)) {
        if (article->featured)
            result.append(article);
    }
    return result;
}

QList<const Article *> ArticleLibrary::related(const Article &article, int count) const
{
    const int subject = indexOf(article.language, article.slug);
    if (subject < 0 || count <= 0)
        return {};
    QList<int> chosen;
    for (const QString &slug : article.related) {
        const int index = indexOf(article.language, slug);
        if (index >= 0 && index != subject && !chosen.contains(index) && chosen.size() < count)
            chosen.append(index);
    }
    // Built on first use: start-up shouldn't wait for word statistics that
    // only the article screen needs.
    if (!m_relatedTopics)
        m_relatedTopics = std::make_unique<RelatedTopics>(*m_articles);
    chosen += m_relatedTopics->neighbours(subject, count - int(chosen.size()), chosen);
    QList<const Article *> result;
    for (const int index : std::as_const(chosen))
        result.append(&(*m_articles)[size_t(index)]);
    return result;
}
