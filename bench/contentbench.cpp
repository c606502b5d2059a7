// Content benchmark: generates N synthetic articles, then prints load + index
// time, peak memory, search latency by prefix length, related-topic latency
// and the parse time of inputs known to make Markdown parsers quadratic.
#include "benchfolder.h"
#include "percentile.h"
#include "core/content/articlelibrary.h"
#include "core/content/articleparser.h"
#include "core/search/searchindex.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>
#include <algorithm>
#include <random>
#include <vector>

namespace {

QTextStream out(stdout);

// Pronounceable made-up words, so that prefixes spread like real text does.
QStringList makeVocabulary(std::mt19937 &random, int size)
{
    static const char *const syllables[] = {"ka", "lo", "mi", "ne", "ru", "ta", "vo", "pi", "se", "do", "ga", "bu",
                                            "fe", "ho", "ji", "ly", "ma", "no", "qui", "ra", "sto", "tre", "ul", "ze"};
    std::uniform_int_distribution<int> syllable(0, int(std::size(syllables)) - 1);
    std::uniform_int_distribution<int> length(1, 4);
    QStringList words;
    while (words.size() < size) {
        QString word;
        for (int count = length(random); count > 0; --count)
            word += QLatin1String(syllables[syllable(random)]);
        if (!words.contains(word))
            words.append(word);
    }
    return words;
}

QString phrase(std::mt19937 &random, const QStringList &vocabulary, int words)
{
    // Zipf-like: a few words are common, most are rare.
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    QStringList result;
    for (int index = 0; index < words; ++index) {
        const int rank = int(std::pow(double(vocabulary.size()), uniform(random))) - 1;
        result.append(vocabulary.at(std::clamp(rank, 0, int(vocabulary.size()) - 1)));
    }
    return result.join(u' ');
}

void generateArticles(const QString &root, int count)
{
    std::mt19937 random(42);
    const QStringList vocabulary = makeVocabulary(random, 5000);
    const QStringList categories = {QStringLiteral("Pain management"), QStringLiteral("Regenerative medicine"),
                                    QStringLiteral("Addiction treatment"), QStringLiteral("Everyday pain"),
                                    QStringLiteral("Sports and exercise")};
    std::uniform_int_distribution<int> anyArticle(0, count - 1);
    QDir().mkpath(root + QStringLiteral("/en"));
    for (int index = 0; index < count; ++index) {
        QString body;
        for (int paragraph = 0; paragraph < 6; ++paragraph) {
            body += QStringLiteral("## %1\n\n").arg(phrase(random, vocabulary, 3));
            for (int sentence = 0; sentence < 4; ++sentence)
                body += phrase(random, vocabulary, 12) + QStringLiteral(". ");
            body += QStringLiteral("\n\n");
        }
        const QString text =
            QStringLiteral("---\ntitle: %1\nsummary: %2.\ncategory: %3\ntags: [%4]\nrelated: [article-%5, article-%6]\n"
                           "reviewed: 2026-10-01\nsources: [{title: \"Synthetic source\", url: \"https://www.nih.gov/\"}]\n"
                           "get_help: {now: [\"Trouble breathing: call 911.\"], call_us: [\"A fever.\"]}\n---\n%7")
                .arg(phrase(random, vocabulary, 5), phrase(random, vocabulary, 15), categories.at(index % 5),
                     phrase(random, vocabulary, 3).replace(u' ', QStringLiteral(", ")))
                .arg(anyArticle(random))
                .arg(anyArticle(random))
                .arg(body);
        QFile file(QStringLiteral("%1/en/article-%2.md").arg(root).arg(index));
        if (!file.open(QIODevice::WriteOnly))
            qFatal("can't write %s", qPrintable(file.fileName()));
        file.write(text.toUtf8());
    }
}

long peakMemoryKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    }
    return -1;
}

struct Percentiles
{
    double p50;
    double p95;
    double max;
};

Percentiles percentiles(std::vector<double> milliseconds)
{
    return {percentile(milliseconds, 0.50), percentile(milliseconds, 0.95),
            *std::max_element(milliseconds.begin(), milliseconds.end())};
}

