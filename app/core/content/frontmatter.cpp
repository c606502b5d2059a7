// Front matter: the block between the first two '---' lines, parsed by yaml-cpp.
#include "core/content/frontmatter.h"

#include "core/content/webaddress.h"

#include <QRegularExpression>
#include <QSet>
#include <yaml-cpp/yaml.h>

namespace {

const QString fenceLine = QStringLiteral("---");

bool isFence(QStringView line)
{
    return line.trimmed() == fenceLine;
}

class FieldReader
{
public:
    FieldReader(const QString &file, int firstLine, ContentProblems &problems)
        : m_file(file), m_firstLine(firstLine), m_problems(problems)
    {
    }

    int lineOf(const YAML::Node &node) const
    {
        const YAML::Mark mark = node.Mark();
        return mark.line < 0 ? m_firstLine - 1 : m_firstLine + mark.line;
    }

    void report(int line, ContentProblem::Severity severity, const QString &message)
    {
        m_problems.append({m_file, line, severity, message});
    }

    void error(const YAML::Node &node, const QString &message)
    {
        report(lineOf(node), ContentProblem::Severity::Error, message);
    }

    std::optional<QString> text(const QString &field, const YAML::Node &node)
    {
        if (!node.IsScalar()) {
            error(node, FrontMatter::tr("'%1' must be plain text").arg(field));
            return std::nullopt;
        }
        return QString::fromStdString(node.Scalar()).trimmed();
    }

    void warn(const YAML::Node &node, const QString &message)
    {
        report(lineOf(node), ContentProblem::Severity::Warning, message);
    }

    std::optional<bool> boolean(const QString &field, const YAML::Node &node)
    {
        bool value = false;
        if (node.IsScalar() && YAML::convert<bool>::decode(node, value))
            return value;
        error(node, FrontMatter::tr("'%1' must be true or false").arg(field));
        return std::nullopt;
    }

    QStringList list(const QString &field, const YAML::Node &node)
    {
        if (!node.IsSequence()) {
            error(node, FrontMatter::tr("'%1' must be a list, e.g. [first, second]").arg(field));
            return {};
        }
        QStringList items;
        for (const YAML::Node &item : node) {
            if (!item.IsScalar()) {
                error(item, FrontMatter::tr("every entry of '%1' must be plain text").arg(field));
                continue;
            }
            const QString value = QString::fromStdString(item.Scalar()).trimmed();
            if (value.isEmpty())
                error(item, FrontMatter::tr("'%1' has an empty entry").arg(field));
            else
                items.append(value);
        }
        return items;
    }

private:
    QString m_file;
    int m_firstLine;
    ContentProblems &m_problems;
};

bool isSlug(const QString &text)
{
    static const QRegularExpression slugPattern(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    return slugPattern.match(text).hasMatch();
}

std::optional<QDate> isoDate(const QString &text)
{
    static const QRegularExpression datePattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!datePattern.match(text).hasMatch())
        return std::nullopt;
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() ? std::optional<QDate>(date) : std::nullopt;
}

QString sourceFormat()
{
    return FrontMatter::tr("write each source as {title: \"…\", url: \"https://…\"}");
}

void checkSourceAddress(FieldReader &reader, const YAML::Node &node, ArticleSource &source)
{
    const QUrl url(source.url, QUrl::StrictMode);
    if (!WebAddress::isWebAddress(url)) {
        reader.error(node, FrontMatter::tr("source address '%1' must be a web address starting with https:// or http://")
                               .arg(source.url));
        source.url.clear();
    } else if (WebAddress::isPlaceholder(url)) {
        reader.warn(node, FrontMatter::tr("source address '%1' is a placeholder (example.com, .org, .net): give the "
                                          "real page")
                              .arg(source.url));
    }
}

// A list of plain-text items or of {title, url} maps. Plain text is still read
// (older articles) but a patient can't follow it, so it is warned about.
QList<ArticleSource> readSources(FieldReader &reader, const YAML::Node &node)
{
    QList<ArticleSource> sources;
    if (!node.IsSequence()) {
        reader.error(node, FrontMatter::tr("'sources' must be a list; %1").arg(sourceFormat()));
        return sources;
    }
    for (const YAML::Node &item : node) {
        ArticleSource source;
        source.line = reader.lineOf(item);
        if (item.IsScalar()) {
            source.title = QString::fromStdString(item.Scalar()).trimmed();
            if (source.title.isEmpty()) {
                reader.error(item, FrontMatter::tr("'sources' has an empty entry"));
                continue;
            }
            reader.warn(item, FrontMatter::tr("source has no web address: %1").arg(sourceFormat()));
            sources.append(source);
            continue;
        }
        if (!item.IsMap()) {
            reader.error(item, FrontMatter::tr("every entry of 'sources' must be a title or a map; %1").arg(sourceFormat()));
            continue;
        }
        for (const auto &entry : item) {
            const QString key = entry.first.IsScalar() ? QString::fromStdString(entry.first.Scalar()) : QString();
            if (key != u"title" && key != u"url") {
                reader.error(entry.first, FrontMatter::tr("unknown field '%1' in a source (known: title, url)").arg(key));
                continue;
            }
            if (entry.second.IsNull())
                continue;  // "url:" left empty reads as no address
            const std::optional<QString> value = reader.text(QStringLiteral("sources: ") + key, entry.second);
            (key == u"title" ? source.title : source.url) = value.value_or(QString());
        }
        if (source.title.isEmpty()) {
            reader.error(item, FrontMatter::tr("a source needs a 'title'; %1").arg(sourceFormat()));
            continue;
        }
        if (source.url.isEmpty())
            reader.warn(item, FrontMatter::tr("source has no web address: %1").arg(sourceFormat()));
        else
            checkSourceAddress(reader, item, source);
        sources.append(source);
    }
    return sources;
}

const QString getHelpNow = QStringLiteral("now");
const QString getHelpCallUs = QStringLiteral("call_us");

// get_help: {now: [...], call_us: [...]}. Both lists must say something:
// the checker refuses an article that leaves a patient without either.
void readGetHelp(FieldReader &reader, const YAML::Node &key, const YAML::Node &node, GetHelp &getHelp)
{
    int nowLine = reader.lineOf(key);
    int callUsLine = nowLine;
    if (!node.IsMap()) {
        reader.error(node.IsNull() ? key : node, FrontMatter::tr("'get_help' must hold two lists, '%1:' and '%2:'").arg(getHelpNow, getHelpCallUs));
        return;
    }
    for (const auto &entry : node) {
        const QString name = entry.first.IsScalar() ? QString::fromStdString(entry.first.Scalar()) : QString();
        if (name == getHelpNow) {
            nowLine = reader.lineOf(entry.first);
            if (!entry.second.IsNull())
                getHelp.now = reader.list(QStringLiteral("get_help: now"), entry.second);
        } else if (name == getHelpCallUs) {
            callUsLine = reader.lineOf(entry.first);
            if (!entry.second.IsNull())
                getHelp.callUs = reader.list(QStringLiteral("get_help: call_us"), entry.second);
        } else {
            reader.error(entry.first, FrontMatter::tr("unknown field '%1' in 'get_help' (known: %2, %3)")
                                          .arg(name, getHelpNow, getHelpCallUs));
        }
    }
    if (getHelp.now.isEmpty())
        reader.report(nowLine, ContentProblem::Severity::Error,
                      FrontMatter::tr("'get_help' has no '%1' list: say when to get help right away (911, 988, "
                                      "Poison Control where they fit)")
                          .arg(getHelpNow));
    if (getHelp.callUs.isEmpty())
        reader.report(callUsLine, ContentProblem::Severity::Error,
                      FrontMatter::tr("'get_help' has no '%1' list: say when to call the office").arg(getHelpCallUs));
}

} // namespace

