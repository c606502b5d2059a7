// PhoneNumberParser: typed numbers to E.164 or the reason they can't be called, and back to display form.
#include "core/callbacks/phonenumber.h"

#include <QTest>

Q_DECLARE_METATYPE(PhoneProblem)

// Found by QTest through argument-dependent lookup, so a failed QCOMPARE names the problem.
char *toString(PhoneProblem problem)
{
    switch (problem) {
    case PhoneProblem::None:
        return qstrdup("None");
    case PhoneProblem::Empty:
        return qstrdup("Empty");
    case PhoneProblem::NotDigits:
        return qstrdup("NotDigits");
    case PhoneProblem::TooShort:
        return qstrdup("TooShort");
    case PhoneProblem::TooLong:
        return qstrdup("TooLong");
    case PhoneProblem::InvalidCountryCode:
        return qstrdup("InvalidCountryCode");
    case PhoneProblem::NotANumber:
        return qstrdup("NotANumber");
    }
    return qstrdup("?");
}

class TestPhoneNumber : public QObject
{
    Q_OBJECT

private:
    static void accepts(const char *name, const QString &region, const QString &typed, const QString &e164)
    {
        QTest::newRow(name) << region << typed << e164 << PhoneProblem::None;
    }

    static void refuses(const char *name, const QString &typed, PhoneProblem problem)
    {
        QTest::newRow(name) << QStringLiteral("US") << typed << QString() << problem;
    }

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("e164");  // empty: refused
        QTest::addColumn<PhoneProblem>("problem");

        const QString us = QStringLiteral("US");
        const QString local = QStringLiteral("+13015550142");
        accepts("a US number with dashes is read", us, QStringLiteral("301-555-0142"), local);
        accepts("a US number with the area code in brackets is read", us, QStringLiteral("(301) 555-0142"), local);
        accepts("a US number with dots is read", us, QStringLiteral("301.555.0142"), local);
        accepts("a US number of ten bare digits is read", us, QStringLiteral("3015550142"), local);
        accepts("a US number with +1 in front is read", us, QStringLiteral("+1 301 555 0142"), local);
        accepts("a US number with 1 in front is read", us, QStringLiteral("1 301 555 0142"), local);
        accepts("a US number with +1 and brackets is read", us, QStringLiteral("+1 (301) 555-0142"), local);
        accepts("spaces around a number are ignored", us, QStringLiteral("   301-555-0142 \n"), local);
        accepts("a no-break space between the groups is a space", us, QStringLiteral("301\u00a0555\u00a00142"), local);
        accepts("full-width digits are read as digits", us, QStringLiteral("３０１５５５０１４２"), local);
        accepts("Arabic-Indic digits are read as digits", us, QStringLiteral("٣٠١-٥٥٥-٠١٤٢"), local);
        accepts("a lower-case region works too", QStringLiteral("us"), QStringLiteral("301-555-0142"), local);
        // Found by fuzz_phonenumber (tests/data/fuzz/phonenumber): the old long-distance and
        // mobile prefixes gave +52 1 55…, which reads back as +52 55…: one caller, two numbers.
        accepts("a Mexican number with the old 01 1 prefixes is stored as it reads back", QStringLiteral("MX"),
                QStringLiteral("01155 1234 5678"), QStringLiteral("+525512345678"));

        accepts("the fictional 202-555-0100 is accepted", us, QStringLiteral("202-555-0100"),
                QStringLiteral("+12025550100"));
        accepts("the fictional 202-555-0199 is accepted", us, QStringLiteral("202-555-0199"),
                QStringLiteral("+12025550199"));
        accepts("the fictional (212) 555-0123 is accepted", us, QStringLiteral("(212) 555-0123"),
                QStringLiteral("+12125550123"));
        accepts("a toll-free number is accepted", us, QStringLiteral("800-555-0199"), QStringLiteral("+18005550199"));

        accepts("a UK number with +44 is read", us, QStringLiteral("+44 20 7946 0018"),
                QStringLiteral("+442079460018"));
        accepts("a UK number dialled from the US with 011 is read", us, QStringLiteral("011 44 20 7946 0018"),
                QStringLiteral("+442079460018"));
        accepts("a Mexican number with +52 is read", us, QStringLiteral("+52 55 1234 5678"),
                QStringLiteral("+525512345678"));
        accepts("a Canadian number is read on a US kiosk", us, QStringLiteral("+1 416 555 0100"),
                QStringLiteral("+14165550100"));
        accepts("a UK kiosk reads a UK number without +44", QStringLiteral("GB"), QStringLiteral("020 7946 0018"),
                QStringLiteral("+442079460018"));