void benchSearch(const SearchIndex &index, const ArticleLibrary &library)
{
    std::mt19937 random(7);
    QStringList words;
    for (const Article *article : library.articles(QStringLiteral("en")).mid(0, 2000))
        words += article->title.split(u' ');
    std::uniform_int_distribution<int> anyWord(0, int(words.size()) - 1);
    const int queries = 300;
    for (const int prefixLength : {1, 2, 3, 0}) {
        std::vector<double> timings;
        int results = 0;
        for (int query = 0; query < queries; ++query) {
            const QString word = words.at(anyWord(random));
            const QString typed = prefixLength == 0 ? word + u' ' : word.left(prefixLength);
            QElapsedTimer timer;
            timer.start();
            results += int(index.search(QStringLiteral("en"), typed).size());
            timings.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        const Percentiles p = percentiles(timings);
        out << QStringLiteral("search %1: p50 %2 ms, p95 %3 ms, max %4 ms (%5 queries, %6 results each on average)\n")
                   .arg(prefixLength == 0 ? QStringLiteral("whole word    ")
                                          : QStringLiteral("%1-letter prefix").arg(prefixLength))
                   .arg(p.p50, 0, 'f', 2)
                   .arg(p.p95, 0, 'f', 2)
                   .arg(p.max, 0, 'f', 2)
                   .arg(queries)
                   .arg(double(results) / queries, 0, 'f', 1);
    }
}

void benchRelated(const ArticleLibrary &library)
{
    const QList<const Article *> articles = library.articles(QStringLiteral("en"));
    // load() builds these statistics; built again here to show their share of the load time.
    std::vector<Article> copies;
    for (const Article *article : articles)
        copies.push_back(*article);
    QElapsedTimer statistics;
    statistics.start();
    const RelatedTopics topics(copies);
    out << QStringLiteral("related topics, word statistics (part of load): %1 ms\n")
               .arg(double(statistics.nsecsElapsed()) / 1e6, 0, 'f', 0);
    QElapsedTimer firstCall;
    firstCall.start();
    library.related(*articles.first(), 6);
    out << QStringLiteral("related topics, first call: %1 ms\n")
               .arg(double(firstCall.nsecsElapsed()) / 1e6, 0, 'f', 0);
    std::vector<double> timings;
    for (int index = 0; index < 100; ++index) {
        QElapsedTimer timer;
        timer.start();
        const QList<const Article *> related = library.related(*articles.at((index * 97) % articles.size()), 6);
        timings.push_back(double(timer.nsecsElapsed()) / 1e6);
        Q_UNUSED(related);
    }
    const Percentiles p = percentiles(timings);
    out << QStringLiteral("related topics (6): p50 %1 ms, p95 %2 ms\n").arg(p.p50, 0, 'f', 2).arg(p.p95, 0, 'f', 2);
}

void benchPathologicalMarkdown()
{
    const QByteArray frontMatter = "---\ntitle: T\nsummary: S\ncategory: C\nreviewed: 2026-01-01\nsources: [x]\n"
                                   "get_help: {now: [\"Call 911.\"], call_us: [\"A fever.\"]}\n---\n";
    const QList<std::pair<QString, QByteArray>> inputs = {
        {QStringLiteral("'](' + '[' + newline x 50,000"), QByteArray("]([\n").repeated(50000)},
        {QStringLiteral("'](' + '[' + newline x 100,000"), QByteArray("]([\n").repeated(100000)},
        {QStringLiteral("'*' x 100,000 after a word"), "a" + QByteArray(100000, '*')},
        {QStringLiteral("'*' x 200,000 after a word"), "a" + QByteArray(200000, '*')},
        {QStringLiteral("'*a' x 100,000"), QByteArray("*a").repeated(100000)},
    };
    for (const auto &[name, body] : inputs) {
        QElapsedTimer timer;
        timer.start();
        const ArticleParser::Result result = ArticleParser::parse(QStringLiteral("x.md"), frontMatter + body);
        out << QStringLiteral("parse %1 (%2 KiB): %3 ms, %4\n")
                   .arg(name)
                   .arg(body.size() / 1024)
                   .arg(double(timer.nsecsElapsed()) / 1e6, 0, 'f', 1)
                   .arg(result.article ? QStringLiteral("parsed") : QStringLiteral("refused"));
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("carekiosk.*.info=false"));
    const int count = argc > 1 ? QByteArray(argv[1]).toInt() : 10000;
    // A second argument keeps the generated articles in that folder, for study.
    QTemporaryDir temporary;
    const std::optional<QString> chosen = benchFolder(argc, argv, 2, temporary.path());
    if (!chosen)
        return 1;
    const QString folder = *chosen;
    out << QStringLiteral("generating %1 synthetic articles…\n").arg(count);
    out.flush();
    generateArticles(folder, count);

    const long memoryBefore = peakMemoryKiB();
    QElapsedTimer timer;
    timer.start();
    const ArticleLibrary library = ArticleLibrary::load(folder);
    const double loadMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    SearchIndex index;
    if (const std::optional<QString> error = index.rebuild(library))
        qFatal("index failed: %s", qPrintable(*error));
    const double indexMs = double(timer.nsecsElapsed()) / 1e6;
    out << QStringLiteral("load %1 articles: %2 ms; index: %3 ms; load + index: %4 ms\n")
               .arg(library.size())
               .arg(loadMs, 0, 'f', 0)
               .arg(indexMs, 0, 'f', 0)
               .arg(loadMs + indexMs, 0, 'f', 0);
    out << QStringLiteral("peak memory (VmHWM): %1 MiB (%2 MiB before loading)\n")
               .arg(double(peakMemoryKiB()) / 1024, 0, 'f', 1)
               .arg(double(memoryBefore) / 1024, 0, 'f', 1);
    out.flush();
    benchSearch(index, library);
    benchRelated(library);
    benchPathologicalMarkdown();
    return 0;
}
