// Where reading aloud stops between sentences, and where it must not.
#include "core/speech/sentencesplitter.h"

#include <QTest>

class SentenceSplitterTest : public QObject
{
    Q_OBJECT

private slots:
    void split_data()
    {
        QTest::addColumn<QStringList>("blocks");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("two sentences") << QStringList{QStringLiteral("Rest helps. Ice helps too.")}
                                       << QStringLiteral("en")
                                       << QStringList{QStringLiteral("Rest helps."), QStringLiteral("Ice helps too.")};
        QTest::newRow("question and exclamation")
            << QStringList{QStringLiteral("Is it safe? Yes! Ask us.")} << QStringLiteral("en")
            << QStringList{QStringLiteral("Is it safe?"), QStringLiteral("Yes!"), QStringLiteral("Ask us.")};
        QTest::newRow("title without a stop") << QStringList{QStringLiteral("How Botox can relieve pain")}
                                              << QStringLiteral("en")
                                              << QStringList{QStringLiteral("How Botox can relieve pain")};
        QTest::newRow("doctor") << QStringList{QStringLiteral("Dr. Lee will call. Then rest.")} << QStringLiteral("en")
                                << QStringList{QStringLiteral("Dr. Lee will call."), QStringLiteral("Then rest.")};
        QTest::newRow("e.g. then lower case")
            << QStringList{QStringLiteral("Some shots, e.g. steroid shots, help. Others don't.")} << QStringLiteral("en")
            << QStringList{QStringLiteral("Some shots, e.g. steroid shots, help."), QStringLiteral("Others don't.")};
        QTest::newRow("decimal and web address")
            << QStringList{QStringLiteral("Take 2.5 mg. See medlineplus.gov for more.")} << QStringLiteral("en")
            << QStringList{QStringLiteral("Take 2.5 mg."), QStringLiteral("See medlineplus.gov for more.")};
        QTest::newRow("an initial") << QStringList{QStringLiteral("Ask J. Smith. She knows.")} << QStringLiteral("en")
                                    << QStringList{QStringLiteral("Ask J. Smith."), QStringLiteral("She knows.")};
        QTest::newRow("closing quote") << QStringList{QStringLiteral("He said \"stop.\" Then he rested.")}
                                       << QStringLiteral("en")
                                       << QStringList{QStringLiteral("He said \"stop.\""), QStringLiteral("Then he rested.")};
        QTest::newRow("ellipsis") << QStringList{QStringLiteral("Wait\u2026 Then try again.")} << QStringLiteral("en")
                                  << QStringList{QStringLiteral("Wait\u2026"), QStringLiteral("Then try again.")};
        QTest::newRow("Spanish marks") << QStringList{QStringLiteral("¿Es seguro? ¡Sí! Pregúntenos.")}
                                       << QStringLiteral("es")
                                       << QStringList{QStringLiteral("¿Es seguro?"), QStringLiteral("¡Sí!"),
                                                      QStringLiteral("Pregúntenos.")};
        QTest::newRow("Spanish abbreviation")
            << QStringList{QStringLiteral("La Dra. Ruiz le llamará. Descanse.")} << QStringLiteral("es")
            << QStringList{QStringLiteral("La Dra. Ruiz le llamará."), QStringLiteral("Descanse.")};
        QTest::newRow("white space folded")
            << QStringList{QStringLiteral("  Rest\n   helps.\n\nIce  too. ")} << QStringLiteral("en")
            << QStringList{QStringLiteral("Rest helps."), QStringLiteral("Ice too.")};
        QTest::newRow("blocks, empty ones skipped")
            << QStringList{QStringLiteral("Title"), QStringLiteral("  "), QStringLiteral("— "), QStringLiteral("Body.")}
            << QStringLiteral("en") << QStringList{QStringLiteral("Title"), QStringLiteral("Body.")};
    }

    void split()
    {
        QFETCH(QStringList, blocks);
        QFETCH(QString, language);
        QFETCH(QStringList, expected);
        QStringList texts;
        for (const Sentence &sentence : SentenceSplitter::split(blocks, language))
            texts << sentence.text;
        QCOMPARE(texts, expected);
    }

    // The page marks a sentence by block and offsets: they point at it.
    void offsetsPointIntoTheirBlock()
    {
        const QStringList blocks = {QStringLiteral("Knee pain"), QStringLiteral("  First one.  Second\n one. ")};
        const QList<Sentence> sentences = SentenceSplitter::split(blocks, QStringLiteral("en"));
        QCOMPARE(sentences.size(), 3);
        QCOMPARE(sentences.at(0), (Sentence{0, 0, 9, QStringLiteral("Knee pain")}));
        QCOMPARE(sentences.at(1), (Sentence{1, 2, 10, QStringLiteral("First one.")}));
        QCOMPARE(sentences.at(2), (Sentence{1, 14, 12, QStringLiteral("Second one.")}));
        QCOMPARE(blocks.at(1).mid(sentences.at(2).start, sentences.at(2).length), QStringLiteral("Second\n one."));
    }
};

QTEST_APPLESS_MAIN(SentenceSplitterTest)
#include "tst_sentencesplitter.moc"
