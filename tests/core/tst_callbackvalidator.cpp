// CallbackValidator: each rule of the call-back form, the message it gives, and the request it makes.
#include "core/callbacks/callbackvalidator.h"

#include <QSet>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

Q_DECLARE_METATYPE(CallbackDraft)
Q_DECLARE_METATYPE(BestTimeToCall)

namespace {

const QString noProblem;
const QString askName = QStringLiteral("Please type your first name.");
const QString nameHidden = QStringLiteral("There is a hidden character in your first name. Please type it again.");
const QString nameLetters = QStringLiteral("Please type your first name using letters.");
const QString nameLong = QStringLiteral("Your first name is too long. Please use 40 characters or fewer.");
const QString askPhone = QStringLiteral("Please type your phone number.");
const QString phoneDigits = QStringLiteral("Please use only numbers in your phone number.");
const QString phoneShort =
    QStringLiteral("That phone number looks too short. Please check it and include the area code.");
const QString phoneLong = QStringLiteral("That phone number looks too long. Please check it.");
const QString phoneCountry = QStringLiteral("The country code after the + doesn't look right. Please check it.");
const QString phoneNotNumber = QStringLiteral("That doesn't look like a phone number we can call. Please check it.");
const QString askOffice = QStringLiteral("Please choose an office.");
const QString askTopic = QStringLiteral("Please choose a topic from the list.");
const QString noteHidden = QStringLiteral("There is a hidden character in your note. Please type it again.");
const QString noteLong = QStringLiteral("Your note is too long. Please use 280 characters or fewer.");
const QString askConsent = QStringLiteral("Please tick the box to say we may store your request.");

const QStringList offices = {QStringLiteral("downtown"), QStringLiteral("northside")};
const QStringList topics = {QStringLiteral("knee-pain"), QStringLiteral("low-back-pain")};
const QString consentVersion = QStringLiteral("2026-01");

CallbackValidator validator(const QStringList &officeIds = offices)
{
    return CallbackValidator(officeIds, topics, QStringLiteral("US"), consentVersion);
}

const QDateTime now = QDateTime(QDate(2026, 3, 14), QTime(15, 9, 26), Qt::UTC);

CallbackDraft goodDraft()
{
    CallbackDraft draft;
    draft.firstName = QStringLiteral("Maria");
    draft.phone = QStringLiteral("(301) 555-0142");
    draft.officeId = QStringLiteral("northside");
    draft.topicSlug = QStringLiteral("knee-pain");
    draft.language = QStringLiteral("es");
    draft.note = QStringLiteral("Best after 5 pm.");
    draft.bestTime = BestTimeToCall::Afternoon;
    draft.voicemailOk = true;
    draft.textOk = false;
    draft.consentGiven = true;
    return draft;
}

QString fieldName(CallbackField field)
{
    switch (field) {
    case CallbackField::FirstName:
        return QStringLiteral("first name");
    case CallbackField::Phone:
        return QStringLiteral("phone");
    case CallbackField::Office:
        return QStringLiteral("office");
    case CallbackField::Topic:
        return QStringLiteral("topic");
    case CallbackField::Note:
        return QStringLiteral("note");
    case CallbackField::Consent:
        return QStringLiteral("consent");
    }
    return QStringLiteral("?");
}

// "phone: Please type your phone number.", so a failed comparison shows field and text.
QStringList described(const QList<FieldProblem> &problems)
{
    QStringList result;
    for (const FieldProblem &problem : problems)
        result.append(fieldName(problem.field) + QStringLiteral(": ") + problem.message);
    return result;
}

QStringList expected(CallbackField field, const QString &message)
{
    if (message.isEmpty())
        return {};
    return {fieldName(field) + QStringLiteral(": ") + message};
}

QString withChar(const QString &before, char16_t c, const QString &after)
{
    return before + QChar(c) + after;
}

} // namespace

