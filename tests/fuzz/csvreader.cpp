// A record is fields separated by commas and ended by CRLF; a field is either
// quoted (any text, a quote written twice) or bare (no quote, CR or LF).
#include "csvreader.h"

namespace Fuzz {

CsvTable readCsv(const QByteArray &bytes)
{
    CsvTable table;
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
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