        refuses("an empty field is empty", QString(), PhoneProblem::Empty);
        refuses("only spaces are empty", QStringLiteral("    "), PhoneProblem::Empty);
        refuses("only signs without a digit are empty", QStringLiteral("( ) - +"), PhoneProblem::Empty);
        refuses("a vanity number with letters is refused", QStringLiteral("301-555-CALL"), PhoneProblem::NotDigits);
        refuses("1-800-FLOWERS is refused, not turned into digits", QStringLiteral("1-800-FLOWERS"),
                PhoneProblem::NotDigits);
        refuses("abc is not digits", QStringLiteral("abc"), PhoneProblem::NotDigits);
        refuses("an extension written ext is refused", QStringLiteral("301-555-0142 ext 12"), PhoneProblem::NotDigits);
        refuses("an extension after a hash is refused", QStringLiteral("301-555-0142#12"), PhoneProblem::NotDigits);
        refuses("a slash is not an allowed sign", QStringLiteral("301/555/0142"), PhoneProblem::NotDigits);
        refuses("a tab inside the number is refused", QStringLiteral("301\t555\t0142"), PhoneProblem::NotDigits);
        refuses("superscript digits are not digits", QStringLiteral("301-555-014²"), PhoneProblem::NotDigits);
        refuses("555-01 is too short", QStringLiteral("555-01"), PhoneProblem::TooShort);
        refuses("seven digits without an area code are too short", QStringLiteral("555-0142"), PhoneProblem::TooShort);
        refuses("fifteen digits are too long for the US", QStringLiteral("301555014299999"), PhoneProblem::TooLong);
        refuses("a UK number with a digit too many is too long", QStringLiteral("+44 20 7946 00180"),
                PhoneProblem::TooLong);
        refuses("+999 is no country's code", QStringLiteral("+999 1234567"), PhoneProblem::InvalidCountryCode);
        refuses("the area code 099 does not exist", QStringLiteral("099-555-0142"), PhoneProblem::NotANumber);
        refuses("a plus in the middle is not a number", QStringLiteral("301+5550142"), PhoneProblem::NotANumber);
    }

    void parse()
    {
        QFETCH(QString, region);
        QFETCH(QString, typed);
        QFETCH(QString, e164);
        QFETCH(PhoneProblem, problem);

        const PhoneParse result = PhoneNumberParser(region).parse(typed);
        QCOMPARE(result.problem, problem);
        if (e164.isEmpty()) {
            QVERIFY2(!result.e164, qPrintable(result.e164.value_or(QString())));
        } else {
            QVERIFY(result.e164);
            QCOMPARE(*result.e164, e164);
        }
    }

    void formatNational_data()
    {
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("e164");
        QTest::addColumn<QString>("shown");

        const QString us = QStringLiteral("US");
        QTest::newRow("a US number on a US kiosk is shown the US way")
            << us << QStringLiteral("+13015550142") << QStringLiteral("(301) 555-0142");
        QTest::newRow("a fictional 555-0100 number is shown like any other")
            << us << QStringLiteral("+12025550100") << QStringLiteral("(202) 555-0100");
        QTest::newRow("a UK number on a US kiosk is shown with +44")
            << us << QStringLiteral("+442079460018") << QStringLiteral("+44 20 7946 0018");
        QTest::newRow("a Mexican number on a US kiosk is shown with +52")
            << us << QStringLiteral("+525512345678") << QStringLiteral("+52 55 1234 5678");
        QTest::newRow("a Canadian number on a US kiosk is another country's, so shown with +1")
            << us << QStringLiteral("+14165550100") << QStringLiteral("+1 416-555-0100");
        QTest::newRow("a UK number on a UK kiosk is shown the UK way")
            << QStringLiteral("GB") << QStringLiteral("+442079460018") << QStringLiteral("020 7946 0018");
        QTest::newRow("a US number on a UK kiosk is shown with +1")
            << QStringLiteral("GB") << QStringLiteral("+13015550142") << QStringLiteral("+1 301-555-0142");
        QTest::newRow("text that is not a number comes back unchanged")
            << us << QStringLiteral("not a number") << QStringLiteral("not a number");
        QTest::newRow("a number without + comes back unchanged")
            << us << QStringLiteral("3015550142") << QStringLiteral("3015550142");
        QTest::newRow("an empty number comes back empty") << us << QString() << QString();
        // Found by fuzz_phonenumber (tests/data/fuzz/phonenumber): Gabon's national form
        // "07 46 90 01" reads back as another number, so staff see the international one.
        QTest::newRow("a number whose national form reads back wrong is shown with its +")
            << QStringLiteral("GA") << QStringLiteral("+2417469001") << QStringLiteral("+241 7 46 90 01");
    }

    void formatNational()
    {
        QFETCH(QString, region);
        QFETCH(QString, e164);
        QFETCH(QString, shown);

        QCOMPARE(PhoneNumberParser(region).formatNational(e164), shown);
    }

    void shownNumberReadsBackTheSame_data()
    {
        QTest::addColumn<QString>("e164");

        QTest::newRow("a US number reads back") << QStringLiteral("+13015550142");
        QTest::newRow("a fictional 555-0199 number reads back") << QStringLiteral("+12025550199");
        QTest::newRow("a UK number reads back") << QStringLiteral("+442079460018");
        QTest::newRow("a Mexican number reads back") << QStringLiteral("+525512345678");
        // Found by fuzz_phonenumber (tests/data/fuzz/phonenumber): shown as "+421 2/746 900 18",
        // with a slash the form refuses.
        QTest::newRow("a Slovak number reads back") << QStringLiteral("+421274690018");
    }

    void shownNumberReadsBackTheSame()
    {
        QFETCH(QString, e164);

        // Staff may type what the screen showed them; it must be the same number.
        const PhoneNumberParser parser(QStringLiteral("US"));
        const PhoneParse again = parser.parse(parser.formatNational(e164));
        QCOMPARE(again.problem, PhoneProblem::None);
        QCOMPARE(again.e164.value_or(QString()), e164);
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