class TestCallbackValidator : public QObject
{
    Q_OBJECT

private:
    // Runs one field through validate(), with every other field good, and checks the outcome.
    static void checkField(CallbackField field, const CallbackDraft &draft, const QString &message,
                           const QString &stored, const CallbackValidator &validator = ::validator())
    {
        const CallbackValidation result = validator.validate(draft, now);
        QCOMPARE(described(result.problems), expected(field, message));
        QCOMPARE(result.request.has_value(), message.isEmpty());
        if (!result.request)
            return;
        switch (field) {
        case CallbackField::FirstName:
            QCOMPARE(result.request->firstName, stored);
            break;
        case CallbackField::Phone:
            QCOMPARE(result.request->phoneE164, stored);
            break;
        case CallbackField::Office:
            QCOMPARE(result.request->officeId, stored);
            break;
        case CallbackField::Topic:
            QCOMPARE(result.request->topicSlug, stored);
            break;
        case CallbackField::Note:
            QCOMPARE(result.request->note, stored);
            break;
        case CallbackField::Consent:
            break;
        }
    }

private slots:
    void firstName_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("message");

        const auto keeps = [](const char *name, const QString &typed) {
            QTest::newRow(name) << typed << typed << noProblem;
        };
        keeps("José keeps his accent", QStringLiteral("José"));
        keeps("Zoë keeps her diaeresis", QStringLiteral("Zoë"));
        keeps("Nguyễn keeps both accents", QStringLiteral("Nguyễn"));
        keeps("O'Brien keeps the apostrophe", QStringLiteral("O'Brien"));
        keeps("O’Brien keeps a curly apostrophe", QStringLiteral("O’Brien"));
        keeps("Anne-Marie keeps the hyphen", QStringLiteral("Anne-Marie"));
        keeps("a Japanese name is fine", QStringLiteral("美咲"));
        keeps("a Chinese name is fine", QStringLiteral("王小明"));
        keeps("an Arabic name is fine", QStringLiteral("أحمد"));
        keeps("Sam with a smiley is fine", QStringLiteral("Sam 🙂"));
        keeps("an emoji joined with ZWJ survives whole", QStringLiteral("Ana 👩‍👩‍👧"));
        keeps("a heart with its variation selector survives whole", QStringLiteral("Jo ❤️"));
        keeps("a thumbs-up with a skin tone survives whole", QStringLiteral("Kim 👍🏽"));
        keeps("forty letters just fit", QStringLiteral("a").repeated(40));
        keeps("a letter and 39 emoji fit, counted as 40 characters",
              QStringLiteral("A") + QStringLiteral("🙂").repeated(39));

        QTest::newRow("spaces around the name are dropped")
            << QStringLiteral("  Maria  ") << QStringLiteral("Maria") << noProblem;
        QTest::newRow("runs of spaces inside become one space")
            << QStringLiteral("Mary    Ann") << QStringLiteral("Mary Ann") << noProblem;
        QTest::newRow("a decomposed Nguyễn is stored composed")
            << QStringLiteral("Nguye\u0302\u0303n") << QStringLiteral("Nguy\u1ec5n") << noProblem;

