// A record is fields separated by commas and ended by CRLF; a field is either
// quoted (any text, a quote written twice) or bare (no quote, CR or LF).
#include "csvreader.h"

#include <QStringDecoder>

namespace Fuzz {

CsvTable readCsv(const QByteArray &bytes)
{
    CsvTable table;
    // One byte-order mark, the file's: a cell may start with U+FEFF too, which
    // QString::fromUtf8 would also drop.
    const QByteArray bom = QByteArrayLiteral("\xEF\xBB\xBF");
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    const QString text = decoder.decode(bytes.startsWith(bom) ? bytes.mid(bom.size()) : bytes);
    const qsizetype size = text.size();
    qsizetype at = 0;
    const auto failAt = [&](const char *why) {
        table.error = QStringLiteral("%1 at %2").arg(QLatin1String(why)).arg(at);
        return table;
    };
    QStringList record;
    while (at < size) {
        QString field;
        if (text[at] == u'"') {
            ++at;
            for (;;) {
                if (at >= size)
                    return failAt("a quoted field never closed");
                if (text[at] == u'"') {
                    if (at + 1 < size && text[at + 1] == u'"') {
                        field += u'"';
                        at += 2;
                        continue;
                    }
                    ++at;
                    break;
                }
                field += text[at++];
            }
        } else {
            while (at < size && text[at] != u',' && text[at] != u'\r') {
                if (text[at] == u'"' || text[at] == u'\n')
                    return failAt("a quote or line feed in a bare field");
                field += text[at++];
            }
        }
        record.append(field);
        if (at < size && text[at] == u',') {
            ++at;
            continue;
        }
        if (at + 1 < size && text[at] == u'\r' && text[at + 1] == u'\n') {
            at += 2;
            table.rows.append(record);
            record.clear();
            continue;
        }
        return failAt("a field not followed by a comma or CRLF");
    }
    if (!record.isEmpty())
        return failAt("the last record has no CRLF");
    return table;
}

} // namespace Fuzz
