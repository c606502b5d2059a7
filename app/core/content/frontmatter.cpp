// Front matter: the block between the first two '---' lines, parsed by yaml-cpp.
#include "core/content/frontmatter.h"

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

} // namespace

const QStringList &FrontMatter::knownFields()
{
    static const QStringList fields = {
        QStringLiteral("title"),    QStringLiteral("summary"),  QStringLiteral("category"),
        QStringLiteral("tags"),     QStringLiteral("related"),  QStringLiteral("reviewed"),
        QStringLiteral("reviewer"), QStringLiteral("sources"),  QStringLiteral("featured"),
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
        if (value.IsNull())
            continue;  // reported below as missing, where it matters

        if (field == u"title") {
            article.title = reader.text(field, value).value_or(QString());
        } else if (field == u"summary") {
            article.summary = reader.text(field, value).value_or(QString());
        } else if (field == u"category") {
            article.category = reader.text(field, value).value_or(QString());
        } else if (field == u"reviewer") {
            article.reviewer = reader.text(field, value).value_or(QString());
        } else if (field == u"tags") {
            article.tags = reader.list(field, value);
        } else if (field == u"sources") {
            article.sources = reader.list(field, value);
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
            bool featured = false;
            if (value.IsScalar() && YAML::convert<bool>::decode(value, featured))
                article.featured = featured;
            else
                reader.error(value, tr("'featured' must be true or false"));
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
    if (article.sources.isEmpty())
        reader.report(blocks.yamlFirstLine, ContentProblem::Severity::Warning,
                      tr("no 'sources': list where the facts come from"));
    return problems;
}