const QStringList &FrontMatter::knownFields()
{
    static const QStringList fields = {
        QStringLiteral("title"),    QStringLiteral("summary"),  QStringLiteral("category"),
        QStringLiteral("tags"),     QStringLiteral("related"),  QStringLiteral("reviewed"),
        QStringLiteral("reviewer"), QStringLiteral("sources"),  QStringLiteral("featured"),
        QStringLiteral("get_help"), QStringLiteral("sensitive"),
    };
    return fields;
}

std::optional<FrontMatter::Blocks> FrontMatter::split(const QString &file, const QString &text,
                                                      ContentProblem &problem)
{
    problem = {file, 1, ContentProblem::Severity::Error, QString()};
    const QList<QStringView> lines = QStringView(text).split(u'\n');
    const QStringView firstLine = lines.first();
    if (!isFence(firstLine)) {
        if (firstLine.trimmed().startsWith(fenceLine))
            problem.message = tr("the front matter must open with exactly three dashes '---', not '%1'")
                                  .arg(firstLine.trimmed().toString());
        else
            problem.message = tr("no front matter: the file must start with a line '---', then "
                                 "title, summary, … and a closing '---'");
        return std::nullopt;
    }
    for (qsizetype index = 1; index < lines.size(); ++index) {
        if (!isFence(lines.at(index)))
            continue;
        Blocks blocks;
        QStringList yamlLines;
        for (qsizetype yamlIndex = 1; yamlIndex < index; ++yamlIndex)
            yamlLines.append(lines.at(yamlIndex).toString());
        blocks.yaml = yamlLines.join(u'\n');
        blocks.yamlFirstLine = 2;
        QStringList bodyLines;
        for (qsizetype bodyIndex = index + 1; bodyIndex < lines.size(); ++bodyIndex)
            bodyLines.append(lines.at(bodyIndex).toString());
        blocks.body = bodyLines.join(u'\n');
        blocks.bodyFirstLine = int(index) + 2;
        return blocks;
    }
    problem.message = tr("the front matter opened here is never closed by a line '---'");
    return std::nullopt;
}

