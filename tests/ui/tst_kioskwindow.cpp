// The visitor's window with the shipped content and the real reader, driven
// by clicks: every navigation flow, related topics, search, outside links,
// display settings, accessibility basics and the idle wipe.
#include "support/shippedkiosk.h"
#include "support/tap.h"
#include "support/testcallbackqueue.h"
#include "core/content/articlelibrary.h"
#include "core/content/articleurl.h"
#include "core/search/searchindex.h"
#include "core/settings/kiosksettings.h"
#include "ui/article/articlescreen.h"
#include "ui/touchcard.h"
#include "ui/attract/attractscreen.h"
#include "ui/home/homescreen.h"
#include "ui/idlewatcher.h"
#include "ui/inputguard.h"
#include "ui/kioskwindow.h"
#include "ui/overlays/overlay.h"
#include "ui/search/searchscreen.h"
#include "ui/theme.h"
#include "ui/topic/topicscreen.h"
#include "web/articleview.h"
#include "web/kioskprofile.h"
#include "web/webenginesetup.h"
#include "ui/widgets/onscreenkeyboard.h"
#include "ui/widgets/qrcodewidget.h"
#include "ui/widgets/svgiconview.h"
#include "ui/articlecards.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Whether the icon is painted, in `colour`, as the theme asks.
bool paintedIn(SvgIconView *icon, const QColor &colour)
{
    const QImage image = icon->grab().toImage();
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixelColor(x, y) == colour)
                return true;
        }
    }
    return false;
}

QStringList slugs(const QList<TouchCard *> &cards)
{
    QStringList result;
    for (const TouchCard *card : cards)
        result.append(card->id());
    return result;
}

TouchCard *cardFor(const QList<TouchCard *> &cards, const QString &slug)
{
    for (TouchCard *card : cards) {
        if (card->id() == slug)
            return card;
    }
    return nullptr;
}

} // namespace

class TestKioskWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(m_shipped.prepare(), "search index"); }

    void init()
    {
        m_window = m_shipped.showWindow(m_callbacks.intake, QSize(1280, 800));
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanup() { m_window.reset(); }

    void startsOnTheAttractScreenAndATouchGoesHome()
    {
        QCOMPARE(m_window->location().screen, Location::Screen::Attract);
        QVERIFY(!m_window->backButton()->isVisible());
        tap(m_window->attractScreen());
        QCOMPARE(m_window->location().screen, Location::Screen::Home);
        QVERIFY(m_window->homeButton()->isVisible());
        QVERIFY(!m_window->backButton()->isEnabled());
        QCOMPARE(m_window->homeScreen()->categoryList()->cards().size(), m_shipped.library.categories(QStringLiteral("en")).size());
        QCOMPARE(m_window->homeScreen()->featuredList()->cards().size(), m_shipped.library.featured(QStringLiteral("en")).size());
    }

    void attractRotatesFeaturedTopics()
    {
        AttractScreen *attract = m_window->attractScreen();
        const int first = attract->currentFeature();
        attract->showNextFeature();
        QCOMPARE(attract->currentFeature(), (first + 1) % int(m_shipped.library.featured(QStringLiteral("en")).size()));
    }

    void homeToCategoryToArticleToRelatedAndBack()
    {
        tap(m_window->attractScreen());
        tap(cardFor(m_window->homeScreen()->categoryList()->cards(), QStringLiteral("Pain management")));
        QCOMPARE(m_window->location(), (Location{Location::Screen::Topic, QStringLiteral("Pain management")}));
        const QStringList topicSlugs = slugs(m_window->topicScreen()->cardList()->cards());
        QVERIFY2(topicSlugs.contains(QStringLiteral("botox-for-pain")), qPrintable(topicSlugs.join(u',')));

        tap(cardFor(m_window->topicScreen()->cardList()->cards(), QStringLiteral("botox-for-pain")));
        QCOMPARE(m_window->location(), (Location{Location::Screen::Article, QStringLiteral("botox-for-pain")}));
        ArticleView *view = m_window->articleScreen()->view();
        QTRY_COMPARE_WITH_TIMEOUT(view->title(), QStringLiteral("How Botox can relieve pain"), 15000);
        QCOMPARE(view->currentUrl(), ArticleUrl::forArticle(QStringLiteral("en"), QStringLiteral("botox-for-pain")));

        // declared related first, in the editor's order, then computed ones
        const Article *botox = m_shipped.library.article(QStringLiteral("en"), QStringLiteral("botox-for-pain"));
        QVERIFY(!botox->related.isEmpty());
        const QStringList related = slugs(m_window->articleScreen()->relatedList()->cards());
        QCOMPARE(related.mid(0, botox->related.size()), botox->related.mid(0, related.size()));
        QVERIFY(!related.contains(QStringLiteral("botox-for-pain")));

        const QString next = related.first();
        tap(cardFor(m_window->articleScreen()->relatedList()->cards(), next));
        QCOMPARE(m_window->location().argument, next);
        QTRY_COMPARE_WITH_TIMEOUT(view->title(), m_shipped.library.article(QStringLiteral("en"), next)->title, 15000);

        tap(m_window->backButton());
        QCOMPARE(m_window->location().argument, QStringLiteral("botox-for-pain"));
        QTRY_COMPARE_WITH_TIMEOUT(view->title(), QStringLiteral("How Botox can relieve pain"), 15000);
        tap(m_window->backButton());
        QCOMPARE(m_window->location().screen, Location::Screen::Topic);
        tap(m_window->homeButton());
        QCOMPARE(m_window->location().screen, Location::Screen::Home);
        QVERIFY(!m_window->backButton()->isEnabled());
    }

    void categoryAndTopicCardsShowTheCategoryIcon()
    {
        tap(m_window->attractScreen());
        const QColor accent(Theme::palette(false).value(QStringLiteral("accent")));
        for (TouchCard *card : m_window->homeScreen()->categoryList()->cards()) {
            QVERIFY2(card->icon() && card->icon()->isValid(), qPrintable(card->id()));
            QVERIFY2(paintedIn(card->icon(), accent), qPrintable(card->id()));
            // Every shipped category has its own icon, from content/icons.
            QVERIFY2(m_shipped.library.categoryIcon(card->id()), qPrintable(card->id()));
        }
        tap(cardFor(m_window->homeScreen()->categoryList()->cards(), QStringLiteral("Pain management")));
        QVERIFY(!m_window->topicScreen()->cardList()->cards().isEmpty());
        for (TouchCard *card : m_window->topicScreen()->cardList()->cards())
            QVERIFY2(card->icon() && card->icon()->isValid(), qPrintable(card->id()));

        // A category with no icon of its own gets the generic one.
        const ArticleLibrary bilingual = ArticleLibrary::load(QStringLiteral(CAREKIOSK_TEST_DATA_DIR "/bilingual-content"));
        const QList<CardList::Entry> categories = ArticleCards::forCategories(bilingual, QStringLiteral("es"));
        QCOMPARE(categories.size(), 1);
        QCOMPARE(categories.first().iconPath, TouchCard::genericIconPath());
        TouchCard generic(categories.first().id, categories.first().title, categories.first().detail);
        generic.setIcon(categories.first().iconPath);
        QVERIFY(generic.icon()->isValid());
    }

    void featuredCardOpensItsArticle()
    {
        tap(m_window->attractScreen());
        TouchCard *card = m_window->homeScreen()->featuredList()->cards().value(0);
        tap(card);
        QCOMPARE(m_window->location(), (Location{Location::Screen::Article, card->id()}));
    }

    void searchWithTheOnScreenKeyboard()
    {
        tap(m_window->attractScreen());
        tap(m_window->homeScreen()->searchLauncher());
        QCOMPARE(m_window->location().screen, Location::Screen::Search);
        SearchScreen *search = m_window->searchScreen();
        for (const char *key : {"key_k", "key_n", "key_e", "key_e"})
            tap(search->keyboard()->findChild<QWidget *>(QString::fromLatin1(key)));
        QCOMPARE(search->field()->text(), QStringLiteral("knee"));
        const QStringList found = slugs(search->results()->cards());
        QVERIFY2(found.contains(QStringLiteral("running-knee-pain")), qPrintable(found.join(u',')));
        QVERIFY2(found.contains(QStringLiteral("knee-osteoarthritis")), qPrintable(found.join(u',')));
        // the keyboard sits below the field, never over it
        const QRect field = search->field()->geometry().translated(search->field()->mapTo(search, QPoint()) - search->field()->pos());
        const QRect keyboard = search->keyboard()->geometry();
        QVERIFY(!field.intersects(keyboard));
        tap(cardFor(search->results()->cards(), QStringLiteral("running-knee-pain")));
        QCOMPARE(m_window->location(), (Location{Location::Screen::Article, QStringLiteral("running-knee-pain")}));
        tap(m_window->backButton());
        QCOMPARE(m_window->location().screen, Location::Screen::Search);
        QCOMPARE(search->field()->text(), QStringLiteral("knee"));
    }

    void outsideLinkShowsAQrCodeAndPhones()
    {
        tap(m_window->attractScreen());
        m_window->go({Location::Screen::Article, QStringLiteral("botox-for-pain")});
        ArticleView *view = m_window->articleScreen()->view();
        QTRY_COMPARE_WITH_TIMEOUT(view->title(), QStringLiteral("How Botox can relieve pain"), 15000);
        // Shipped articles show their web sources as QR codes, not links: a
        // link to the web is added to the page, as an editor might write one.
        view->page()->runJavaScript(QStringLiteral("var a = document.createElement('a'); a.href = 'https://www.nih.gov/'; "
                                                   "a.textContent = 'NIH'; document.body.appendChild(a); a.click();"));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->externalLinkOverlay()->isVisible(), 5000);
        QCOMPARE(m_window->externalLinkCode()->text(), QStringLiteral("https://www.nih.gov/"));
        QVERIFY(m_window->externalLinkCode()->isValid());
        QCOMPARE(view->currentUrl(), ArticleUrl::forArticle(QStringLiteral("en"), QStringLiteral("botox-for-pain")));
        tap(m_window->externalLinkOverlay()->button());
        QVERIFY(!m_window->externalLinkOverlay()->isVisible());
    }

    void failedPageShowsOurErrorWithHome()
    {
        tap(m_window->attractScreen());
        m_window->go({Location::Screen::Article, QStringLiteral("migraine")});
        ArticleView *view = m_window->articleScreen()->view();
        QTRY_COMPARE_WITH_TIMEOUT(view->title(), QStringLiteral("Living with migraine"), 15000);
        view->open(ArticleUrl::forArticle(QStringLiteral("en"), QStringLiteral("no-such-article")));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->pageErrorOverlay()->isVisible(), 10000);
        tap(m_window->pageErrorOverlay()->button());
        QCOMPARE(m_window->location().screen, Location::Screen::Home);
    }

    void textSizeAndContrast()
    {
        tap(m_window->attractScreen());
        auto *larger = m_window->findChild<QPushButton *>(QStringLiteral("largerTextButton"));
        auto *smaller = m_window->findChild<QPushButton *>(QStringLiteral("smallerTextButton"));
        QVERIFY(!smaller->isEnabled());
        for (int step = 0; step < 6; ++step) {
            if (larger->isEnabled())
                tap(larger);
        }
        QCOMPARE(m_window->textPercent(), 200);
        QVERIFY(!larger->isEnabled());
        m_window->go({Location::Screen::Article, QStringLiteral("migraine")});
        QCOMPARE(m_window->articleScreen()->view()->zoomFactor(), 2.0);
        tap(m_window->findChild<QPushButton *>(QStringLiteral("contrastButton")));
        QVERIFY(m_window->highContrast());
        QVERIFY(ArticleUrl::parse(m_window->articleScreen()->view()->currentUrl()).highContrast);
        // The screens around the article turn high-contrast too, at the same text size.
        QCOMPARE(m_window->styleSheet(), Theme::styleSheet(200, true));
        // the top bar still fits at 200 %: every button fully inside the window
        QWidget *topBar = m_window->findChild<QWidget *>(QStringLiteral("topBar"));
        for (QAbstractButton *button : topBar->findChildren<QAbstractButton *>()) {
            if (button->isVisible()) {
                const QRect inWindow(button->mapTo(m_window.get(), QPoint()), button->size());
                QVERIFY2(m_window->rect().contains(inWindow), qPrintable(button->accessibleName()));
            }
        }
    }

    void everyControlIsNamedAndLargeEnough()
    {
        tap(m_window->attractScreen());
        for (const Location &location : {Location{Location::Screen::Home, {}},
                                         Location{Location::Screen::Topic, QStringLiteral("Everyday pain")},
                                         Location{Location::Screen::Article, QStringLiteral("neck-pain")},
                                         Location{Location::Screen::Search, {}}}) {
            m_window->go(location);
            for (QAbstractButton *button : m_window->findChildren<QAbstractButton *>()) {
                if (!button->isVisible())
                    continue;
                QVERIFY2(!button->accessibleName().isEmpty(), qPrintable(button->objectName() + button->text()));
                QVERIFY2(button->width() >= 44 && button->height() >= 44,
                         qPrintable(QStringLiteral("%1 is %2x%3").arg(button->accessibleName()).arg(button->width()).arg(button->height())));
            }
        }
    }

    void idlePromptThenWipe()
    {
        m_window->setStillThereSeconds(2);
        m_window->idleWatcher()->setTimeout(300);
        tap(m_window->attractScreen());
        m_window->go({Location::Screen::Search, {}});
        m_window->searchScreen()->field()->setText(QStringLiteral("botox"));
        m_window->go({Location::Screen::Article, QStringLiteral("botox-for-pain")});
        m_window->setTextPercent(175);
        m_window->setHighContrast(true);

        QTRY_VERIFY_WITH_TIMEOUT(m_window->stillThereOverlay()->isVisible(), 3000);
        tap(m_window->stillThereOverlay()->button());  // "I'm still here"
        QVERIFY(!m_window->stillThereOverlay()->isVisible());
        QCOMPARE(m_window->location().argument, QStringLiteral("botox-for-pain"));

        QTRY_VERIFY_WITH_TIMEOUT(m_window->stillThereOverlay()->isVisible(), 3000);
        QTRY_COMPARE_WITH_TIMEOUT(m_window->location().screen, Location::Screen::Attract, 5000);
        QVERIFY(!m_window->stillThereOverlay()->isVisible());
        QCOMPARE(m_window->textPercent(), 100);
        QVERIFY(!m_window->highContrast());
        QVERIFY(m_window->searchScreen()->field()->text().isEmpty());
        QVERIFY(m_window->searchScreen()->results()->cards().isEmpty());
        tap(m_window->attractScreen());
        QVERIFY(!m_window->backButton()->isEnabled());
    }

    void touchDuringPromptKeepsTheVisit()
    {
        m_window->setStillThereSeconds(3);
        m_window->idleWatcher()->setTimeout(300);
        tap(m_window->attractScreen());
        m_window->go({Location::Screen::Topic, QStringLiteral("Everyday pain")});
        QTRY_VERIFY_WITH_TIMEOUT(m_window->stillThereOverlay()->isVisible(), 3000);
        QTest::mouseClick(m_window->stillThereOverlay(), Qt::LeftButton, {}, QPoint(5, 5));
        QVERIFY(!m_window->stillThereOverlay()->isVisible());
        QCOMPARE(m_window->location().screen, Location::Screen::Topic);
    }

    void droppedLinksGoNowhere()
    {
        InputGuard guard;
        tap(m_window->attractScreen());
        m_window->go({Location::Screen::Article, QStringLiteral("sciatica")});
        ArticleView *view = m_window->articleScreen()->view();
        QTRY_VERIFY_WITH_TIMEOUT(view->focusProxy() != nullptr, 15000);
        QTRY_COMPARE_WITH_TIMEOUT(view->title(), m_shipped.library.article(QStringLiteral("en"), QStringLiteral("sciatica"))->title,
                                  15000);
        QMimeData link;
        link.setUrls({QUrl(QStringLiteral("https://example.com/"))});
        link.setText(QStringLiteral("https://example.com/"));
        const QPoint middle = view->rect().center();
        for (QWidget *target : {static_cast<QWidget *>(view), view->focusProxy()}) {
            QDragEnterEvent enter(middle, Qt::CopyAction, &link, Qt::LeftButton, {});
            QCoreApplication::sendEvent(target, &enter);
            QVERIFY(!enter.isAccepted());
            QDropEvent drop(QPointF(middle), Qt::CopyAction, &link, Qt::LeftButton, {});
            QCoreApplication::sendEvent(target, &drop);
        }
        QTest::qWait(500);
        QCOMPARE(view->currentUrl(), ArticleUrl::forArticle(QStringLiteral("en"), QStringLiteral("sciatica")));
        QCOMPARE(m_window->location().argument, QStringLiteral("sciatica"));
    }

    void usableWithAKeyboardAlone()
    {
        QTest::keyClick(m_window->attractScreen(), Qt::Key_Space);
        QCOMPARE(m_window->location().screen, Location::Screen::Home);
        // Tab to the first topic card and press Space, as a switch user would.
        TouchCard *firstTopic = m_window->homeScreen()->categoryList()->cards().first();
        for (int presses = 0; presses < 20 && QApplication::focusWidget() != firstTopic; ++presses)
            QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : m_window.get(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), firstTopic);
        QTest::keyClick(firstTopic, Qt::Key_Space);
        QCOMPARE(m_window->location(), (Location{Location::Screen::Topic, firstTopic->id()}));
    }

    void onlyTheConfiguredLanguagesAreOffered()
    {
        // The shipped content has English and Spanish; this kiosk offers English only.
        QTemporaryDir dir;
        const QString config = dir.filePath(QStringLiteral("carekiosk.conf"));
        QFile sample(QStringLiteral(CAREKIOSK_SAMPLE_CONFIG));
        QFile englishOnly(config);
        QVERIFY(sample.open(QIODevice::ReadOnly) && englishOnly.open(QIODevice::WriteOnly));
        englishOnly.write(sample.readAll().replace("languages=en, es", "languages=en"));
        englishOnly.close();
        const KioskSettings settings = KioskSettings::load(config);
        KioskWindow window(m_shipped.library, m_shipped.search, settings, *m_shipped.profile, m_callbacks.intake);
        QVERIFY(window.findChildren<QPushButton *>(QRegularExpression(QStringLiteral("^language_"))).isEmpty());
        window.setLanguage(QStringLiteral("es"));
        QCOMPARE(window.language(), QStringLiteral("en"));
    }

    void spanishChangesTheScreenInPlaceAndTheVisitEndsInEnglish()
    {
        tap(m_window->attractScreen());
        m_window->go({Location::Screen::Article, QStringLiteral("botox-for-pain")});
        QTRY_COMPARE_WITH_TIMEOUT(m_window->articleScreen()->view()->title(), QStringLiteral("How Botox can relieve pain"),
                                  15000);
        tap(m_window->findChild<QPushButton *>(QStringLiteral("language_es")));
        QCOMPARE(m_window->language(), QStringLiteral("es"));
        // The same article, now in Spanish, and the screen's own words too.
        QCOMPARE(m_window->location().argument, QStringLiteral("botox-for-pain"));
        QTRY_COMPARE_WITH_TIMEOUT(m_window->articleScreen()->view()->title(),
                                  QStringLiteral("Cómo el Botox puede aliviar el dolor"), 15000);
        QTRY_COMPARE(m_window->homeButton()->text(), QStringLiteral("Inicio"));
        QTRY_COMPARE(m_window->articleScreen()->callbackButton()->text(), QStringLiteral("Pida que le llamemos sobre esto"));
        QVERIFY(!m_window->articleScreen()->findChild<QLabel *>(QStringLiteral("languageNote"))->isVisible());

        // Search in Spanish: accents don't matter, and only Spanish articles come back.
        m_window->go({Location::Screen::Search, {}});
        for (const QString &typed : {QStringLiteral("rodilla"), QStringLiteral("rodílla"), QStringLiteral("RODILLA")}) {
            m_window->searchScreen()->field()->setText(typed);
            const QStringList found = slugs(m_window->searchScreen()->results()->cards());
            QVERIFY2(found.contains(QStringLiteral("knee-osteoarthritis")), qPrintable(typed + found.join(u' ')));
            for (const TouchCard *card : m_window->searchScreen()->results()->cards())
                QVERIFY2(m_shipped.library.article(QStringLiteral("es"), card->id()), qPrintable(card->id()));
        }
        m_window->searchScreen()->field()->setText(QStringLiteral("dolor de espalda"));
        QVERIFY(slugs(m_window->searchScreen()->results()->cards()).contains(QStringLiteral("low-back-pain")));

        m_window->resetForNextVisitor();
        QCOMPARE(m_window->language(), QStringLiteral("en"));
        QTRY_COMPARE(m_window->homeButton()->text(), QStringLiteral("Home"));
    }

    void languageSwitchWhenASecondLanguageExists()
    {
        const ArticleLibrary bilingual = ArticleLibrary::load(QStringLiteral(CAREKIOSK_TEST_DATA_DIR "/bilingual-content"));
        SearchIndex search;
        QVERIFY(!search.rebuild(bilingual));
        KioskProfile profile(bilingual, m_shipped.settings);  // its pages come from this library
        KioskWindow window(bilingual, search, m_shipped.settings, profile, m_callbacks.intake);
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        tap(window.attractScreen());
        auto *spanish = window.findChild<QPushButton *>(QStringLiteral("language_es"));
        QVERIFY(spanish);
        QCOMPARE(spanish->text(), QStringLiteral("Español"));
        QVERIFY(window.findChild<QPushButton *>(QStringLiteral("language_en"))->isChecked());
        tap(spanish);
        QCOMPARE(window.language(), QStringLiteral("es"));
        QCOMPARE(slugs(window.homeScreen()->categoryList()->cards()), QStringList({QStringLiteral("Dolor cotidiano")}));
        tap(window.homeScreen()->categoryList()->cards().first());
        tap(cardFor(window.topicScreen()->cardList()->cards(), QStringLiteral("knee-pain")));
        QTRY_COMPARE_WITH_TIMEOUT(window.articleScreen()->view()->title(), QStringLiteral("Dolor de rodilla"), 15000);
        // an article with no Spanish version is not offered, and the reset returns to English
        QVERIFY(!cardFor(window.articleScreen()->relatedList()->cards(), QStringLiteral("back-pain")));
        window.resetForNextVisitor();
        QCOMPARE(window.language(), QStringLiteral("en"));

        // Switching while reading an article that has no Spanish version keeps it, with a note.
        tap(window.attractScreen());
        window.go({Location::Screen::Article, QStringLiteral("back-pain")});
        tap(window.findChild<QPushButton *>(QStringLiteral("language_es")));
        QCOMPARE(window.location().argument, QStringLiteral("back-pain"));
        auto *note = window.articleScreen()->findChild<QLabel *>(QStringLiteral("languageNote"));
        QVERIFY(note->isVisible());
        QCOMPARE(note->text(), QStringLiteral("Este artículo aún no está disponible en español. Aquí lo tiene en inglés."));
        tap(window.findChild<QPushButton *>(QStringLiteral("language_en")));
        QVERIFY(!note->isVisible());
    }

    void escapeShortcutsDoNothing_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<int>("modifiers");
        QTest::newRow("Alt+F4") << int(Qt::Key_F4) << int(Qt::AltModifier);
        QTest::newRow("Ctrl+W") << int(Qt::Key_W) << int(Qt::ControlModifier);
        QTest::newRow("Ctrl+Q") << int(Qt::Key_Q) << int(Qt::ControlModifier);
        QTest::newRow("Ctrl+N") << int(Qt::Key_N) << int(Qt::ControlModifier);
        QTest::newRow("Ctrl+T") << int(Qt::Key_T) << int(Qt::ControlModifier);
        QTest::newRow("Ctrl+O") << int(Qt::Key_O) << int(Qt::ControlModifier);
        QTest::newRow("Ctrl+L") << int(Qt::Key_L) << int(Qt::ControlModifier);
        QTest::newRow("F11") << int(Qt::Key_F11) << 0;
        QTest::newRow("Escape") << int(Qt::Key_Escape) << 0;
        QTest::newRow("Alt+Left") << int(Qt::Key_Left) << int(Qt::AltModifier);
    }

    void escapeShortcutsDoNothing()
    {
        QFETCH(int, key);
        QFETCH(int, modifiers);
        InputGuard guard;
        m_window->setKioskMode(true);
        tap(m_window->attractScreen());
        m_window->go({Location::Screen::Article, QStringLiteral("sciatica")});
        const Location before = m_window->location();
        QTest::keyClick(m_window->articleScreen()->view()->focusProxy() ? m_window->articleScreen()->view()->focusProxy()
                                                                        : m_window.get(),
                        Qt::Key(key), Qt::KeyboardModifiers(modifiers));
        QTest::mouseClick(m_window.get(), Qt::BackButton);
        QTest::qWait(200);
        QVERIFY(m_window->isVisible());
        QVERIFY(m_window->windowState() & Qt::WindowFullScreen);
        QCOMPARE(m_window->location(), before);
        QVERIFY(!m_window->close());  // a close request is refused in kiosk mode
        QVERIFY(m_window->isVisible());
    }

private:
    ShippedKiosk m_shipped;
    TestCallbackQueue m_callbacks{m_shipped.settings, m_shipped.library};
    std::unique_ptr<KioskWindow> m_window;
};

CAREKIOSK_WEBENGINE_TEST_MAIN(TestKioskWindow)

#include "tst_kioskwindow.moc"
