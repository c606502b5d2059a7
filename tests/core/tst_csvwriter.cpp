// CsvWriter and the call-back CSV: read back by Python's csv module, cell for cell, safe against formula injection.
#include "core/export/csvexport.h"
#include "core/export/csvwriter.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

Q_DECLARE_METATYPE(CallbackRequest)

// Found by QTest through argument-dependent lookup, so a failed QCOMPARE shows the error text.
char *toString(const std::optional<QString> &error)
{
    return QTest::toString(error ? QStringLiteral("error: ") + *error : QStringLiteral("no error"));
}

namespace {

// Python's csv module is a reader we didn't write; it reads as Excel's dialect does.
QList<QStringList> readWithPython(const QString &path)
{
    static const QString script = QStringLiteral(
        "import csv, json, sys\n"
        "with open(sys.argv[1], encoding='utf-8-sig', newline='') as f:\n"
        "    print(json.dumps(list(csv.reader(f))))\n");
    QProcess python;
    python.start(QStringLiteral("python3"), {QStringLiteral("-c"), script, path});
    if (!python.waitForFinished(30'000) || python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0) {
        qWarning("python3 failed: %s", python.readAllStandardError().constData());
        return {};
    }
    QList<QStringList> rows;
    for (const QJsonValue &row : QJsonDocument::fromJson(python.readAllStandardOutput()).array()) {
        QStringList cells;
        for (const QJsonValue &cell : row.toArray())
            cells.append(cell.toString());
        rows.append(cells);
    }
    return rows;
}

// A device that takes `capacity` bytes and then fails, as a full disk does.
class FillingDevice : public QIODevice
{
public:
    explicit FillingDevice(qint64 capacity)
        : m_capacity(capacity)
    {
    }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 length) override
    {
        if (m_written + length > m_capacity) {
            setErrorString(QStringLiteral("No space left on device"));
            return -1;
        }
        m_written += length;
        return length;
    }

private:
    qint64 m_capacity;
    qint64 m_written = 0;
};

CallbackRequest request(const QString &phoneE164)
{
    CallbackRequest request;
    request.id = QStringLiteral("0b6f2c1e-5d1a-4c53-9a55-2f7f0d0f4e11");
    request.createdUtc = QDateTime(QDate(2026, 11, 25), QTime(19, 3, 7, 250), Qt::UTC);
    request.firstName = QStringLiteral("Zoë");
    request.phoneE164 = phoneE164;
    request.officeId = QStringLiteral("waldorf");
    request.bestTime = BestTimeToCall::Afternoon;
    request.language = QStringLiteral("es");
    request.note = QStringLiteral("After 3 pm, please");
    request.voicemailOk = true;
    request.consentVersion = QStringLiteral("2026-11");
    request.consentUtc = request.createdUtc;
    request.status = CallbackStatus::NoAnswer;
    request.statusChangedUtc = QDateTime(QDate(2026, 11, 26), QTime(14, 30), Qt::UTC);
    return request;
}

} // namespace