ContentProblems FrontMatter::read(const QString &file, const Blocks &blocks, Article &article)
{
    ContentProblems problems;
    FieldReader reader(file, blocks.yamlFirstLine, problems);

    YAML::Node root;
    try {
        root = YAML::Load(blocks.yaml.toStdString());
    } catch (const YAML::Exception &exception) {
        reader.report(blocks.yamlFirstLine + std::max(0, exception.mark.line), ContentProblem::Severity::Error,
                      tr("the front matter is not valid YAML: %1").arg(QString::fromStdString(exception.msg)));
        return problems;
    }
    if (!root.IsMap()) {
        reader.report(blocks.yamlFirstLine, ContentProblem::Severity::Error,
                      tr("the front matter must be a list of 'field: value' lines"));
        return problems;
    }

    QSet<QString> seen;
    bool reviewedReported = false;
    bool getHelpRead = false;
    int featuredLine = blocks.yamlFirstLine;
    for (const auto &entry : root) {
        const YAML::Node &key = entry.first;
        const YAML::Node &value = entry.second;
        const QString field = key.IsScalar() ? QString::fromStdString(key.Scalar()) : QString();
        if (!knownFields().contains(field)) {
            reader.error(key, tr("unknown field '%1' (known fields: %2)").arg(field, knownFields().join(u", ")));
            continue;
        }
        if (seen.contains(field)) {
            reader.error(key, tr("'%1' is given twice").arg(field));
            continue;
        }
        seen.insert(field);
        if (field == u"get_help") {
            // Read even when empty: its own line says what is missing.
            readGetHelp(reader, key, value, article.getHelp);
            getHelpRead = true;
            continue;
        }
        if (value.IsNull())
            continue;  // reported below as missing, where it matters

        if (field == u"title") {
            article.title = reader.text(field, value).value_or(QString());
        } else if (field == u"summary") {
            article.summary = reader.text(field, value).value_or(QString());
        } else if (field == u"category") {
            article.categoryLine = reader.lineOf(key);
            article.category = reader.text(field, value).value_or(QString());
        } else if (field == u"reviewer") {
            article.reviewer = reader.text(field, value).value_or(QString());
        } else if (field == u"tags") {
            article.tags = reader.list(field, value);
        } else if (field == u"sources") {
            article.sources = readSources(reader, value);
        } else if (field == u"related") {
            article.relatedLine = reader.lineOf(key);
            for (const QString &slug : reader.list(field, value)) {
                if (!isSlug(slug))
                    reader.error(value, tr("'%1' in 'related' is not a slug (lower-case letters, digits and "
                                           "hyphens, like the file name without .md)")
                                            .arg(slug));
                else if (!article.related.contains(slug))
                    article.related.append(slug);
            }
        } else if (field == u"reviewed") {
            article.reviewedLine = reader.lineOf(key);
            const QString text = reader.text(field, value).value_or(QString());
            if (const std::optional<QDate> date = isoDate(text)) {
                article.reviewed = *date;
                if (*date > QDate::currentDate())
                    reader.report(reader.lineOf(value), ContentProblem::Severity::Warning,
                                  tr("'reviewed' date %1 is in the future").arg(text));
            } else {
                reader.error(value, tr("'reviewed' must be a date written YYYY-MM-DD, not '%1'").arg(text));
                reviewedReported = true;
            }
        } else if (field == u"featured") {
            featuredLine = reader.lineOf(key);
            article.featured = reader.boolean(field, value).value_or(false);
        } else if (field == u"sensitive") {
            article.sensitive = reader.boolean(field, value).value_or(false);
        }
    }

    const auto requireText = [&](const QString &field, const QString &value) {
        if (value.isEmpty())
            reader.report(blocks.yamlFirstLine, ContentProblem::Severity::Error,
                          tr("the front matter has no '%1'").arg(field));
    };
    requireText(QStringLiteral("title"), article.title);
    requireText(QStringLiteral("summary"), article.summary);
    requireText(QStringLiteral("category"), article.category);
    if (!article.reviewed.isValid() && !reviewedReported)
        reader.report(blocks.yamlFirstLine, ContentProblem::Severity::Error,
                      tr("the front matter has no 'reviewed' date (YYYY-MM-DD)"));
    if (!getHelpRead)
        reader.report(blocks.yamlFirstLine, ContentProblem::Severity::Error,
                      tr("the front matter has no 'get_help': list when to get help right away ('now:') and when "
                         "to call the office ('call_us:')"));
    if (article.sources.isEmpty())
        reader.report(blocks.yamlFirstLine, ContentProblem::Severity::Warning,
                      tr("no 'sources': list where the facts come from"));
    if (article.sensitive && article.featured)
        reader.report(featuredLine, ContentProblem::Severity::Warning,
                      tr("a sensitive article is never featured: remove 'featured: true'"));
    return problems;
}
