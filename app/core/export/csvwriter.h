// Writes CSV (RFC 4180) that Excel and LibreOffice open cleanly and that can't smuggle a formula into them.
#pragma once

#include <QCoreApplication>
#include <QIODevice>
#include <QList>
#include <QStringList>

#include <optional>

// What a row looks like on disk:
// - UTF-8 with a byte-order mark, which is how Excel knows the file is UTF-8 rather than the
//   machine's code page; lines end with CRLF, as RFC 4180 says.
// - A cell is quoted when it holds a quote, comma, CR or LF; quotes inside are doubled.
// - A cell that starts with = + - @ TAB CR or LF gets a leading apostrophe, so a spreadsheet reads it
//   as text rather than a formula (OWASP "CSV injection"): "=HYPERLINK(…)" is written "'=HYPERLINK(…)".
//   Excel takes the apostrophe as its mark for text and hides it; other readers may show it, a small
//   price for a file nobody can turn into a link or a command by typing into the kiosk.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    // `device` must be open for writing; it is not owned.
    explicit CsvWriter(QIODevice &device);

    // Writes the byte-order mark before the first row. After a failure nothing more is written and
    // every later call returns the same error.
    [[nodiscard]] std::optional<QString> writeRow(const QStringList &cells);
    [[nodiscard]] std::optional<QString> error() const { return m_error; }

private:
    [[nodiscard]] std::optional<QString> write(const QByteArray &bytes);

    QIODevice &m_device;
    bool m_started = false;
    std::optional<QString> m_error;
};

// A header row then `rows`, written with writeFileAtomically (owner-only, all or nothing). For
// tables that need no more than that, such as the anonymous article view counts.
[[nodiscard]] std::optional<QString> writeCsvTable(const QString &path, const QStringList &header,
                                                   const QList<QStringList> &rows);
