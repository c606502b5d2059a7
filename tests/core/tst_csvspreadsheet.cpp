// The call-back CSV as a spreadsheet opens it: LibreOffice Calc, headless,
// reading the file with ',' and with ';' as the separator (the default of
// Excel in much of Europe and Latin America). Hostile first names and notes
// must come out as the same text in one cell each, and no cell a formula.
#include "support/samplerequest.h"
#include "core/export/csvexport.h"
#include "core/export/exportcontext.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

// Each hostile first name and what staff see of it: an apostrophe before a
// formula sign that starts the cell or follows a separator or line break.
const QList<QPair<QString, QString>> hostileNames = {
    {QStringLiteral("Ann;=1+1"), QStringLiteral("Ann;'=1+1")},
    {QStringLiteral("Bob;+1+1"), QStringLiteral("Bob;'+1+1")},
    {QStringLiteral("Cy;-1+1"), QStringLiteral("Cy;'-1+1")},
    {QStringLiteral("Di;@SUM(1;1)"), QStringLiteral("Di;'@SUM(1;1)")},
    {QStringLiteral("=1+1"), QStringLiteral("'=1+1")},
    {QStringLiteral("+1+1"), QStringLiteral("'+1+1")},
    {QStringLiteral("-1+1"), QStringLiteral("'-1+1")},
    {QStringLiteral("@SUM(1,1)"), QStringLiteral("'@SUM(1,1)")},
    {QStringLiteral("Ed,=1+1"), QStringLiteral("Ed,'=1+1")},
    {QStringLiteral("Flo\t=1+1"), QStringLiteral("Flo\t'=1+1")},
    {QStringLiteral("Gus|=1+1"), QStringLiteral("Gus|'=1+1")},
    {QStringLiteral("Hal;=HYPERLINK(\"x\";\"y\")"), QStringLiteral("Hal;'=HYPERLINK(\"x\";\"y\")")},
    {QStringLiteral("Ivy; =1+1"), QStringLiteral("Ivy; '=1+1")},
    {QStringLiteral("Jo;=2*3;=4*5"), QStringLiteral("Jo;'=2*3;'=4*5")},
    {QStringLiteral("Kay\";=1+1"), QStringLiteral("Kay\";'=1+1")},
    {QStringLiteral("Lee;\n=1+1"), QStringLiteral("Lee;\n'=1+1")},
    {QStringLiteral("Mo;'=1+1"), QStringLiteral("Mo;'=1+1")},
};

struct Sheet
{
    QStringList cells;  // the text of every cell, as shown
    int formulas = 0;   // cells Calc made a formula
};

// Calc's flat XML: a cell is <table:table-cell>, a formula cell has a
// table:formula attribute, its text is in <text:p> with <text:s/> for runs
// of spaces, <text:tab/> and <text:line-break/>.
Sheet readFlatOds(const QString &path)
{
    Sheet sheet;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return sheet;
    QXmlStreamReader xml(&file);
    QString cell;
    int paragraphs = 0;
    bool inCell = false;
    bool inParagraph = false;  // the file is indented: only text inside <text:p> is the cell's
    while (!xml.atEnd()) {
        xml.readNext();
        const QStringView name = xml.qualifiedName();
        if (xml.isStartElement()) {
            if (name == u"table:table-cell") {
                inCell = true;
                cell.clear();
                paragraphs = 0;
                if (xml.attributes().hasAttribute(QStringLiteral("table:formula")))
                    ++sheet.formulas;
            } else if (inCell && name == u"text:p") {
                inParagraph = true;
                if (paragraphs++ > 0)
                    cell += u'\n';
            } else if (inCell && name == u"text:s") {
                const int count = xml.attributes().value(QStringLiteral("text:c")).toInt();
                cell += QString(qMax(1, count), u' ');
            } else if (inCell && name == u"text:tab") {
                cell += u'\t';
            } else if (inCell && name == u"text:line-break") {
                cell += u'\n';
            }
        } else if (xml.isCharacters() && inParagraph) {
            cell += xml.text();
        } else if (xml.isEndElement() && name == u"text:p") {
            inParagraph = false;
        } else if (xml.isEndElement() && name == u"table:table-cell") {
            inCell = false;
            if (!cell.isEmpty())
                sheet.cells.append(cell);
        }
    }
    return sheet;
}

} // namespace

class TestCsvSpreadsheet : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
        QVERIFY2(!m_soffice.isEmpty(), "soffice is missing: packaging/dev.sh test installs libreoffice-calc-nogui");
        QVERIFY(m_dir.isValid());
        QList<CallbackRequest> requests;
        for (qsizetype i = 0; i < hostileNames.size(); ++i) {
            CallbackRequest request = sampleRequest(int(i));
            request.firstName = hostileNames.at(i).first;
            request.note = QStringLiteral("note ") + hostileNames.at(i).first;
            requests.append(request);
        }
        QCOMPARE(writeCallbackCsv(m_dir.filePath(QStringLiteral("callbacks.csv")), requests, ExportContext()),
                 std::nullopt);
    }

    void calcFindsNoFormulaAndEveryNameIntact_data()
    {
        QTest::addColumn<int>("separator");
        QTest::newRow("comma") << int(',');
        QTest::newRow("semicolon") << int(';');
    }

    void calcFindsNoFormulaAndEveryNameIntact()
    {
        QFETCH(int, separator);
        const QString outDir = m_dir.filePath(QString::number(separator));
        QVERIFY(QDir().mkpath(outDir));
        QProcess calc;
        // A profile of its own: no first-start dialogs, no lock on a shared one.
        calc.start(m_soffice, {QStringLiteral("-env:UserInstallation=file://") + m_dir.filePath(QStringLiteral("profile")),
                               QStringLiteral("--headless"), QStringLiteral("--norestore"),
                               // separator, text delimiter ", UTF-8, from line 1
                               QStringLiteral("--infilter=CSV:%1,34,76,1").arg(separator),
                               QStringLiteral("--convert-to"), QStringLiteral("fods"), QStringLiteral("--outdir"), outDir,
                               m_dir.filePath(QStringLiteral("callbacks.csv"))});
        QVERIFY2(calc.waitForFinished(180000), "LibreOffice did not finish in 3 minutes");
        QVERIFY2(calc.exitCode() == 0, calc.readAllStandardError().constData());
        const Sheet sheet = readFlatOds(outDir + QStringLiteral("/callbacks.fods"));
        QVERIFY2(sheet.cells.size() > hostileNames.size(), "the sheet was read");

        QCOMPARE(sheet.formulas, 0);
        // With our own separator every name is one cell; with another, the
        // pieces of a name (split at the separators and line breaks inside
        // it) hold all of its text in order, and none is a formula.
        const auto withoutSplits = [separator](QString text) {
            return text.remove(u'"').remove(QChar(separator)).remove(u'\n').remove(u'\r');
        };
        const QString everyCell = withoutSplits(sheet.cells.join(QString()));
        for (const auto &[name, shown] : hostileNames) {
            const bool found = separator == ',' ? sheet.cells.contains(shown) : everyCell.contains(withoutSplits(shown));
            QVERIFY2(found, qPrintable(QStringLiteral("no cell holds %1").arg(shown)));
        }
        qInfo("separator '%c': %d formula cells, %lld names intact of %lld", char(separator), sheet.formulas,
              qlonglong(hostileNames.size()), qlonglong(hostileNames.size()));
    }

private:
    QString m_soffice;
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestCsvSpreadsheet)
#include "tst_csvspreadsheet.moc"
