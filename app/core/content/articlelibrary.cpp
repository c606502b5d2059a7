// Loading a content folder and answering the UI's questions about it.
#include "core/content/articlelibrary.h"

#include "core/content/articleparser.h"
#include "core/content/webaddress.h"
#include "core/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <algorithm>

namespace {

const QString defaultLanguage = QStringLiteral("en");
const QString mediaFolderName = QStringLiteral("media");
const QString iconFolderName = QStringLiteral("icons");

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
    library.m_root = ContentRoot(library.m_contentDir);
    const QDir root(library.m_contentDir);
    if (!root.exists()) {
        library.m_problems.append({contentDir, 1, ContentProblem::Severity::Error, tr("no such folder")});
        return library;
    }
    const QStringList folders = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &folder : folders) {
        if (isLanguageCode(folder))
            library.loadLanguage(folder, root.filePath(folder));
        else if (folder != mediaFolderName && folder != iconFolderName)
            library.m_problems.append({root.filePath(folder), 1, ContentProblem::Severity::Warning,
                                       tr("not a language folder (like 'en' or 'es'); its files are ignored")});
    }
    library.checkReferences();
    library.checkCategoryIcons();
    // Now rather than at the first article shown: at 10,000 articles it takes
    // a good part of a second, which a visitor would wait for.
    library.m_relatedTopics = RelatedTopics(*library.m_articles);
    qCInfo(lcContent) << "loaded" << library.size() << "articles from" << library.m_contentDir;
    return library;
}

QString ArticleLibrary::displayPath(const QString &filePath) const
{
    // Messages name the file as the caller named the folder, as compilers do.
    return QDir::cleanPath(m_contentDirAsGiven + u'/' + QDir(m_contentDir).relativeFilePath(filePath));
}

QStringList ArticleLibrary::articleFiles(const QString &folder)
{
    // Walked by hand rather than with QDirIterator: every folder and file is
    // checked against the content root before it is entered or read, and a
    // folder linked back into itself is entered once.
    QStringList files;
    QStringList pending = {folder};
    QSet<QString> visited;
    while (!pending.isEmpty()) {
        const QString current = pending.takeFirst();
        const std::optional<QString> real = m_root.resolve(current);
        if (!real) {
            m_problems.append({displayPath(current), 1, ContentProblem::Severity::Error,
                               tr("this folder links outside the content folder; its articles are not loaded")});
            continue;
        }
        if (visited.contains(*real))
            continue;
        visited.insert(*real);
        const QDir dir(current);
        for (const QString &name : dir.entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name))
            files.append(dir.filePath(name));
        for (const QString &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            pending.append(dir.filePath(name));
    }
    files.sort();
    return files;
}

void ArticleLibrary::loadLanguage(const QString &language, const QString &folder)
{
    // Editors may group articles in sub-folders; the slug is still the file name.
    QHash<QString, QString> fileBySlug;
    for (const QString &filePath : articleFiles(folder))
        loadFile(language, filePath, fileBySlug);
}

void ArticleLibrary::loadFile(const QString &language, const QString &filePath, QHash<QString, QString> &fileBySlug)
{
    const QString shownPath = displayPath(filePath);
    if (!m_root.resolve(filePath)) {
        m_problems.append({shownPath, 1, ContentProblem::Severity::Error,
                           tr("this file links outside the content folder; it is not loaded")});
        return;
    }
    const QString slug = QFileInfo(filePath).completeBaseName();
    if (!isSlug(slug)) {
        m_problems.append({shownPath, 1, ContentProblem::Severity::Error,
                           tr("the file name '%1' is not a slug: use lower-case letters, digits and hyphens")
                               .arg(QFileInfo(filePath).fileName())});
        return;
    }
    if (fileBySlug.contains(slug)) {
        m_problems.append({shownPath, 1, ContentProblem::Severity::Error,
                           tr("duplicate slug '%1': %2 has the same name").arg(slug, fileBySlug.value(slug))});
        return;
    }
    fileBySlug.insert(slug, shownPath);

    // Refuse a huge file before reading it into memory.
    if (const std::optional<ContentProblem> tooLarge = ArticleParser::sizeProblem(shownPath, QFileInfo(filePath).size())) {
        m_problems.append(*tooLarge);
        return;
    }
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly)) {
        m_problems.append({shownPath, 1, ContentProblem::Severity::Error, tr("can't be read: %1").arg(file.errorString())});
        return;
    }
    ArticleParser::Result result = ArticleParser::parse(shownPath, file.readAll());
    m_problems += result.problems;
    if (!result.article)
        return;
    result.article->slug = slug;
    result.article->language = language;
    m_indexByKey.insert(key(language, slug), int(m_articles->size()));
    m_articles->push_back(std::move(*result.article));
}

