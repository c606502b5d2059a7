// CSV cells: neutralised against formulas, quoted where RFC 4180 needs it.
#include "core/export/csvwriter.h"

#include "core/export/atomicfile.h"

namespace {
// The characters a spreadsheet takes as the start of a formula (= + - @), or that let one hide
// behind what looks like an empty first line of the cell (TAB CR LF).
bool startsLikeFormula(const QString &cell)
{
    if (cell.isEmpty())
        return false;
    switch (cell.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
    case u'\n':
        return true;
    default:
        return false;
    }
}

bool needsQuotes(const QString &cell)
{
    for (const QChar c : cell) {
        if (c == u'"' || c == u',' || c == u'\r' || c == u'\n')
            return true;
    }
    return false;
}

void appendCell(QString &line, const QString &cell)
{
    QString text = cell;
    if (startsLikeFormula(text))
        text.prepend(u'\'');
    if (!needsQuotes(text)) {
        line += text;
        return;
    }
    line += u'"';
    line += text.replace(u'"', QStringLiteral("\"\""));
    line += u'"';
}
} // namespace

CsvWriter::CsvWriter(QIODevice &device)
    : m_device(device)
{
}

std::optional<QString> CsvWriter::writeRow(const QStringList &cells)
{
    if (m_error)
        return m_error;
    if (!m_started) {
        m_started = true;
        if (const auto failure = write(QByteArrayLiteral("\xEF\xBB\xBF")))
            return failure;
    }
    QString line;
    // A lone empty cell would make a blank line, which readers take for a row with no cells at all.
    if (cells.size() == 1 && cells.front().isEmpty())
        line += QStringLiteral("\"\"");
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += u',';
        appendCell(line, cells.at(i));
    }
    line += QStringLiteral("\r\n");
    return write(line.toUtf8());
}

std::optional<QString> CsvWriter::write(const QByteArray &bytes)
{
    if (m_device.write(bytes) == bytes.size())
        return std::nullopt;
    const QString reason = m_device.errorString();
    m_error = reason.isEmpty() ? tr("the data could not be written") : reason;
    return m_error;
}

std::optional<QString> writeCsvTable(const QString &path, const QStringList &header, const QList<QStringList> &rows)
{
    return writeFileAtomically(path, [&](QIODevice &device) -> std::optional<QString> {
        CsvWriter csv(device);
        if (const auto failure = csv.writeRow(header))
            return failure;
        for (const QStringList &row : rows) {
            if (const auto failure = csv.writeRow(row))
                return failure;
        }
        return std::nullopt;
    });
}
