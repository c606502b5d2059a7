// What a visitor types into search, turned into an FTS5 MATCH expression and
// run against a real index of small test articles: no text may make SQLite
// report a syntax error (the kiosk would show no results and log a warning).
#include "core/search/searchindex.h"

#include "fuzzcheck.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace {

// SearchIndex reports a failed query only as a warning in its log category.
void failOnSearchWarning(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type != QtDebugMsg && type != QtInfoMsg && qstrcmp(context.category, "carekiosk.search") == 0)
        Fuzz::fail("a search never fails in SQLite", message);
}

struct SearchFixture
{
    ArticleLibrary library = ArticleLibrary::load(QStringLiteral(CAREKIOSK_TEST_DATA_DIR "/bilingual-content"));
    SearchIndex index;

    SearchFixture()
    {
        if (const auto error = index.rebuild(library))
            Fuzz::fail("the test articles can be indexed", *error);
        qInstallMessageHandler(failOnSearchWarning);
    }
};

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // The SQLite driver is a Qt plugin, found through the application.
    static QCoreApplication application(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static SearchFixture fixture;
    const QString typed = Fuzz::textOf(data, size);

    const QString expression = SearchIndex::matchExpression(typed);
    // Every term quoted, no quote inside, at most eight, only the last a prefix.
    static const QRegularExpression shape(QStringLiteral("^(\"[^\"]+\")( \"[^\"]+\"){0,7}\\*?$"));
    Fuzz::check(expression.isEmpty() || shape.match(expression).hasMatch(),
                "the MATCH expression is quoted words only", expression);

    for (const QString &language : {QStringLiteral("en"), QStringLiteral("es")}) {
        for (const SearchHit &hit : fixture.index.search(language, typed)) {
            const QString withoutMarks = QString(hit.titleHtml + hit.snippetHtml)
                                             .remove(QStringLiteral("<mark>"))
                                             .remove(QStringLiteral("</mark>"));
            Fuzz::check(!withoutMarks.contains(u'<'), "a hit's HTML is escaped text and <mark> only", withoutMarks);
        }
    }
    return 0;
}