void ArticleLibrary::checkReferences()
{
    for (Article &article : *m_articles) {
        QStringList existing;
        for (const QString &slug : std::as_const(article.related)) {
            const int index = indexOf(article.language, slug);
            if (slug == article.slug) {
                m_problems.append({article.filePath, article.relatedLine, ContentProblem::Severity::Warning,
                                   tr("the article lists itself in 'related'")});
            } else if (index < 0) {
                m_problems.append({article.filePath, article.relatedLine, ContentProblem::Severity::Error,
                                   tr("related article '%1' does not exist in %2/").arg(slug, article.language)});
            } else {
                if ((*m_articles)[size_t(index)].sensitive)
                    m_problems.append({article.filePath, article.relatedLine, ContentProblem::Severity::Warning,
                                       tr("related article '%1' is sensitive: it is never shown as related").arg(slug)});
                existing.append(slug);
            }
        }
        article.related = existing;

        checkImages(article);

        for (const Markdown::Reference &link : std::as_const(article.links)) {
            const QUrl url(link.target);
            if (WebAddress::isPlaceholder(url))
                m_problems.append({article.filePath, fileLine(article, link), ContentProblem::Severity::Warning,
                                   tr("link to '%1' is a placeholder address (example.com, .org, .net): give the "
                                      "real page")
                                       .arg(link.target)});
            if (!url.scheme().isEmpty() || link.target.startsWith(u'#'))
                continue;  // outside links become QR codes; anchors stay on the page
            const QString target = QFileInfo(url.path()).completeBaseName();
            if (indexOf(article.language, target) < 0)
                m_problems.append({article.filePath, fileLine(article, link), ContentProblem::Severity::Error,
                                   tr("link to '%1' goes nowhere: link to another article by its slug").arg(link.target)});
        }
    }
}

void ArticleLibrary::checkImages(const Article &article)
{
    const QString mediaPrefix = mediaFolderName + u'/';
    for (const Markdown::Reference &image : article.images) {
        const QString &source = image.target;
        const QUrl url(source);
        const QString path = url.path();
        const QString fileName = path.mid(mediaPrefix.size());
        QString problem;
        if (!url.scheme().isEmpty())
            problem = tr("image '%1' is not in content/media: the kiosk never loads from the web");
        else if (path.startsWith(u'/'))
            problem = tr("image '%1' is an absolute path: write 'media/<name>'");
        else if (path.split(u'/').contains(QStringLiteral("..")))
            problem = tr("image '%1' climbs out of content/media with '..': write 'media/<name>'");
        else if (path.startsWith(mediaPrefix) && m_root.leadsOutside(QDir(mediaDir()).filePath(fileName)))
            problem = tr("image '%1' links to a file outside the content folder: put the file itself in content/media/");
        else if (!path.startsWith(mediaPrefix) || fileName.contains(u'/') || !mediaFile(fileName))
            problem = tr("image '%1' is missing: put it in content/media/ and write 'media/<name>'");
        if (!problem.isEmpty())
            m_problems.append({article.filePath, fileLine(article, image), ContentProblem::Severity::Error,
                               problem.arg(source)});
    }
}

void ArticleLibrary::checkCategoryIcons()
{
    QSet<QString> checked;
    for (const Article &article : *m_articles) {
        if (checked.contains(article.category))
            continue;
        checked.insert(article.category);
        if (!categoryIcon(article.category))
            m_problems.append({article.filePath, article.categoryLine, ContentProblem::Severity::Warning,
                               tr("category '%1' has no icon: draw content/%2/%3.svg (or give one of its articles a translation "
                                  "whose category has one); a generic icon is shown")
                                   .arg(article.category, iconFolderName, categoryKey(article.category))});
    }
}

QString ArticleLibrary::mediaDir() const
{
    return QDir(m_contentDir).filePath(mediaFolderName);
}

std::optional<QString> ArticleLibrary::mediaFile(const QString &fileName) const
{
    const std::optional<QString> path = m_root.resolve(QDir(mediaDir()).filePath(fileName));
    return path && QFileInfo(*path).isFile() ? path : std::nullopt;
}

QString ArticleLibrary::categoryKey(const QString &category)
{
    QString key;
    for (const QChar character : category.normalized(QString::NormalizationForm_KD).toLower()) {
        if (character.isMark())
            continue;  // "Adicción" -> "adiccion": plain ASCII file names
        if ((character >= u'a' && character <= u'z') || (character >= u'0' && character <= u'9'))
            key += character;
        else if (!key.isEmpty() && !key.endsWith(u'-'))
            key += u'-';
    }
    while (key.endsWith(u'-'))
        key.chop(1);
    return key;
}

std::optional<QString> ArticleLibrary::categoryIcon(const QString &category) const
{
    if (std::optional<QString> own = ownCategoryIcon(category))
        return own;
    // A translated category ("Manejo del dolor") shares the icon of the
    // category its articles have in another language ("Pain management").
    for (const Article &article : *m_articles) {
        if (article.category != category)
            continue;
        for (const QString &language : languages()) {
            const Article *translation = this->article(language, article.slug);
            if (!translation || translation->category == category)
                continue;
            if (std::optional<QString> icon = ownCategoryIcon(translation->category))
                return icon;
        }
    }
    return std::nullopt;
}

std::optional<QString> ArticleLibrary::ownCategoryIcon(const QString &category) const
{
    const QString key = categoryKey(category);
    if (key.isEmpty())
        return std::nullopt;
    const std::optional<QString> path =
        m_root.resolve(QDir(m_contentDir).filePath(iconFolderName + u'/' + key + QStringLiteral(".svg")));
    return path && QFileInfo(*path).isFile() ? path : std::nullopt;
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
        if (article->featured && !article->sensitive)
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
        if (index >= 0 && index != subject && !(*m_articles)[size_t(index)].sensitive && !chosen.contains(index)
            && chosen.size() < count)
            chosen.append(index);
    }
    chosen += m_relatedTopics.neighbours(subject, count - int(chosen.size()), chosen);
    QList<const Article *> result;
    for (const int index : std::as_const(chosen))
        result.append(&(*m_articles)[size_t(index)]);
    return result;
}
