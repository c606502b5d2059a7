// The path of a request from the reader's page to the file served for it:
// ArticleUrl::parse, then ArticleLibrary::mediaFile, as the scheme handler
// does; and a category's icon file from the category an author wrote. Served
// files lie inside the content folder, media from content/media/, whatever
// links the folder holds.
#include "core/content/articlelibrary.h"
#include "core/content/articleurl.h"

#include "fuzzcheck.h"
#include "fuzzfiles.h"

#include <QDir>
#include <QRegularExpression>

#include <unistd.h>

namespace {

// A content folder with the traps a careless copy could leave: a link out of
// it, a link inside it, a file beside media/ and one outside the folder.
struct ContentFolder
{
    QString root = Fuzz::scratchPath(QStringLiteral("content"));
    QString mediaFolder;
    ArticleLibrary library;

    ContentFolder()
    {
        for (const char *folder : {"content/media/sub", "content/icons", "content/en"})
            QDir().mkpath(Fuzz::scratchPath(QString::fromLatin1(folder)));
        Fuzz::writeScratchFile(QStringLiteral("outside.txt"), "not content");
        Fuzz::writeScratchFile(QStringLiteral("content/secret.txt"), "not media");
        Fuzz::writeScratchFile(QStringLiteral("content/media/knee.png"), "png");
        Fuzz::writeScratchFile(QStringLiteral("content/media/sub/deep.png"), "png");
        Fuzz::writeScratchFile(QStringLiteral("content/icons/everyday-pain.svg"), "<svg/>");
        ::symlink("../../outside.txt", QFile::encodeName(Fuzz::scratchPath(QStringLiteral("content/media/escape.png"))).constData());
        ::symlink("knee.png", QFile::encodeName(Fuzz::scratchPath(QStringLiteral("content/media/inner.png"))).constData());
        library = ArticleLibrary::load(root);
        mediaFolder = QFileInfo(library.mediaDir()).canonicalFilePath();
        root = QFileInfo(root).canonicalFilePath();
    }
};

void checkInside(const std::optional<QString> &path, const QString &folder, const char *property, const QString &asked)
{
    if (!path)
        return;
    Fuzz::check(path->startsWith(folder + u'/') && QFileInfo(*path).isFile(), property, asked + QStringLiteral(" -> ") + *path);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const ContentFolder content;
    const QString text = Fuzz::textOf(data, size);

    checkInside(content.library.mediaFile(text), content.root, "a media file lies inside the content folder", text);
    const ArticleUrl request = ArticleUrl::parse(QUrl(QStringLiteral("carekiosk://app/en/media/") + text));
    if (request.kind == ArticleUrl::Kind::Media)
        checkInside(content.library.mediaFile(request.name), content.mediaFolder,
                    "a page's request for media is served from content/media/", text);

    const QString key = ArticleLibrary::categoryKey(text);
    static const QRegularExpression keyPattern(QStringLiteral("^([a-z0-9]+(-[a-z0-9]+)*)?$"));
    Fuzz::check(keyPattern.match(key).hasMatch(), "a category key is a plain file name", key);
    checkInside(content.library.categoryIcon(text), content.root + QStringLiteral("/icons"),
                "a category's icon comes from content/icons/", text);
    return 0;
}
