// The CSV export: any text a visitor typed, written by CsvWriter and read back
// by a strict RFC 4180 reader, comes back cell for cell, with the apostrophe
// the writer puts before a formula sign and nothing else changed.
#include "core/export/csvwriter.h"

#include "csvreader.h"
#include "fuzzcheck.h"

#include <fuzzer/FuzzedDataProvider.h>

#include <QBuffer>

namespace {

bool isFormulaSign(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@';
}

bool isSeparatorOfSomeSpreadsheet(QChar c)
{
    return c == u',' || c == u';' || c == u'\t' || c == u'|' || c == u'\r' || c == u'\n';
}

// The cell as a spreadsheet should get it (csvwriter.h): an apostrophe before
// a first character that could start a formula or hide one on a next line, and
// before any formula sign that follows a separator and spaces.
QString asSpreadsheetText(const QString &cell)
{
    QString expected;
    for (qsizetype i = 0; i < cell.size(); ++i) {
        const QChar c = cell.at(i);
        bool marked = i == 0 && (isFormulaSign(c) || c == u'\t' || c == u'\r' || c == u'\n');
        if (!marked && i > 0 && isFormulaSign(c)) {
            qsizetype before = i - 1;
            while (before >= 0 && cell.at(before) == u' ')
                --before;
            marked = before >= 0 && isSeparatorOfSomeSpreadsheet(cell.at(before));
        }
        if (marked)
            expected += u'\'';
        expected += c;
    }
    return expected;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    FuzzedDataProvider input(data, size);
    QList<QStringList> rows;
    for (int rowCount = input.ConsumeIntegralInRange(1, 3); rowCount > 0; --rowCount) {
        QStringList cells;
        for (int cellCount = input.ConsumeIntegralInRange(1, 4); cellCount > 0; --cellCount)
            cells.append(QString::fromStdString(input.ConsumeRandomLengthString(100)));
        rows.append(cells);
    }

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvWriter writer(buffer);
    for (const QStringList &row : rows) {
        if (const auto error = writer.writeRow(row))
            Fuzz::fail("writing to memory never fails", *error);
    }
    const Fuzz::CsvTable table = Fuzz::readCsv(buffer.data());
    Fuzz::check(table.error.isEmpty(), "the writer's output is RFC 4180", table.error);
    Fuzz::check(table.rows.size() == rows.size(), "every row reads back as one row");
    for (qsizetype row = 0; row < rows.size(); ++row) {
        Fuzz::check(table.rows.at(row).size() == rows.at(row).size(), "every cell reads back as one cell",
                    rows.at(row).join(QStringLiteral(" | ")));
        for (qsizetype cell = 0; cell < rows.at(row).size(); ++cell) {
            const QString expected = asSpreadsheetText(rows.at(row).at(cell));
            Fuzz::check(table.rows.at(row).at(cell) == expected, "a cell reads back as written, formula signs marked",
                        expected + QStringLiteral(" != ") + table.rows.at(row).at(cell));
        }
    }
    return 0;
}
