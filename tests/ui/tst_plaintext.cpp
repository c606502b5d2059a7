// Text the kiosk did not write itself (an article's title, summary and
// category, the clinic's name, a visitor's search words, name and note) is
// shown as the characters it is: markup in it draws no heading, no colour
// and loads no file.
#include "support/shippedkiosk.h"
#include "support/testcallbackqueue.h"
#include "../core/support/samplerequest.h"
#include "core/staff/callbacktablemodel.h"
#include "ui/attract/attractscreen.h"
#include "ui/home/homescreen.h"
#include "ui/kioskwindow.h"
#include "ui/search/searchscreen.h"
#include "ui/topic/topicscreen.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>

namespace {

const QString markup = QStringLiteral("<b>FAKE</b><img src=/etc/hostname>");

// What a label draws: its text as it is, or what Qt's rich text makes of it.
QString shownText(const QLabel *label)
{
    const bool rich = label->textFormat() == Qt::RichText
                      || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
    if (!rich)
        return label->text();
    QTextDocument document;
    document.setHtml(label->text());
    return document.toPlainText();
}

// Same for a tooltip, which Qt draws as rich text when it looks like HTML.
QString shownToolTip(const QString &toolTip)
{
    if (!Qt::mightBeRichText(toolTip))
        return toolTip;
    QTextDocument document;
    document.setHtml(toolTip);
    return document.toPlainText();
}

QStringList shownTexts(const QWidget *screen)
{
    QStringList texts;
    for (const QLabel *label : screen->findChildren<QLabel *>())
        texts.append(shownText(label));
    return texts;
}

bool showsMarkup(const QWidget *screen, const QString &around)
{
    return shownTexts(screen).filter(around + markup).size() > 0;
}

// A shipped article with the markup in its title, summary and category.
bool writeArticle(const QString &contentDir)
{
    QFile shipped(QStringLiteral(CAREKIOSK_SHIPPED_CONTENT_DIR "/en/neck-pain.md"));
    if (!shipped.open(QIODevice::ReadOnly))
        return false;
    QString text = QString::fromUtf8(shipped.readAll());
    const auto field = [&](const QString &name, const QString &value) {
        text.replace(QRegularExpression(QStringLiteral("^%1: .*$").arg(name), QRegularExpression::MultilineOption),
                     QStringLiteral("%1: '%2'").arg(name, value));
    };
    field(QStringLiteral("title"), QStringLiteral("Title ") + markup);
    field(QStringLiteral("summary"), QStringLiteral("Summary ") + markup);
    field(QStringLiteral("category"), QStringLiteral("Category ") + markup);
    text.replace(QRegularExpression(QStringLiteral("^related: .*$"), QRegularExpression::MultilineOption),
                 QStringLiteral("related: []"));
    text.replace(QRegularExpression(QStringLiteral("^featured: .*\\n"), QRegularExpression::MultilineOption), {});
    text.replace(QStringLiteral("\n---\n"), QStringLiteral("\nfeatured: true\n---\n"));
    QDir().mkpath(contentDir + QStringLiteral("/en"));
    QFile article(contentDir + QStringLiteral("/en/markup.md"));
    return article.open(QIODevice::WriteOnly) && article.write(text.toUtf8()) > 0;
}

bool writeConfig(const QString &path)
{
    QFile sample(QStringLiteral(CAREKIOSK_SAMPLE_CONFIG));
    QFile config(path);
    if (!sample.open(QIODevice::ReadOnly) || !config.open(QIODevice::WriteOnly))
        return false;
    QString text = QString::fromUtf8(sample.readAll());
    text.replace(QStringLiteral("name=Orthopedic & Wellness"), QStringLiteral("name=\"Clinic %1\"").arg(markup));
    return config.write(text.toUtf8()) > 0;
}

} // namespace

class TestPlainText : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(writeArticle(m_dir.filePath(QStringLiteral("content"))));
        QVERIFY(writeConfig(m_dir.filePath(QStringLiteral("carekiosk.conf"))));
        m_kiosk.library = ArticleLibrary::load(m_dir.filePath(QStringLiteral("content")));
        QVERIFY2(m_kiosk.library.article(QStringLiteral("en"), QStringLiteral("markup")), "the article loads");
        m_kiosk.settings = KioskSettings::load(m_dir.filePath(QStringLiteral("carekiosk.conf")));
        QVERIFY(m_kiosk.prepare());
        m_queue = std::make_unique<TestCallbackQueue>(m_kiosk.settings, m_kiosk.library);
        m_window = m_kiosk.showWindow(m_queue->intake, QSize(1280, 800));
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_queue.reset();
    }

    void attractShowsTitleAndSummaryAsTyped()
    {
        m_window->go({Location::Screen::Attract, {}});
        QVERIFY(showsMarkup(m_window->attractScreen(), QStringLiteral("Title ")));
        QVERIFY(showsMarkup(m_window->attractScreen(), QStringLiteral("Summary ")));
        QVERIFY(showsMarkup(m_window->attractScreen(), QStringLiteral("Clinic ")));
    }

    void homeShowsCategoryClinicAndFeaturedAsTyped()
    {
        m_window->go({Location::Screen::Home, {}});
        QVERIFY(showsMarkup(m_window->homeScreen(), QStringLiteral("Category ")));
        QVERIFY(showsMarkup(m_window->homeScreen(), QStringLiteral("Title ")));
        QVERIFY(showsMarkup(m_window->homeScreen(), QStringLiteral("Welcome to Clinic ")));
    }

    void topicShowsItsNameAndCardsAsTyped()
    {
        m_window->go({Location::Screen::Topic, QStringLiteral("Category ") + markup});
        QVERIFY(showsMarkup(m_window->topicScreen(), QStringLiteral("Category ")));
        QVERIFY(showsMarkup(m_window->topicScreen(), QStringLiteral("Title ")));
        QVERIFY(showsMarkup(m_window->topicScreen(), QStringLiteral("Summary ")));
    }

    void searchWordsAreShownAsTyped()
    {
        m_window->go({Location::Screen::Search, {}});
        const QString typed = QStringLiteral("<h1><font color=red>CALL 555-0199</font></h1>");
        m_window->searchScreen()->field()->setText(typed);
        QTRY_VERIFY(shownTexts(m_window->searchScreen()).filter(typed).size() == 1);
    }

    void staffTableShowsNameAndNoteAsTyped()
    {
        CallbackRequest request = sampleRequest(1);
        request.firstName = QStringLiteral("Ann ") + markup;
        request.note = QStringLiteral("<h1>Note</h1> ") + markup;
        CallbackTableModel model(ExportContext::fromSettings(m_kiosk.settings));
        model.setRequests({request});
        QCOMPARE(model.index(0, CallbackTableModel::FirstName).data().toString(), request.firstName);
        QCOMPARE(shownToolTip(model.index(0, CallbackTableModel::Note).data(Qt::ToolTipRole).toString()), request.note);
    }

private:
    QTemporaryDir m_dir;
    ShippedKiosk m_kiosk;
    std::unique_ptr<TestCallbackQueue> m_queue;
    std::unique_ptr<KioskWindow> m_window;
};

CAREKIOSK_WEBENGINE_TEST_MAIN(TestPlainText)
#include "tst_plaintext.moc"