class TestCsvWriter : public QObject
{
    Q_OBJECT

private:
    QString writeTable(const QTemporaryDir &dir, const QList<QStringList> &rows)
    {
        const QString path = dir.filePath(QStringLiteral("table.csv"));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        CsvWriter csv(file);
        for (const QStringList &row : rows) {
            if (csv.writeRow(row))
                return {};
        }
        return path;
    }

private slots:
    void cellsComeBackExactly_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::newRow("plain words") << QStringLiteral("Maria");
        QTest::newRow("empty") << QString();
        QTest::newRow("a quote inside") << QStringLiteral("Anne \"Nan\" O'Neil");
        QTest::newRow("only a quote") << QStringLiteral("\"");
        QTest::newRow("a comma") << QStringLiteral("Smith, John");
        QTest::newRow("only a comma") << QStringLiteral(",");
        QTest::newRow("a CR inside") << QStringLiteral("first\rsecond");
        QTest::newRow("an LF inside") << QStringLiteral("first\nsecond");
        QTest::newRow("a CRLF inside") << QStringLiteral("first\r\nsecond");
        QTest::newRow("a CRLF at the end") << QStringLiteral("first\r\n");
        QTest::newRow("blank lines inside") << QStringLiteral("a\n\n\nb");
        QTest::newRow("quotes, commas and line breaks") << QStringLiteral("\"a\",\r\n\"b\"");
        QTest::newRow("accents") << QStringLiteral("Zoë Ñúñez-Lefèvre Øre");
        QTest::newRow("CJK") << QStringLiteral("李小龍 さくら 김민준");
        QTest::newRow("emoji") << QStringLiteral("Sam 😀👍🏽 👨‍👩‍👧");
        QTest::newRow("right-to-left") << QStringLiteral("سارة");
        QTest::newRow("spaces around") << QStringLiteral("  Ann  ");
        QTest::newRow("an apostrophe in front already") << QStringLiteral("'Tis");
        QTest::newRow("a formula sign later in the cell") << QStringLiteral("a=1+1 @home -ok");
        QTest::newRow("a semicolon") << QStringLiteral("a;b");
        QTest::newRow("a tab inside") << QStringLiteral("a\tb");
    }

    void cellsComeBackExactly()
    {
        QFETCH(QString, cell);
        QTemporaryDir dir;
        // Beside other cells, so a quoting slip would shift the columns.
        const QList<QStringList> rows = {{QStringLiteral("before"), cell, QStringLiteral("after")}, {cell}};
        const QString path = writeTable(dir, rows);
        QVERIFY(!path.isEmpty());
        QCOMPARE(readWithPython(path), rows);
    }

    void formulasAreNeutralised_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("neutral");
        QTest::newRow("=") << QStringLiteral("=1+1") << u'\'' + QStringLiteral("=1+1");
        QTest::newRow("= command") << QStringLiteral("=cmd|' /C calc'!A0") << u'\'' + QStringLiteral("=cmd|' /C calc'!A0");
        QTest::newRow("= hyperlink") << QStringLiteral("=HYPERLINK(\"http://example.com\",\"x\")") << u'\'' + QStringLiteral("=HYPERLINK(\"http://example.com\",\"x\")");
        QTest::newRow("+") << QStringLiteral("+1+1") << u'\'' + QStringLiteral("+1+1");
        QTest::newRow("-") << QStringLiteral("-2+3") << u'\'' + QStringLiteral("-2+3");
        QTest::newRow("@") << QStringLiteral("@SUM(A1)") << u'\'' + QStringLiteral("@SUM(A1)");
        QTest::newRow("TAB") << QStringLiteral("\t=1+1") << QStringLiteral("'\t'=1+1");
        QTest::newRow("CR") << QStringLiteral("\r=1+1") << QStringLiteral("'\r'=1+1");
        QTest::newRow("LF") << QStringLiteral("\n=1+1") << QStringLiteral("'\n'=1+1");
        // Where a spreadsheet set to another separator would start a new cell.
        QTest::newRow("after a semicolon") << QStringLiteral("Ann;=1+1") << QStringLiteral("Ann;'=1+1");
        QTest::newRow("after a comma and spaces") << QStringLiteral("Ed,  +1") << QStringLiteral("Ed,  '+1");
        QTest::newRow("after a pipe") << QStringLiteral("Gus|@SUM(1)") << QStringLiteral("Gus|'@SUM(1)");
        QTest::newRow("after a line break") << QStringLiteral("Lee\n-1") << QStringLiteral("Lee\n'-1");
        QTest::newRow("a lone sign") << QStringLiteral("-") << u'\'' + QStringLiteral("-");
        QTest::newRow("a formula with a comma") << QStringLiteral("=SUM(1,2)") << u'\'' + QStringLiteral("=SUM(1,2)");
        QTest::newRow("an international phone number") << QStringLiteral("+44 20 7946 0018") << u'\'' + QStringLiteral("+44 20 7946 0018");
    }

    void formulasAreNeutralised()
    {
        QFETCH(QString, cell);
        QTemporaryDir dir;
        const QString path = writeTable(dir, {{cell, cell}});
        QVERIFY(!path.isEmpty());
        QFETCH(QString, neutral);
        QCOMPARE(readWithPython(path), QList<QStringList>({{neutral, neutral}}));
    }

    void cellsAreEncodedAsRfc4180Says_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("plain, unquoted") << QStringLiteral("Maria") << QByteArray("Maria");
        QTest::newRow("comma: quoted") << QStringLiteral("a,b") << QByteArray("\"a,b\"");
        QTest::newRow("semicolon: quoted") << QStringLiteral("Ann;b") << QByteArray("\"Ann;b\"");
        QTest::newRow("tab: quoted") << QStringLiteral("Ann\tb") << QByteArray("\"Ann\tb\"");
        QTest::newRow("pipe: quoted") << QStringLiteral("Ann|b") << QByteArray("\"Ann|b\"");
        QTest::newRow("formula after a semicolon: apostrophe, quoted") << QStringLiteral("Ann;=1") << QByteArray("\"Ann;'=1\"");
        QTest::newRow("quote: doubled and quoted") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
        QTest::newRow("LF: quoted, kept as LF") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
        QTest::newRow("formula: apostrophe, unquoted") << QStringLiteral("=1") << QByteArray("'=1");
        QTest::newRow("formula with a comma: apostrophe inside the quotes") << QStringLiteral("=1,2")
                                                                         << QByteArray("\"'=1,2\"");
        QTest::newRow("leading CR: apostrophe, quoted") << QStringLiteral("\rx") << QByteArray("\"'\rx\"");
        QTest::newRow("accents: UTF-8") << QStringLiteral("Zoë") << QByteArray("Zo\xc3\xab");
    }

    void cellsAreEncodedAsRfc4180Says()
    {
        QFETCH(QString, cell);
        QFETCH(QByteArray, bytes);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        CsvWriter csv(buffer);
        QCOMPARE(csv.writeRow({cell, QStringLiteral("x")}), std::nullopt);
        QCOMPARE(buffer.data(), QByteArray("\xEF\xBB\xBF") + bytes + ",x\r\n");
    }

    void fileStartsWithBomAndEveryLineEndsWithCrlf()
    {
        QTemporaryDir dir;
        const QList<QStringList> rows = {
            {QStringLiteral("Name"), QStringLiteral("Phone")},
            {QStringLiteral("Ann"), QStringLiteral("(301) 555-0142")},
            {QString(), QString()},
            {QStringLiteral("Zoë"), QStringLiteral("+44 20 7946 0018")},
        };
        const QString path = writeTable(dir, rows);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.endsWith("\r\n"));
        QCOMPARE(bytes.count("\r\n"), rows.size());
        QCOMPARE(bytes.count('\n'), rows.size());
        QCOMPARE(bytes.count('\r'), rows.size());
    }

    void aWriteErrorIsReportedAndSticks()
    {
        FillingDevice device(40);
        QVERIFY(device.open(QIODevice::WriteOnly));
        CsvWriter csv(device);
        QCOMPARE(csv.writeRow({QStringLiteral("short")}), std::nullopt);
        const std::optional<QString> failure = csv.writeRow({QString(60, u'x')});
        QCOMPARE(failure, std::optional<QString>(QStringLiteral("No space left on device")));
        QCOMPARE(csv.error(), failure);
        QCOMPARE(csv.writeRow({QStringLiteral("y")}), failure);
    }

    void phoneNumbersStayText_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("cell");
        QTest::newRow("a US number at a US kiosk: national, no +")
            << QStringLiteral("US") << QStringLiteral("+13015550142") << QStringLiteral("(301) 555-0142");
        QTest::newRow("a UK number at a US kiosk: international, neutralised")
            << QStringLiteral("US") << QStringLiteral("+442079460018") << QStringLiteral("'+44 20 7946 0018");
        QTest::newRow("a US number at a UK kiosk: international, neutralised")
            << QStringLiteral("GB") << QStringLiteral("+13015550142") << QStringLiteral("'+1 301-555-0142");
        QTest::newRow("a UK number at a UK kiosk: national, leading zero kept")
            << QStringLiteral("GB") << QStringLiteral("+442079460018") << QStringLiteral("020 7946 0018");
        QTest::newRow("a number libphonenumber can't read: as stored, neutralised")
            << QStringLiteral("US") << QStringLiteral("+999123") << QStringLiteral("'+999123");
    }

    void phoneNumbersStayText()
    {
        QFETCH(QString, region);
        QFETCH(QString, e164);
        QFETCH(QString, cell);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("callbacks.csv"));
        ExportContext context;
        context.phoneRegion = region;
        QCOMPARE(writeCallbackCsv(path, {request(e164)}, context), std::nullopt);
        const QList<QStringList> rows = readWithPython(path);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1][2], cell);
    }

    void everyPhoneOfAListIsFormatted_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("a few numbers") << 3;
        QTest::newRow("enough numbers to share the work among threads") << 2500;
    }

    void everyPhoneOfAListIsFormatted()
    {
        QFETCH(int, count);
        QList<CallbackRequest> requests;
        QStringList phones;
        for (int i = 0; i < count; ++i) {
            // Some numbers twice, some from abroad.
            const int number = i % 7 == 6 ? i - 1 : i;
            requests.append(request(i % 5 == 4 ? QStringLiteral("+4420794%1").arg(number, 5, 10, QLatin1Char('0'))
                                               : QStringLiteral("+1301%1").arg(2'000'000 + number)));
            phones.append(i % 5 == 4 ? QStringLiteral("'+44 20 794%1 %2").arg(number / 10'000).arg(number % 10'000, 4, 10, QLatin1Char('0'))
                                     : QStringLiteral("(301) %1-%2").arg(200 + number / 10'000).arg(number % 10'000, 4, 10, QLatin1Char('0')));
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("callbacks.csv"));
        ExportContext context;
        context.phoneRegion = QStringLiteral("US");
        QCOMPARE(writeCallbackCsv(path, requests, context), std::nullopt);
        const QList<QStringList> rows = readWithPython(path);
        QCOMPARE(rows.size(), count + 1);
        for (int i = 0; i < count; ++i)
            QCOMPARE(rows[i + 1][2], phones[i]);
    }

    void callbackRowsHoldTheClinicsWords_data()
    {
        QTest::addColumn<CallbackRequest>("request");
        QTest::addColumn<QStringList>("row");

        const CallbackRequest known = request(QStringLiteral("+13015550142"));
        QTest::newRow("known office and topic, local time, a status change")
            << [&] {
                   CallbackRequest r = known;
                   r.topicSlug = QStringLiteral("botox-for-pain");
                   return r;
               }()
            << QStringList {QStringLiteral("2026-11-25 14:03"), QStringLiteral("Zoë"), QStringLiteral("(301) 555-0142"),
                            QStringLiteral("Waldorf"), QStringLiteral("Afternoon"),
                            QStringLiteral("How Botox can relieve pain"), QStringLiteral("After 3 pm, please"),
                            QStringLiteral("Yes"), QStringLiteral("No"), QStringLiteral("No answer"),
                            QStringLiteral("2026-11-26 09:30"), QStringLiteral("es"),
                            QStringLiteral("0b6f2c1e-5d1a-4c53-9a55-2f7f0d0f4e11")};

        QTest::newRow("unknown office and topic shown by id, no topic is 'Something else', no status change")
            << [&] {
                   CallbackRequest r = known;
                   r.officeId = QStringLiteral("closed-office");
                   r.topicSlug.clear();
                   r.bestTime = BestTimeToCall::Morning;
                   r.status = CallbackStatus::New;
                   r.statusChangedUtc = QDateTime();
                   r.textOk = true;
                   r.voicemailOk = false;
                   r.note = QStringLiteral("-- call my daughter");
                   return r;
               }()
            << QStringList {QStringLiteral("2026-11-25 14:03"), QStringLiteral("Zoë"), QStringLiteral("(301) 555-0142"),
                            QStringLiteral("closed-office"), QStringLiteral("Morning"), QStringLiteral("Something else"),
                            QStringLiteral("'-- call my daughter"), QStringLiteral("No"), QStringLiteral("Yes"),
                            QStringLiteral("New"), QString(), QStringLiteral("es"),
                            QStringLiteral("0b6f2c1e-5d1a-4c53-9a55-2f7f0d0f4e11")};
        QTest::newRow("unknown topic slug shown as is, any time, done")
            << [&] {
                   CallbackRequest r = known;
                   r.topicSlug = QStringLiteral("retired-article");
                   r.bestTime = BestTimeToCall::AnyTime;
                   r.status = CallbackStatus::Done;
                   r.note.clear();
                   return r;
               }()
            << QStringList {QStringLiteral("2026-11-25 14:03"), QStringLiteral("Zoë"), QStringLiteral("(301) 555-0142"),
                            QStringLiteral("Waldorf"), QStringLiteral("Any time"), QStringLiteral("retired-article"),
                            QString(), QStringLiteral("Yes"), QStringLiteral("No"), QStringLiteral("Done"),
                            QStringLiteral("2026-11-26 09:30"), QStringLiteral("es"),
                            QStringLiteral("0b6f2c1e-5d1a-4c53-9a55-2f7f0d0f4e11")};
    }

    void callbackRowsHoldTheClinicsWords()
    {
        QFETCH(CallbackRequest, request);
        QFETCH(QStringList, row);
        ExportContext context;
        context.phoneRegion = QStringLiteral("US");
        context.officeNames.insert(QStringLiteral("waldorf"), QStringLiteral("Waldorf"));
        context.topicTitles.insert(QStringLiteral("botox-for-pain"), QStringLiteral("How Botox can relieve pain"));
        context.displayZone = QTimeZone(-5 * 3600);  // Eastern Standard Time, without the tz database
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("callbacks.csv"));
        QCOMPARE(writeCallbackCsv(path, {request}, context), std::nullopt);
        const QList<QStringList> rows = readWithPython(path);
        QCOMPARE(rows, QList<QStringList>({callbackCsvHeader(), row}));
        QCOMPARE(rows[0].first(), QStringLiteral("Received"));
        QCOMPARE(rows[0].last(), QStringLiteral("Request id"));
    }

    void csvTableWritesHeaderAndRows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("article-views.csv"));
        const QStringList header = {QStringLiteral("Article"), QStringLiteral("Language"), QStringLiteral("Views")};
        const QList<QStringList> rows = {
            {QStringLiteral("Is Suboxone therapy safe?"), QStringLiteral("en"), QStringLiteral("12")},
            {QStringLiteral("=evil()"), QStringLiteral("es"), QStringLiteral("3")},
        };
        QCOMPARE(writeCsvTable(path, header, rows), std::nullopt);
        QCOMPARE(readWithPython(path),
                 QList<QStringList>({header, rows[0], {QStringLiteral("'=evil()"), QStringLiteral("es"), QStringLiteral("3")}}));
    }
};

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
