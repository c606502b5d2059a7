// The call-back exports as files: exact JSON, a readable PDF list on the right paper, and writes that are
// private to the owner and all or nothing.
#include "core/export/atomicfile.h"
#include "core/export/csvexport.h"
#include "core/export/jsonexport.h"
#include "core/export/pdfexport.h"

#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QJsonArray>
#include <QJsonObject>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <csignal>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

Q_DECLARE_METATYPE(CallbackRequest)

char *toString(const std::optional<QString> &error)
{
    return QTest::toString(error ? QStringLiteral("error: ") + *error : QStringLiteral("no error"));
}

namespace {

const QString clinic = QStringLiteral("Southern Maryland Pain & Wellness");

CallbackRequest request(const QString &firstName, int number = 0)
{
    CallbackRequest request;
    request.id = QStringLiteral("5f0c7d2e-0000-4000-8000-%1").arg(number, 12, 10, QLatin1Char('0'));
    request.createdUtc = QDateTime(QDate(2026, 11, 25), QTime(19, 3, 7, 250), Qt::UTC).addSecs(60 * number);
    request.firstName = firstName;
    request.phoneE164 = QStringLiteral("+13015550142");
    request.officeId = QStringLiteral("waldorf");
    request.bestTime = BestTimeToCall::Morning;
    request.topicSlug = QStringLiteral("botox-for-pain");
    request.language = QStringLiteral("en");
    request.consentVersion = QStringLiteral("2026-11");
    request.consentUtc = request.createdUtc;
    return request;
}

ExportContext context()
{
    ExportContext context;
    context.clinicName = clinic;
    context.phoneRegion = QStringLiteral("US");
    context.officeNames.insert(QStringLiteral("waldorf"), QStringLiteral("Waldorf"));
    context.topicTitles.insert(QStringLiteral("botox-for-pain"), QStringLiteral("How Botox can relieve pain"));
    context.generatedUtc = QDateTime(QDate(2026, 11, 26), QTime(15, 0), Qt::UTC);
    context.selectionDescription = QStringLiteral("New requests, Waldorf, since 2026-11-01");
    context.displayZone = QTimeZone(-5 * 3600);
    return context;
}

std::optional<QString> writeExport(const QString &format, const QString &path, const QList<CallbackRequest> &requests)
{
    if (format == u"csv")
        return writeCallbackCsv(path, requests, context());
    if (format == u"json")
        return writeCallbackJson(path, requests, context());
    return writeCallbackPdf(path, requests, context(), QPageSize(QPageSize::A4));
}

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60'000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString pdfText(const QString &path)
{
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
}

struct PdfInfo
{
    int pages = 0;
    QSizeF pageSize;  // points
};

PdfInfo pdfInfo(const QString &path)
{
    const QString info = run(QStringLiteral("pdfinfo"), {path});
    PdfInfo result;
    const QRegularExpressionMatch pages = QRegularExpression(QStringLiteral("^Pages:\\s+(\\d+)$"),
                                                             QRegularExpression::MultilineOption).match(info);
    result.pages = pages.captured(1).toInt();
    const QRegularExpressionMatch size =
        QRegularExpression(QStringLiteral("^Page size:\\s+([\\d.]+) x ([\\d.]+) pts"), QRegularExpression::MultilineOption)
            .match(info);
    result.pageSize = QSizeF(size.captured(1).toDouble(), size.captured(2).toDouble());
    return result;
}

struct Word
{
    QRectF box;
    QString text;
};

// Every word's box on each page, as pdftotext sees them.
QList<QList<Word>> pdfWords(const QString &path)
{
    const QString html = run(QStringLiteral("pdftotext"), {QStringLiteral("-bbox"), path, QStringLiteral("-")});
    QList<QList<Word>> pages;
    static const QRegularExpression element(QStringLiteral(
        "<page |<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)</word>"));
    for (const QRegularExpressionMatch &match : element.globalMatch(html)) {
        if (match.captured(0).startsWith(QStringLiteral("<page"))) {
            pages.append(QList<Word>());
            continue;
        }
        const QPointF topLeft(match.captured(1).toDouble(), match.captured(2).toDouble());
        const QPointF bottomRight(match.captured(3).toDouble(), match.captured(4).toDouble());
        pages.last().append(Word {QRectF(topLeft, bottomRight), match.captured(5)});
    }
    return pages;
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

bool hasFontFor(QFontDatabase::WritingSystem system)
{
    return !QFontDatabase::families(system).isEmpty();
}

// Tests must see the umask a careless service would have, and leave the process as they found it.
class ScopedUmask
{
public:
    explicit ScopedUmask(mode_t mask)
        : m_previous(::umask(mask))
    {
    }
    ~ScopedUmask() { ::umask(m_previous); }
    ScopedUmask(const ScopedUmask &) = delete;
    ScopedUmask &operator=(const ScopedUmask &) = delete;

private:
    mode_t m_previous;
};

} // namespace

class TestCallbackExport : public QObject
{
    Q_OBJECT

private slots:
    void jsonHoldsExactValues_data()
    {
        QTest::addColumn<CallbackRequest>("request");
        QTest::addColumn<QJsonObject>("json");

        CallbackRequest full = request(QStringLiteral("Zoë 李"));
        full.note = QStringLiteral("Line one\nline \"two\", 😀");
        full.bestTime = BestTimeToCall::Afternoon;
        full.voicemailOk = true;
        full.status = CallbackStatus::NoAnswer;
        full.statusChangedUtc = QDateTime(QDate(2026, 11, 26), QTime(14, 30, 0, 5), Qt::UTC);
        QTest::newRow("every field set, milliseconds kept") << full << QJsonObject {
            {QStringLiteral("id"), QStringLiteral("5f0c7d2e-0000-4000-8000-000000000000")},
            {QStringLiteral("created_utc"), QStringLiteral("2026-11-25T19:03:07.250Z")},
            {QStringLiteral("first_name"), QStringLiteral("Zoë 李")},
            {QStringLiteral("phone_e164"), QStringLiteral("+13015550142")},
            {QStringLiteral("office"), QStringLiteral("waldorf")},
            {QStringLiteral("office_name"), QStringLiteral("Waldorf")},
            {QStringLiteral("best_time"), QStringLiteral("afternoon")},
            {QStringLiteral("topic_slug"), QStringLiteral("botox-for-pain")},
            {QStringLiteral("topic_title"), QStringLiteral("How Botox can relieve pain")},
            {QStringLiteral("language"), QStringLiteral("en")},
            {QStringLiteral("note"), QStringLiteral("Line one\nline \"two\", 😀")},
            {QStringLiteral("voicemail_ok"), true},
            {QStringLiteral("text_ok"), false},
            {QStringLiteral("consent_version"), QStringLiteral("2026-11")},
            {QStringLiteral("consent_utc"), QStringLiteral("2026-11-25T19:03:07.250Z")},
            {QStringLiteral("status"), QStringLiteral("no_answer")},
            {QStringLiteral("status_changed_utc"), QStringLiteral("2026-11-26T14:30:00.005Z")},
        };

        CallbackRequest bare = request(QStringLiteral("=Ann"), 1);
        bare.phoneE164 = QStringLiteral("+442079460018");
        bare.officeId = QStringLiteral("closed-office");
        bare.topicSlug.clear();
        bare.bestTime = BestTimeToCall::AnyTime;
        bare.textOk = true;
        bare.language = QStringLiteral("es");
        QTest::newRow("no topic, unknown office, never changed, nothing neutralised") << bare << QJsonObject {
            {QStringLiteral("id"), QStringLiteral("5f0c7d2e-0000-4000-8000-000000000001")},
            {QStringLiteral("created_utc"), QStringLiteral("2026-11-25T19:04:07.250Z")},
            {QStringLiteral("first_name"), QStringLiteral("=Ann")},
            {QStringLiteral("phone_e164"), QStringLiteral("+442079460018")},
            {QStringLiteral("office"), QStringLiteral("closed-office")},
            {QStringLiteral("office_name"), QStringLiteral("closed-office")},
            {QStringLiteral("best_time"), QStringLiteral("any")},
            {QStringLiteral("topic_slug"), QString()},
            {QStringLiteral("topic_title"), QStringLiteral("Something else")},
            {QStringLiteral("language"), QStringLiteral("es")},
            {QStringLiteral("note"), QString()},
            {QStringLiteral("voicemail_ok"), false},
            {QStringLiteral("text_ok"), true},
            {QStringLiteral("consent_version"), QStringLiteral("2026-11")},
            {QStringLiteral("consent_utc"), QStringLiteral("2026-11-25T19:04:07.250Z")},
            {QStringLiteral("status"), QStringLiteral("new")},
            {QStringLiteral("status_changed_utc"), QJsonValue::Null},
        };
    }

