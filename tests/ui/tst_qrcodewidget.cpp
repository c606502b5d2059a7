// QrCodeWidget: the code a phone would scan says exactly the address given
// (checked with the real zbarimg decoder).
#include "ui/widgets/qrcodewidget.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

class TestQrCodeWidget : public QObject
{
    Q_OBJECT

private slots:
    void decodesToTheSameText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("short address") << QStringLiteral("https://example.com/book");
        QTest::newRow("address with a query")
            << QStringLiteral("https://example.com/appointments/new?office=waldorf&topic=botox-for-pain&lang=en");
        // The kiosk hands over addresses percent-encoded (QUrl::FullyEncoded), as
        // phones expect: raw UTF-8 in a QR code without an ECI marker is read
        // as Shift-JIS by some decoders.
        QTest::newRow("accents, percent-encoded")
            << QUrl(QStringLiteral("https://example.com/citas?lugar=Germantown&niño=1")).toString(QUrl::FullyEncoded);
    }

    void decodesToTheSameText()
    {
        QFETCH(QString, text);
        const QString zbarimg = QStandardPaths::findExecutable(QStringLiteral("zbarimg"));
        if (zbarimg.isEmpty())
            QSKIP("zbarimg is not installed (Debian package zbar-tools, in the project's test packages)");
        QrCodeWidget code;
        code.setText(text);
        QVERIFY(code.isValid());
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("code.png"));
        QVERIFY(code.toImage(8).save(file));
        QProcess decoder;
        decoder.start(zbarimg, {QStringLiteral("--quiet"), QStringLiteral("--raw"), file});
        QVERIFY(decoder.waitForFinished(30000));
        QCOMPARE(decoder.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(decoder.readAllStandardOutput()).trimmed(), text);
    }

    void emptyTextShowsNothing()
    {
        QrCodeWidget code;
        code.setText(QString());
        QVERIFY(!code.isValid());
        QCOMPARE(code.moduleCount(), 0);
        QVERIFY(code.toImage(4).isNull());
    }

    void paintsACodeWithAQuietZone()
    {
        QrCodeWidget code;
        code.setText(QStringLiteral("https://example.com/book"));
        code.resize(300, 300);
        const QImage image = code.grab().toImage();
        const int moduleSize = 300 / (code.moduleCount() + 8);
        const int margin = (300 - (code.moduleCount() + 8) * moduleSize) / 2;
        const int codeStart = margin + 4 * moduleSize;
        QCOMPARE(QColor(image.pixel(margin + 1, margin + 1)), QColor(Qt::white));     // quiet zone
        QCOMPARE(QColor(image.pixel(codeStart + 1, codeStart + 1)), QColor(Qt::black));  // finder pattern corner
        QVERIFY(code.accessibleName().contains(QStringLiteral("https://example.com/book")));
    }
};

QTEST_MAIN(TestQrCodeWidget)
#include "tst_qrcodewidget.moc"
