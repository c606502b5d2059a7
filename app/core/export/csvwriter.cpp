// CSV cells: neutralised against formulas, quoted where RFC 4180 or a
// spreadsheet's other separators need it.
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

// Besides what RFC 4180 asks for, every separator a spreadsheet may be set
// to (Excel's ';' in much of Europe and Latin America, tab, '|'): a bare
// `Ann;=1+1` would otherwise split there and its second half become a formula.
bool needsQuotes(const QString &cell)
{
    for (const QChar c : cell) {
        switch (c.unicode()) {
        case u'"':
        case u',':
        case u';':
        case u'\t':
        case u'|':
        case u'\r':
        case u'\n':
            return true;
        default:
            break;
        }
    }
    return false;
}

bool startsAFormulaLater(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@';
}

bool endsACellSomewhere(QChar c)
{
    return c == u',' || c == u';' || c == u'\t' || c == u'|' || c == u'\r' || c == u'\n';
}

// A spreadsheet set to another separator than ours does not honour our
// quotes: it splits `"Ann;=1+1",x` at the ';' and reads `=1+1",x` as a
// formula. So a formula sign that follows a separator or a line break
// (spaces between) gets the apostrophe too, wherever it is in the cell.
QString neutralised(const QString &cell)
{
    QString text;
    text.reserve(cell.size() + 2);
    if (startsLikeFormula(cell))
        text += u'\'';
    bool afterSeparator = false;
    for (const QChar c : cell) {
        if (afterSeparator && startsAFormulaLater(c))
            text += u'\'';
        text += c;
        if (endsACellSomewhere(c))
            afterSeparator = true;
        else if (c != u' ')
            afterSeparator = false;
    }
    return text;
}

void appendCell(QString &line, const QString &cell)
{
    QString text = neutralised(cell);
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