    void jsonHoldsExactValues()
    {
        QFETCH(CallbackRequest, request);
        QFETCH(QJsonObject, json);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("callbacks.json"));
        QCOMPARE(writeCallbackJson(path, {request, request}, context()), std::nullopt);

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        // Written as UTF-8, not as \u escapes, so a person can read the file too.
        QVERIFY(bytes.contains(request.firstName.toUtf8()));

        const QJsonObject top = document.object();
        QCOMPARE(top.keys(), QStringList({QStringLiteral("clinic"), QStringLiteral("generated_utc"),
                                          QStringLiteral("requests"), QStringLiteral("selection")}));
        QCOMPARE(top[u"clinic"].toString(), clinic);
        QCOMPARE(top[u"generated_utc"].toString(), QStringLiteral("2026-11-26T15:00:00.000Z"));
        QCOMPARE(top[u"selection"].toString(), QStringLiteral("New requests, Waldorf, since 2026-11-01"));
        const QJsonArray requests = top[u"requests"].toArray();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests[0].toObject(), json);
        QCOMPARE(requests[1].toObject(), json);
    }

    void pdfListsEveryRequest_data()
    {
        QTest::addColumn<QStringList>("names");
        QTest::addColumn<QString>("needsFontFor");  // empty: the default font has every glyph

        QTest::newRow("one request") << QStringList {QStringLiteral("Maria")} << QString();
        QTest::newRow("no request") << QStringList() << QString();
        QTest::newRow("accented names")
            << QStringList {QStringLiteral("Zoë"),   QStringLiteral("Núñez"),  QStringLiteral("Søren"),
                            QStringLiteral("Łukasz"), QStringLiteral("Amélie"), QStringLiteral("Dvořák"),
                            QStringLiteral("Jürgen"), QStringLiteral("Çağla")}
            << QString();
        QStringList many;
        for (int i = 0; i < 150; ++i)
            many.append(QStringLiteral("Visitor%1").arg(i, 3, 10, QLatin1Char('0')));
        QTest::newRow("enough requests for several pages") << many << QString();
        QTest::newRow("CJK names") << QStringList {QStringLiteral("李小龍"), QStringLiteral("さくら"), QStringLiteral("김민준")}
                                   << QStringLiteral("cjk");
    }

    void pdfListsEveryRequest()
    {
        QFETCH(QStringList, names);
        QFETCH(QString, needsFontFor);
        if (needsFontFor == u"cjk"
            && !(hasFontFor(QFontDatabase::SimplifiedChinese) && hasFontFor(QFontDatabase::Japanese)
                 && hasFontFor(QFontDatabase::Korean)))
            QSKIP("No CJK font is installed here (fonts-noto-cjk would give one)");

        QList<CallbackRequest> requests;
        for (const QString &name : names) {
            CallbackRequest r = request(name, int(requests.size()));
            r.note = QStringLiteral("Note for %1").arg(name);
            requests.append(r);
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("callbacks.pdf"));
        QCOMPARE(writeCallbackPdf(path, requests, context(), QPageSize(QPageSize::A4)), std::nullopt);

        const PdfInfo info = pdfInfo(path);
        QVERIFY(info.pages >= 1);
        const QString text = pdfText(path);
        QVERIFY(text.contains(clinic));
        QVERIFY(text.contains(QStringLiteral("Call-back requests: New requests, Waldorf, since 2026-11-01")));
        QVERIFY(text.contains(QStringLiteral("Generated 2026-11-26 10:00")));
        for (int page = 1; page <= info.pages; ++page)
            QVERIFY2(text.contains(QStringLiteral("page %1 of %2").arg(page).arg(info.pages)), qPrintable(text));
        QCOMPARE(text.count(clinic), info.pages);
        for (const QString &name : names) {
            QVERIFY2(text.contains(name), qPrintable(name));
            QVERIFY2(text.contains(QStringLiteral("Note for %1").arg(name)), qPrintable(name));
        }
        if (names.isEmpty())
            QVERIFY(text.contains(QStringLiteral("No call-back requests match this selection.")));
        if (names.size() > 100)
            QVERIFY(info.pages > 1);
    }

    void pdfNothingOverlaps_data()
    {
        QTest::addColumn<QPageSize>("pageSize");
        QTest::newRow("A4") << QPageSize(QPageSize::A4);
        QTest::newRow("Letter") << QPageSize(QPageSize::Letter);
    }

    void pdfNothingOverlaps()
    {
        QFETCH(QPageSize, pageSize);
        // The widest text each field allows: names and offices too long for their column, notes of
        // 280 characters that must wrap, a date and a foreign number in full.
        ExportContext wide = context();
        wide.officeNames.insert(QStringLiteral("waldorf"), QStringLiteral("Waldorf Professional Building, Suite 200"));
        wide.topicTitles.insert(QStringLiteral("botox-for-pain"),
                                QStringLiteral("How Botox can relieve chronic migraine and neck pain"));
        QList<CallbackRequest> requests;
        for (int i = 0; i < 60; ++i) {
            CallbackRequest r = request(QString(40, QChar(u'W' + i % 2)), i);
            r.phoneE164 = i % 2 ? QStringLiteral("+442079460018") : QStringLiteral("+13015550142");
            r.status = CallbackStatus::NoAnswer;
            if (i % 3 == 0)
                r.note = QString(QStringLiteral("Please call after work, ask for me not my husband. ")).repeated(6).left(280);
            else if (i % 3 == 1)
                r.note = QString(280, u'M');
            requests.append(r);
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("callbacks.pdf"));
        QCOMPARE(writeCallbackPdf(path, requests, wide, pageSize), std::nullopt);

        const QList<QList<Word>> pages = pdfWords(path);
        QVERIFY(pages.size() > 1);
        int words = 0;
        for (const QList<Word> &page : pages) {
            for (qsizetype a = 0; a < page.size(); ++a) {
                ++words;
                // A hundredth of a point: pdftotext's rounding, not an overlap anyone could see.
                const QRectF box = page[a].box.adjusted(0.01, 0.01, -0.01, -0.01);
                for (qsizetype b = a + 1; b < page.size(); ++b) {
                    QVERIFY2(!box.intersects(page[b].box),
                             qPrintable(QStringLiteral("'%1' overlaps '%2'").arg(page[a].text, page[b].text)));
                }
                QVERIFY(page[a].box.right() <= pageSize.size(QPageSize::Point).width());
            }
        }
        QVERIFY(words > 60 * 7);
        const QString text = pdfText(path);
        QVERIFY(text.contains(QStringLiteral("…")));
        QVERIFY(text.contains(QStringLiteral("Please call after work")));
    }

    void pdfPageSize_data()
    {
        QTest::addColumn<QPageSize>("pageSize");
        QTest::addColumn<QSizeF>("points");
        QTest::newRow("A4") << QPageSize(QPageSize::A4) << QSizeF(595.28, 841.89);
        QTest::newRow("Letter") << QPageSize(QPageSize::Letter) << QSizeF(612, 792);
    }

    void pdfPageSize()
    {
        QFETCH(QPageSize, pageSize);
        QFETCH(QSizeF, points);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("callbacks.pdf"));
        QCOMPARE(writeCallbackPdf(path, {request(QStringLiteral("Maria"))}, context(), pageSize), std::nullopt);
        const PdfInfo info = pdfInfo(path);
        QVERIFY2(qAbs(info.pageSize.width() - points.width()) < 0.5, qPrintable(QString::number(info.pageSize.width())));
        QVERIFY2(qAbs(info.pageSize.height() - points.height()) < 0.5, qPrintable(QString::number(info.pageSize.height())));
    }

    void defaultPageSize_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QPageSize::PageSizeId>("paper");
        QTest::newRow("United States: Letter") << QStringLiteral("US") << QPageSize::Letter;
        QTest::newRow("lower case region") << QStringLiteral("us") << QPageSize::Letter;
        QTest::newRow("Canada: Letter") << QStringLiteral("CA") << QPageSize::Letter;
        QTest::newRow("United Kingdom: A4") << QStringLiteral("GB") << QPageSize::A4;
        QTest::newRow("Germany: A4") << QStringLiteral("DE") << QPageSize::A4;
        QTest::newRow("no region: A4") << QString() << QPageSize::A4;
    }

    void defaultPageSize()
    {
        QFETCH(QString, region);
        QFETCH(QPageSize::PageSizeId, paper);
        QCOMPARE(::defaultPageSize(region).id(), paper);
    }

    void printsOnADeviceSetUpByTheCaller()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("landscape.pdf"));
        {
            QPdfWriter writer(path);
            writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10),
                                             QPageLayout::Millimeter));
            QCOMPARE(paintCallbackList(writer, {request(QStringLiteral("Maria"))}, context()), std::nullopt);
        }
        const PdfInfo info = pdfInfo(path);
        QCOMPARE(qRound(info.pageSize.width()), 842);
        QCOMPARE(qRound(info.pageSize.height()), 595);
        QVERIFY(pdfText(path).contains(QStringLiteral("Maria")));
    }

    void refusesAnUnwritableDestination_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("relativePath");
        // Tests may run as root, who may write into any folder; these two fail for root as well.
        for (const char *format : {"csv", "json", "pdf"}) {
            QTest::addRow("%s into a folder that doesn't exist", format)
                << QString::fromLatin1(format) << QStringLiteral("missing/callbacks.%1").arg(QLatin1String(format));
            QTest::addRow("%s into a 'folder' that is a file", format)
                << QString::fromLatin1(format) << QStringLiteral("plain-file/callbacks.%1").arg(QLatin1String(format));
        }
    }

    void refusesAnUnwritableDestination()
    {
        QFETCH(QString, format);
        QFETCH(QString, relativePath);
        QTemporaryDir dir;
        QFile plain(dir.filePath(QStringLiteral("plain-file")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();

        const QString path = dir.filePath(relativePath);
        const std::optional<QString> failure = writeExport(format, path, {request(QStringLiteral("Maria"))});
        QVERIFY(failure);
        QVERIFY2(failure->contains(QDir::toNativeSeparators(path)), qPrintable(*failure));
        QVERIFY(!QFileInfo::exists(path));
        QCOMPARE(filesIn(dir.path()), QStringList({QStringLiteral("plain-file")}));
    }

    void neverWritesThroughASymbolicLink_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("plant");  // what the link at the destination points to
        for (const char *format : {"csv", "json", "pdf"}) {
            QTest::addRow("%s over a link to another file", format) << QString::fromLatin1(format) << QStringLiteral("file");
            QTest::addRow("%s over a link to nowhere yet", format) << QString::fromLatin1(format) << QStringLiteral("nowhere");
            QTest::addRow("%s into a folder that is a link", format) << QString::fromLatin1(format) << QStringLiteral("folder");
        }
    }

    void neverWritesThroughASymbolicLink()
    {
        QFETCH(QString, format);
        QFETCH(QString, plant);
        QTemporaryDir dir;
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("usb")));
        QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("elsewhere")));
        const QString victim = dir.filePath(QStringLiteral("elsewhere/precious.conf"));
        QFile precious(victim);
        QVERIFY(precious.open(QIODevice::WriteOnly));
        precious.write("keep me\n");
        precious.close();

        QString path = dir.filePath(QStringLiteral("usb/callbacks.") + format);
        if (plant == QStringLiteral("file"))
            QVERIFY(QFile::link(victim, path));
        else if (plant == QStringLiteral("nowhere"))
            QVERIFY(QFile::link(dir.filePath(QStringLiteral("elsewhere/made-by-the-kiosk")), path));
        else {
            QVERIFY(QFile::link(dir.filePath(QStringLiteral("elsewhere")), dir.filePath(QStringLiteral("linked"))));
            path = dir.filePath(QStringLiteral("linked/callbacks.") + format);
        }

        const std::optional<QString> failure = writeExport(format, path, {request(QStringLiteral("Maria"))});
        QVERIFY(failure);
        QVERIFY2(failure->contains(QStringLiteral("symbolic link")), qPrintable(*failure));
        QVERIFY2(!failure->contains(u'\n'), "one line");
        QVERIFY(precious.open(QIODevice::ReadOnly));
        QCOMPARE(precious.readAll(), QByteArray("keep me\n"));
        QCOMPARE(filesIn(dir.filePath(QStringLiteral("elsewhere"))), QStringList({QStringLiteral("precious.conf")}));
        if (plant != QStringLiteral("folder"))
            QVERIFY(QFileInfo(path).isSymLink());
    }

    void aFailedWriteLeavesTheOldFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("callbacks.csv"));
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the export of yesterday\r\n");
        old.close();

        const std::optional<QString> failure = writeFileAtomically(path, [](QIODevice &device) -> std::optional<QString> {
            device.write(QByteArray(100'000, 'x'));
            return QStringLiteral("the queue could not be read");
        });
        QCOMPARE(failure, std::optional<QString>(QStringLiteral("Could not write %1: the queue could not be read")
                                                     .arg(QDir::toNativeSeparators(path))));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("the export of yesterday\r\n"));
        QCOMPARE(filesIn(dir.path()), QStringList({QStringLiteral("callbacks.csv")}));
    }

    void aKilledWriterLeavesNoPartialFile_data()
    {
        QTest::addColumn<QByteArray>("oldContent");  // empty: no file before
        QTest::newRow("a new file") << QByteArray();
        QTest::newRow("replacing a file") << QByteArray("the export of yesterday\r\n");
    }

    void aKilledWriterLeavesNoPartialFile()
    {
        QFETCH(QByteArray, oldContent);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("callbacks.csv"));
        if (!oldContent.isEmpty()) {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write(oldContent);
        }

        const pid_t writer = ::fork();
        QVERIFY(writer >= 0);
        if (writer == 0) {
            // The child writes part of the file, then dies as a power cut or the OOM killer would end it.
            const bool failed = writeFileAtomically(path, [](QIODevice &device) -> std::optional<QString> {
                device.write(QByteArray(1'000'000, 'x'));
                device.waitForBytesWritten(-1);
                ::raise(SIGKILL);
                return std::nullopt;
            }).has_value();
            ::_exit(failed ? 1 : 0);
        }
        int status = 0;
        QCOMPARE(::waitpid(writer, &status, 0), writer);
        QVERIFY(WIFSIGNALED(status));
        QCOMPARE(WTERMSIG(status), SIGKILL);

        if (oldContent.isEmpty()) {
            QVERIFY(!QFileInfo::exists(path));
        } else {
            QFile old(path);
            QVERIFY(old.open(QIODevice::ReadOnly));
            QCOMPARE(old.readAll(), oldContent);
        }
    }

    void filesArePrivateToTheOwner_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("oldMode");  // 0: no file before
        for (const char *format : {"csv", "json", "pdf"}) {
            QTest::addRow("new %s file", format) << QString::fromLatin1(format) << 0;
            QTest::addRow("%s replacing a 0644 file", format) << QString::fromLatin1(format) << 0644;
            QTest::addRow("%s replacing a 0666 file", format) << QString::fromLatin1(format) << 0666;
        }
    }

    void filesArePrivateToTheOwner()
    {
        QFETCH(QString, format);
        QFETCH(int, oldMode);
        const ScopedUmask umask(022);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("callbacks.") + format);
        const QByteArray nativePath = QFile::encodeName(path);
        if (oldMode != 0) {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.close();
            QCOMPARE(::chmod(nativePath.constData(), mode_t(oldMode)), 0);
        }

        QCOMPARE(writeExport(format, path, {request(QStringLiteral("Maria"))}), std::nullopt);
        struct stat info {};
        QCOMPARE(::stat(nativePath.constData(), &info), 0);
        QCOMPARE(info.st_mode & 07777, mode_t(0600));
        QVERIFY(info.st_size > 0);
    }
};

QTEST_MAIN(TestCallbackExport)
#include "tst_callbackexport.moc"
