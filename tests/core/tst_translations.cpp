// The screens in Spanish: lupdate run afresh over the sources finds no
// string that the Spanish translation lacks or leaves unfinished, every
// translation keeps its placeholders, and switching the language installs
// and removes the translations as the window does.
#include "core/i18n/uitranslations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations;  // one, or one per plural form
    bool finished = true;
};

QList<Message> readTs(const QString &path)
{
    QList<Message> messages;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == u"message")
                messages.append(message);
            continue;
        }
        if (xml.name() == u"name") {
            context = xml.readElementText();
        } else if (xml.name() == u"message") {
            message = Message{context, {}, {}, true};
        } else if (xml.name() == u"source") {
            message.source = xml.readElementText();
        } else if (xml.name() == u"translation") {
            const QStringView type = xml.attributes().value(QStringLiteral("type"));
            message.finished = type.isEmpty();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (message.translations.isEmpty() && !text.trimmed().isEmpty())
                message.translations.append(text);
        } else if (xml.name() == u"numerusform") {
            message.translations.append(xml.readElementText());
        }
    }
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%L?[0-9n]"));
    QStringList found;
    for (auto match = marker.globalMatch(text); match.hasNext();)
        found.append(match.next().captured().remove(u'L'));
    found.removeDuplicates();
    found.sort();
    return found;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyScreenStringIsTranslated()
    {
        QTemporaryDir dir;
        const QString ts = dir.filePath(QStringLiteral("carekiosk_es.ts"));
        QVERIFY(QFile::copy(QStringLiteral(CAREKIOSK_TS_FILE), ts));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(CAREKIOSK_SOURCE_DIR));
        lupdate.start(QStringLiteral(CAREKIOSK_LUPDATE),
                      {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("@" CAREKIOSK_TRANSLATED_SOURCES_LIST), QStringLiteral("-ts"), ts});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);

        const QList<Message> messages = readTs(ts);
        QVERIFY2(messages.size() > 200, qPrintable(QString::number(messages.size())));
        QStringList missing;
        for (const Message &message : messages) {
            if (!message.finished || message.translations.isEmpty())
                missing.append(QStringLiteral("%1: \"%2\"").arg(message.context, message.source));
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 untranslated (run the update_translations target, "
                                                              "then translate them in %2):\n  %3")
                                                   .arg(missing.size())
                                                   .arg(QStringLiteral(CAREKIOSK_TS_FILE), missing.mid(0, 20).join(
                                                                                                QStringLiteral("\n  ")))));
        qInfo("%lld strings, 0 untranslated or unfinished", qlonglong(messages.size()));
    }

    void translationsKeepTheirPlaceholders()
    {
        for (const Message &message : readTs(QStringLiteral(CAREKIOSK_TS_FILE))) {
            for (const QString &translation : message.translations)
                QVERIFY2(placeholders(translation) == placeholders(message.source),
                         qPrintable(QStringLiteral("%1: \"%2\" → \"%3\"").arg(message.context, message.source, translation)));
        }
    }

    void switchingInstallsAndRemovesTheTranslation()
    {
        QVERIFY(UiTranslations::available().contains(QStringLiteral("es")));
        UiTranslations translations;
        translations.use(QStringLiteral("es"));
        QCOMPARE(QCoreApplication::translate("TopBar", "Home"), QStringLiteral("Inicio"));
        QCOMPARE(QLocale().toString(QDate(2026, 10, 14), QLocale::LongFormat),
                 QStringLiteral("miércoles, 14 de octubre de 2026"));
        translations.use(QStringLiteral("en"));
        QCOMPARE(QCoreApplication::translate("TopBar", "Home"), QStringLiteral("Home"));
        translations.use(QStringLiteral("fr"));  // none: the source language shows
        QCOMPARE(QCoreApplication::translate("TopBar", "Home"), QStringLiteral("Home"));
    }

    void offeredLanguagesFollowTheConfiguration_data()
    {
        QTest::addColumn<QStringList>("configured");
        QTest::addColumn<QStringList>("offered");
        const QStringList withArticles = {QStringLiteral("en"), QStringLiteral("es")};
        QTest::newRow("none configured: all with articles") << QStringList() << withArticles;
        QTest::newRow("in the configured order") << QStringList{QStringLiteral("es"), QStringLiteral("en")}
                                                 << QStringList{QStringLiteral("es"), QStringLiteral("en")};
        QTest::newRow("a language with no articles is left out")
            << QStringList{QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("es")} << withArticles;
        QTest::newRow("only English") << QStringList{QStringLiteral("en")} << QStringList{QStringLiteral("en")};
        QTest::newRow("nothing usable: all with articles") << QStringList{QStringLiteral("fr")} << withArticles;
    }

    void offeredLanguagesFollowTheConfiguration()
    {
        QFETCH(QStringList, configured);
        QFETCH(QStringList, offered);
        QCOMPARE(offeredLanguages(configured, {QStringLiteral("en"), QStringLiteral("es")}), offered);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