        QTest::newRow("an empty name is asked for") << QString() << QString() << askName;
        QTest::newRow("a name of only spaces is asked for") << QStringLiteral("     ") << QString() << askName;
        QTest::newRow("a name of only a tab is asked for") << QStringLiteral("\t") << QString() << askName;
        QTest::newRow("a name of only digits needs letters") << QStringLiteral("12345") << QString() << nameLetters;
        QTest::newRow("a name of only punctuation needs letters")
            << QStringLiteral("-.'!") << QString() << nameLetters;
        QTest::newRow("a name of only emoji needs letters")
            << QStringLiteral("🙂🙂") << QString() << nameLetters;
        QTest::newRow("forty-one letters are too long")
            << QStringLiteral("a").repeated(41) << QString() << nameLong;
        QTest::newRow("a letter and forty emoji are too long")
            << QStringLiteral("A") + QStringLiteral("🙂").repeated(40) << QString() << nameLong;
        QTest::newRow("a NUL inside the name is refused")
            << withChar(QStringLiteral("Sa"), u'\0', QStringLiteral("m")) << QString() << nameHidden;
        QTest::newRow("a tab inside the name is refused")
            << QStringLiteral("Sam\tLee") << QString() << nameHidden;
        QTest::newRow("a newline inside the name is refused")
            << QStringLiteral("Sam\nLee") << QString() << nameHidden;
        QTest::newRow("a carriage return after the name is refused")
            << QStringLiteral("Sam\r") << QString() << nameHidden;
        QTest::newRow("a right-to-left override is refused")
            << withChar(QStringLiteral("Sam"), u'\u202e', QStringLiteral("eel")) << QString() << nameHidden;
        QTest::newRow("a left-to-right isolate is refused")
            << withChar(QString(), u'\u2066', QStringLiteral("Sam")) << QString() << nameHidden;
        QTest::newRow("a right-to-left mark is refused")
            << withChar(QStringLiteral("Sam"), u'\u200f', QString()) << QString() << nameHidden;
        QTest::newRow("an Arabic letter mark is refused")
            << withChar(QString(), u'\u061c', QStringLiteral("Sam")) << QString() << nameHidden;
        QTest::newRow("half an emoji is refused")
            << withChar(QStringLiteral("Sam"), u'\xd83d', QString()) << QString() << nameHidden;
    }

    void firstName()
    {
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        QFETCH(QString, message);

        CallbackDraft draft = goodDraft();
        draft.firstName = typed;
        checkField(CallbackField::FirstName, draft, message, stored);
    }

    void phone_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("message");

        QTest::newRow("a local number is stored as E.164")
            << QStringLiteral("301.555.0142") << QStringLiteral("+13015550142") << noProblem;
        QTest::newRow("a fictional 555-0100 number is accepted")
            << QStringLiteral("202-555-0100") << QStringLiteral("+12025550100") << noProblem;
        QTest::newRow("a UK number is stored as E.164")
            << QStringLiteral("+44 20 7946 0018") << QStringLiteral("+442079460018") << noProblem;
        QTest::newRow("an empty phone is asked for") << QString() << QString() << askPhone;
        QTest::newRow("letters in the phone are refused") << QStringLiteral("301-555-CALL") << QString() << phoneDigits;
        QTest::newRow("a short phone is too short") << QStringLiteral("555-01") << QString() << phoneShort;
        QTest::newRow("a long phone is too long") << QStringLiteral("301555014299999") << QString() << phoneLong;
        QTest::newRow("an unknown country code is refused")
            << QStringLiteral("+999 1234567") << QString() << phoneCountry;
        QTest::newRow("a non-existent area code is not a number")
            << QStringLiteral("099-555-0142") << QString() << phoneNotNumber;
    }

    void phone()
    {
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        QFETCH(QString, message);

        CallbackDraft draft = goodDraft();
        draft.phone = typed;
        checkField(CallbackField::Phone, draft, message, stored);
    }

    void eachPhoneProblemHasItsOwnMessage()
    {
        const QList<PhoneProblem> problems = {PhoneProblem::Empty,    PhoneProblem::NotDigits,
                                              PhoneProblem::TooShort, PhoneProblem::TooLong,
                                              PhoneProblem::InvalidCountryCode, PhoneProblem::NotANumber};
        QSet<QString> messages;
        for (const PhoneProblem problem : problems) {
            const QString message = CallbackValidator::message(problem);
            QVERIFY(!message.isEmpty());
            messages.insert(message);
        }
        QCOMPARE(messages.size(), problems.size());
        QVERIFY(CallbackValidator::message(PhoneProblem::None).isEmpty());
    }

    void office_data()
    {
        QTest::addColumn<QStringList>("configured");
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("message");

        QTest::newRow("a configured office is accepted")
            << offices << QStringLiteral("downtown") << QStringLiteral("downtown") << noProblem;
        QTest::newRow("an unknown office is refused") << offices << QStringLiteral("uptown") << QString() << askOffice;
        QTest::newRow("an office id in other letter case is unknown")
            << offices << QStringLiteral("Downtown") << QString() << askOffice;
        QTest::newRow("no office chosen is refused when there are offices")
            << offices << QString() << QString() << askOffice;
        QTest::newRow("no office is fine when none are configured")
            << QStringList() << QString() << QString() << noProblem;
        QTest::newRow("an office id is refused when none are configured")
            << QStringList() << QStringLiteral("downtown") << QString() << askOffice;
    }

    void office()
    {
        QFETCH(QStringList, configured);
        QFETCH(QString, chosen);
        QFETCH(QString, stored);
        QFETCH(QString, message);

        CallbackDraft draft = goodDraft();
        draft.officeId = chosen;
        checkField(CallbackField::Office, draft, message, stored, validator(configured));
    }

    void topic_data()
    {
        QTest::addColumn<QString>("chosen");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("message");

        QTest::newRow("a known topic is accepted")
            << QStringLiteral("low-back-pain") << QStringLiteral("low-back-pain") << noProblem;
        QTest::newRow("something else, an empty topic, is accepted") << QString() << QString() << noProblem;
        QTest::newRow("an unknown topic is refused") << QStringLiteral("sore-elbow") << QString() << askTopic;
        QTest::newRow("a topic in other letter case is unknown")
            << QStringLiteral("Knee-Pain") << QString() << askTopic;
    }

    void topic()
    {
        QFETCH(QString, chosen);
        QFETCH(QString, stored);
        QFETCH(QString, message);

        CallbackDraft draft = goodDraft();
        draft.topicSlug = chosen;
        checkField(CallbackField::Topic, draft, message, stored);
    }

    void note_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("message");

        const QString a280 = QStringLiteral("a").repeated(280);
        QTest::newRow("no note is fine") << QString() << QString() << noProblem;
        QTest::newRow("spaces and line breaks around the note are dropped")
            << QStringLiteral("\n  Call after 5 pm.  \n") << QStringLiteral("Call after 5 pm.") << noProblem;
        QTest::newRow("a note of 280 characters fits") << a280 << a280 << noProblem;
        QTest::newRow("a note of 281 characters is too long") << a280 + u'a' << QString() << noteLong;
        QTest::newRow("a note of 280 emoji fits, each counted once")
            << QStringLiteral("🙂").repeated(280) << QStringLiteral("🙂").repeated(280) << noProblem;
        QTest::newRow("a note of 281 emoji is too long")
            << QStringLiteral("🙂").repeated(281) << QString() << noteLong;
        QTest::newRow("line feeds are kept")
            << QStringLiteral("Line one\nLine two") << QStringLiteral("Line one\nLine two") << noProblem;
        QTest::newRow("CRLF becomes a line feed")
            << QStringLiteral("Line one\r\nLine two\r\n\r\nLine four")
            << QStringLiteral("Line one\nLine two\n\nLine four") << noProblem;
        QTest::newRow("a lone CR becomes a line feed")
            << QStringLiteral("Line one\rLine two") << QStringLiteral("Line one\nLine two") << noProblem;
        QTest::newRow("a CRLF counts as one character towards the limit")
            << QStringLiteral("a").repeated(140) + QStringLiteral("\r\n") + QStringLiteral("a").repeated(139)
            << QStringLiteral("a").repeated(140) + u'\n' + QStringLiteral("a").repeated(139) << noProblem;
        QTest::newRow("a NUL in the note is refused")
            << withChar(QStringLiteral("Call"), u'\0', QStringLiteral(" me")) << QString() << noteHidden;
        QTest::newRow("a tab in the note is refused") << QStringLiteral("Call\tme") << QString() << noteHidden;
        QTest::newRow("a right-to-left override in the note is refused")
            << withChar(QStringLiteral("Call "), u'\u202e', QStringLiteral("em")) << QString() << noteHidden;
    }

    void note()
    {
        QFETCH(QString, typed);
        QFETCH(QString, stored);
        QFETCH(QString, message);

        CallbackDraft draft = goodDraft();
        draft.note = typed;
        checkField(CallbackField::Note, draft, message, stored);
    }

    void language_data()
    {
        QTest::addColumn<QString>("given");
        QTest::addColumn<QString>("stored");

        QTest::newRow("a language code is stored") << QStringLiteral("es") << QStringLiteral("es");
        QTest::newRow("spaces around the language are dropped") << QStringLiteral(" en ") << QStringLiteral("en");
        QTest::newRow("a language of 64 characters is stored")
            << QStringLiteral("x").repeated(64) << QStringLiteral("x").repeated(64);
        QTest::newRow("a language too long to store is left empty") << QStringLiteral("x").repeated(65) << QString();
        QTest::newRow("a language with a control character is left empty") << QStringLiteral("e\nn") << QString();
    }

    void language()
    {
        QFETCH(QString, given);
        QFETCH(QString, stored);

        CallbackDraft draft = goodDraft();
        draft.language = given;
        // The kiosk sets the language, so it never blocks the visitor's request.
        const CallbackValidation result = validator().validate(draft, now);
        QVERIFY(result.problems.isEmpty());
        QVERIFY(result.request);
        QCOMPARE(result.request->language, stored);
    }

    void consentMustBeGiven()
    {
        CallbackDraft draft = goodDraft();
        draft.consentGiven = false;
        const CallbackValidation result = validator().validate(draft, now);
        QCOMPARE(described(result.problems), expected(CallbackField::Consent, askConsent));
        QVERIFY(!result.request);
    }

    void severalProblems_data()
    {
        QTest::addColumn<CallbackDraft>("draft");
        QTest::addColumn<QStringList>("problems");

        CallbackDraft everything;
        everything.firstName = QStringLiteral("   ");
        everything.phone = QStringLiteral("abc");
        everything.officeId = QStringLiteral("uptown");
        everything.topicSlug = QStringLiteral("sore-elbow");
        everything.note = withChar(QStringLiteral("hi"), u'\0', QString());
        everything.consentGiven = false;
        QTest::newRow("every field wrong gives one problem per field, in form order")
            << everything
            << (expected(CallbackField::FirstName, askName) + expected(CallbackField::Phone, phoneDigits)
                + expected(CallbackField::Office, askOffice) + expected(CallbackField::Topic, askTopic)
                + expected(CallbackField::Note, noteHidden) + expected(CallbackField::Consent, askConsent));

        CallbackDraft phoneAndConsent = goodDraft();
        phoneAndConsent.phone = QString();
        phoneAndConsent.consentGiven = false;
        QTest::newRow("a missing phone and missing consent are both reported")
            << phoneAndConsent
            << (expected(CallbackField::Phone, askPhone) + expected(CallbackField::Consent, askConsent));

        CallbackDraft nameAndNote = goodDraft();
        nameAndNote.firstName = QStringLiteral("b").repeated(41);
        nameAndNote.note = QStringLiteral("c").repeated(281);
        QTest::newRow("a long name and a long note are both reported")
            << nameAndNote
            << (expected(CallbackField::FirstName, nameLong) + expected(CallbackField::Note, noteLong));
    }

    void severalProblems()
    {
        QFETCH(CallbackDraft, draft);
        QFETCH(QStringList, problems);

        const CallbackValidation result = validator().validate(draft, now);
        QCOMPARE(described(result.problems), problems);
        QVERIFY(!result.request);
    }

    void goodDraftMakesTheRequest()
    {
        CallbackDraft draft = goodDraft();
        draft.firstName = QStringLiteral("  Zoë  ");
        draft.note = QStringLiteral("Best after 5 pm.\r\nNot Fridays.");
        // A local time five hours behind UTC: the request holds the same moment, in UTC.
        const QDateTime localNow(QDate(2026, 3, 14), QTime(10, 9, 26), QTimeZone(-5 * 3600));

        const CallbackValidation result = validator().validate(draft, localNow);
        QVERIFY2(result.problems.isEmpty(), qPrintable(described(result.problems).join(u'\n')));
        QVERIFY(result.request);
        const CallbackRequest &request = *result.request;

        QCOMPARE(request.id.size(), 36);
        QVERIFY(!request.id.startsWith(u'{'));
        const QUuid uuid = QUuid::fromString(request.id);
        QVERIFY(!uuid.isNull());
        QCOMPARE(uuid.version(), QUuid::Random);
        QCOMPARE(request.createdUtc, now);
        QCOMPARE(request.createdUtc.timeSpec(), Qt::UTC);
        QCOMPARE(request.firstName, QStringLiteral("Zoë"));
        QCOMPARE(request.phoneE164, QStringLiteral("+13015550142"));
        QCOMPARE(request.officeId, QStringLiteral("northside"));
        QCOMPARE(request.bestTime, BestTimeToCall::Afternoon);
        QCOMPARE(request.topicSlug, QStringLiteral("knee-pain"));
        QCOMPARE(request.language, QStringLiteral("es"));
        QCOMPARE(request.note, QStringLiteral("Best after 5 pm.\nNot Fridays."));
        QCOMPARE(request.voicemailOk, true);
        QCOMPARE(request.textOk, false);
        QCOMPARE(request.consentVersion, consentVersion + QStringLiteral("/es"));  // the Spanish wording was shown
        QCOMPARE(request.consentUtc, now);
        QCOMPARE(request.consentUtc.timeSpec(), Qt::UTC);
        QCOMPARE(request.status, CallbackStatus::New);
        QVERIFY(!request.statusChangedUtc.isValid());
    }

    void flagsAndBestTimePassThrough_data()
    {
        QTest::addColumn<BestTimeToCall>("bestTime");
        QTest::addColumn<bool>("voicemailOk");
        QTest::addColumn<bool>("textOk");

        QTest::newRow("a morning call with no voicemail but texts") << BestTimeToCall::Morning << false << true;
        QTest::newRow("an afternoon call with voicemail and texts") << BestTimeToCall::Afternoon << true << true;
        QTest::newRow("a call any time with neither") << BestTimeToCall::AnyTime << false << false;
    }

    void flagsAndBestTimePassThrough()
    {
        QFETCH(BestTimeToCall, bestTime);
        QFETCH(bool, voicemailOk);
        QFETCH(bool, textOk);

        CallbackDraft draft = goodDraft();
        draft.bestTime = bestTime;
        draft.voicemailOk = voicemailOk;
        draft.textOk = textOk;
        const CallbackValidation result = validator().validate(draft, now);
        QVERIFY(result.request);
        QCOMPARE(result.request->bestTime, bestTime);
        QCOMPARE(result.request->voicemailOk, voicemailOk);
        QCOMPARE(result.request->textOk, textOk);
    }

    void eachRequestGetsAFreshId()
    {
        const CallbackValidator checker = validator();
        QSet<QString> ids;
        for (int i = 0; i < 5; ++i) {
            const CallbackValidation result = checker.validate(goodDraft(), now);
            QVERIFY(result.request);
            ids.insert(result.request->id);
        }
        QCOMPARE(ids.size(), 5);
    }
};

QTEST_GUILESS_MAIN(TestCallbackValidator)
#include "tst_callbackvalidator.moc"
