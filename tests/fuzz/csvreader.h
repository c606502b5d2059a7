// A strict RFC 4180 reader for the CSV fuzzer: the writer's output must read
// back cell for cell, and anything RFC 4180 doesn't allow is an error here.
#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <optional>

namespace Fuzz {

struct CsvTable
{
    QList<QStringList> rows;
    QString error;  // empty when the whole text was read
};

// UTF-8 after an optional byte-order mark, CRLF after every record.
CsvTable readCsv(const QByteArray &bytes);

} // namespace Fuzz
