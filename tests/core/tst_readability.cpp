// Readability: syllable estimates and the Flesch–Kincaid grade.
#include "core/content/readability.h"

#include <QTest>

class TestReadability : public QObject
{
    Q_OBJECT

private slots:
    void countsSyllables_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("syllables");
        QTest::newRow("the") << QStringLiteral("the") << 1;
        QTest::newRow("make (silent e)") << QStringLiteral("make") << 1;
        QTest::newRow("table (consonant + le)") << QStringLiteral("table") << 2;
        QTest::newRow("helped (silent ed)") << QStringLiteral("helped") << 1;
        QTest::newRow("tested (spoken ed)") << QStringLiteral("tested") << 2;
        QTest::newRow("takes") << QStringLiteral("takes") << 1;
        QTest::newRow("doctor") << QStringLiteral("doctor") << 2;
        QTest::newRow("injection") << QStringLiteral("injection") << 3;
        QTest::newRow("inflammation") << QStringLiteral("inflammation") << 4;
        QTest::newRow("capitals") << QStringLiteral("Running") << 2;
        QTest::newRow("no vowels") << QStringLiteral("hmm") << 1;
    }

    void countsSyllables()
    {
        QFETCH(QString, word);
        QFETCH(int, syllables);
        QCOMPARE(Readability::syllables(word), syllables);
    }

    void gradesPlainTextLow()
    {
        const ReadingLevel level = Readability::measure(
            {QStringLiteral("Ice can help. Rest your knee for a day or two. Then walk a bit each day."),
             QStringLiteral("Call us if it swells")});
        QCOMPARE(level.sentences, 4);
        QCOMPARE(level.words, 22);
        QVERIFY2(level.grade < 3.0, qPrintable(QString::number(level.grade)));
    }

    void gradesDenseTextHigh()
    {
        const ReadingLevel level = Readability::measure({QStringLiteral(
            "Pharmacological interventions, including corticosteroid administration, demonstrate heterogeneous "
            "effectiveness across musculoskeletal conditions characterized by inflammation.")});
        QCOMPARE(level.sentences, 1);
        QVERIFY2(level.grade > Readability::maximumGrade, qPrintable(QString::number(level.grade)));
    }

    void knownGrade()
    {
        // Doc-tors rec-om-mend gen-tle ex-er-cise. Walk-ing im-proves cir-cu-la-tion:
        // 7 words, 2 sentences, 18 syllables: 2+3+2+3 and 2+2+4 ("io" is one vowel group).
        const ReadingLevel level =
            Readability::measure({QStringLiteral("Doctors recommend gentle exercise. Walking improves circulation.")});
        QCOMPARE(level.words, 7);
        QCOMPARE(level.sentences, 2);
        QCOMPARE(level.syllables, 18);
        QVERIFY(qAbs(level.grade - (0.39 * 7.0 / 2 + 11.8 * 18.0 / 7 - 15.59)) < 1e-9);
    }

    void veryEasyTextIsGradeZero()
    {
        const ReadingLevel level = Readability::measure({QStringLiteral("The cat sat on the mat. I see the cat.")});
        QCOMPARE(level.words, 10);
        QCOMPARE(level.grade, 0.0);  // the formula gives a negative number here
    }

    void emptyTextHasNoGrade()
    {
        const ReadingLevel level = Readability::measure({});
        QCOMPARE(level.words, 0);
        QCOMPARE(level.grade, 0.0);
    }

    void countsSpanishSyllables_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<int>("syllables");
        QTest::newRow("ro-di-lla") << QStringLiteral("rodilla") << 3;
        QTest::newRow("diphthong: cui-da-do") << QStringLiteral("cuidado") << 3;
        QTest::newRow("hiatus with í: dí-a") << QStringLiteral("día") << 2;
        QTest::newRow("two strong vowels: le-er") << QStringLiteral("leer") << 2;
        QTest::newRow("pa-ís") << QStringLiteral("país") << 2;
        QTest::newRow("a-é-re-o") << QStringLiteral("aéreo") << 4;
        QTest::newRow("ciu-dad") << QStringLiteral("ciudad") << 2;
        QTest::newRow("final y: hoy") << QStringLiteral("hoy") << 1;
        QTest::newRow("the word y") << QStringLiteral("y") << 1;
        QTest::newRow("y as a consonant: a-yu-da") << QStringLiteral("ayuda") << 3;
        QTest::newRow("ü: pin-güi-no") << QStringLiteral("pingüino") << 3;
        QTest::newRow("capitals and accents: MÉ-DI-CO") << QStringLiteral("MÉDICO") << 3;
        QTest::newRow("number") << QStringLiteral("911") << 0;
    }

    void countsSpanishSyllables()
    {
        QFETCH(QString, word);
        QFETCH(int, syllables);
        QCOMPARE(Readability::spanishSyllables(word), syllables);
    }

    void spanishEaseIsHighForPlainTextAndLowForDenseText()
    {
        const ReadingLevel plain = Readability::measureSpanish(
            {QStringLiteral("Le duele la rodilla. Use hielo. Descanse un poco. Llame si no mejora.")});
        QVERIFY2(plain.ease >= 80, qPrintable(QString::number(plain.ease)));
        QCOMPARE(Readability::spanishBand(plain.ease).contains(QStringLiteral("fácil")), true);
        const ReadingLevel dense = Readability::measureSpanish(
            {QStringLiteral("La administración intraarticular de corticosteroides proporciona habitualmente una "
                            "disminución considerable de la sintomatología inflamatoria característica de la "
                            "osteoartritis degenerativa, particularmente en pacientes con comorbilidades "
                            "cardiovasculares significativas que contraindican antiinflamatorios sistémicos.")});
        QVERIFY2(dense.ease < 40, qPrintable(QString::number(dense.ease)));
        QVERIFY(Readability::measureSpanish({}).ease == 0.0);
    }
};

QTEST_GUILESS_MAIN(TestReadability)
#include "tst_readability.moc"
