// Wiring of the visitor's window: taps to places, places to the top bar and
// the title, the end of a visit to the wipe.
#include "ui/kioskwindow.h"

#include "core/i18n/uitranslations.h"
#include "core/search/searchindex.h"
#include "core/settings/kiosksettings.h"
#include "ui/article/articlescreen.h"
#include "ui/articlecards.h"
#include "ui/attract/attractscreen.h"
#include "ui/callback/callbackflow.h"
#include "ui/callback/callbackscreen.h"
#include "ui/home/homescreen.h"
#include "ui/kioskmode.h"
#include "ui/longpress.h"
#include "ui/overlays/externallinkoverlay.h"
#include "ui/placeholdercolour.h"
#include "ui/screenrouter.h"
#include "ui/search/searchscreen.h"
#include "ui/staff/staffscreen.h"
#include "ui/theme.h"
#include "ui/topbar.h"
#include "ui/topic/topicscreen.h"
#include "ui/visitortraces.h"
#include "ui/visitsession.h"
#include "ui/widgets/languagewatch.h"
#include "web/articleview.h"
#include "web/kioskprofile.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QCoreApplication>
#include <QLabel>
#include <QVBoxLayout>

namespace {
// Screen readers meet the kiosk as a window (a frame), not as a "filler".
QAccessibleInterface *kioskWindowAccessible(const QString &className, QObject *object)
{
    if (className == QLatin1String("KioskWindow") && object && object->isWidgetType())
        return new QAccessibleWidget(static_cast<QWidget *>(object), QAccessible::Window);
    return nullptr;
}
} // namespace

KioskWindow::KioskWindow(const ArticleLibrary &library, const SearchIndex &search, const KioskSettings &settings,
                         KioskProfile &profile, CallbackIntake &callbacks, QWidget *parent)
    : QWidget(parent),
      m_placeholderColour(new PlaceholderColour(this)),
      m_searchIndex(search),
      m_settings(settings),
      m_profile(profile),
      m_topBar(new TopBar(settings.clinicName(), offeredLanguages(settings.languages(), library.languages()), this)),
      m_router(new ScreenRouter(library, settings, profile, this)),
      m_session(new VisitSession(this, settings.idleTimeoutSeconds(), settings.staffIdleSeconds()))
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(kioskWindowAccessible);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    setObjectName(QStringLiteral("kioskWindow"));
    setAttribute(Qt::WA_StyledBackground);
    setContextMenuPolicy(Qt::NoContextMenu);
    setAcceptDrops(false);
    setWindowTitle(settings.clinicName());
    m_callbackFlow = std::make_unique<CallbackFlow>(*m_router->callbackScreen(), settings, callbacks);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_topBar);
    layout->addWidget(m_router, 1);
    m_externalLink = new ExternalLinkOverlay(this);
    m_pageError = new Overlay(this);

    connect(m_topBar, &TopBar::backRequested, this, &KioskWindow::goBack);
    connect(m_topBar, &TopBar::homeRequested, this, [this] { go({Location::Screen::Home, {}}); });
    connect(m_topBar, &TopBar::languageChosen, this, &KioskWindow::setLanguage);
    connect(m_topBar, &TopBar::smallerTextRequested, this,
            [this] { setTextPercent(textPercent() - Theme::textPercentStep); });
    connect(m_topBar, &TopBar::largerTextRequested, this,
            [this] { setTextPercent(textPercent() + Theme::textPercentStep); });
    connect(m_topBar, &TopBar::highContrastToggled, this, &KioskWindow::setHighContrast);

    connect(m_router, &ScreenRouter::shown, this, &KioskWindow::onShown);
    connect(m_router, &ScreenRouter::articleShown, this, &KioskWindow::articleShown);
    m_session->setStillThereSeconds(settings.stillThereSeconds());
    connect(m_session, &VisitSession::ended, this, &KioskWindow::resetForNextVisitor);

    AttractScreen *attract = m_router->attractScreen();
    HomeScreen *home = m_router->homeScreen();
    ArticleScreen *article = m_router->articleScreen();
    SearchScreen *searchScreen = m_router->searchScreen();
    CallbackScreen *callback = m_router->callbackScreen();
    const auto openArticle = [this](const QString &slug) { go({Location::Screen::Article, slug}); };
    connect(attract, &AttractScreen::started, this, [this] { go({Location::Screen::Home, {}}); });
    connect(home, &HomeScreen::categoryChosen, this,
            [this](const QString &category) { go({Location::Screen::Topic, category}); });
    connect(home, &HomeScreen::searchRequested, this, [this] { go({Location::Screen::Search, {}}); });
    connect(home, &HomeScreen::articleChosen, this, openArticle);
    connect(home, &HomeScreen::callbackRequested, this, [this] { go({Location::Screen::Callback, {}}); });
    connect(m_router->topicScreen(), &TopicScreen::articleChosen, this, openArticle);
    connect(article, &ArticleScreen::articleChosen, this, openArticle);
    connect(article, &ArticleScreen::externalLinkActivated, this,
            [this](const QUrl &url) { m_externalLink->show(url, m_settings.offices()); });
    connect(article, &ArticleScreen::callbackRequested, this,
            [this](const QString &slug) { go({Location::Screen::Callback, slug}); });
    connect(article, &ArticleScreen::pageFailed, this, &KioskWindow::showPageError);
    connect(searchScreen, &SearchScreen::articleChosen, this, openArticle);
    connect(searchScreen, &SearchScreen::textChanged, this, [this, searchScreen](const QString &text) {
        searchScreen->setResults(ArticleCards::forSearchHits(m_searchIndex.search(language(), text)), text);
    });
    connect(callback, &CallbackScreen::submitted, this, &KioskWindow::submitCallback);
    connect(callback, &CallbackScreen::cancelled, this, &KioskWindow::goBack);
    connect(callback, &CallbackScreen::finished, this, [this, callback] {
        // The form is done with: Back must not lead to it again.
        callback->clear();
        m_router->restartAt({Location::Screen::Home, {}});
    });
    connect(m_pageError, &Overlay::dismissed, this, [this] { go({Location::Screen::Home, {}}); });

    applyTheme();
    m_router->restartAt({Location::Screen::Attract, {}});
    // The window title names the screen in the visitor's language.
    LanguageWatch::onChange(this, [this] { onShown(m_router->location()); });
}

KioskWindow::~KioskWindow() = default;

void KioskWindow::setKioskMode(bool kiosk)
{
    m_kioskMode = kiosk;
    if (kiosk)
        KioskMode::keepFullScreen(this);
    else
        KioskMode::release(this);
}

void KioskWindow::addStaffScreen(StaffScreen *staff)
{
    m_router->addStaffScreen(staff);
    auto *longPress = new LongPress(m_topBar->clinicNameLabel());
    connect(longPress, &LongPress::pressed, this, [this] {
        // Staff are not part of the visit: Back can't lead into or out of it.
        m_router->restartAt({Location::Screen::Staff, {}});
    });
    connect(staff, &StaffScreen::locked, this, &KioskWindow::resetForNextVisitor);
    connect(staff, &StaffScreen::quitRequested, this, [this] {
        setKioskMode(false);
        QCoreApplication::quit();
    });
}

void KioskWindow::go(const Location &location)
{
    m_router->go(location);
}

void KioskWindow::goBack()
{
    m_router->goBack();
}

void KioskWindow::applyLanguage(const Location &location)
{
    if (location.screen != Location::Screen::Staff) {
        m_translations.use(language());
        return;
    }
    const QString staffLanguage = m_settings.staffLanguage();
    m_translations.use(staffLanguage.isEmpty() ? m_router->languages().value(0, UiTranslations::sourceLanguage())
                                               : staffLanguage);
}

void KioskWindow::onShown(const Location &location)
{
    applyLanguage(location);
    m_session->setScreen(location.screen);
    m_topBar->setVisible(location.screen != Location::Screen::Attract && location.screen != Location::Screen::Staff);
    m_topBar->setBackEnabled(m_router->canGoBack());
    m_topBar->setLanguage(language());
    // Screen readers announce the window title, and scripts can read it.
    setWindowTitle(QStringLiteral("%1 — %2").arg(m_settings.clinicName(), m_router->screenName(location)));
}

void KioskWindow::showPageError()
{
    // Our own error page, in place of Chromium's: one way on, to Home.
    m_pageError->setTitle(tr("This page could not be shown"));
    m_pageError->setMessage(tr("Sorry, something went wrong. Please try again from the home screen, or ask "
                               "at the front desk."));
    m_pageError->setButtonText(tr("Home"));
    m_pageError->open();
}

void KioskWindow::submitCallback()
{
    if (m_callbackFlow->submit(language()))
        setWindowTitle(QStringLiteral("%1 — %2").arg(m_settings.clinicName(), tr("Thank you")));
}

void KioskWindow::resetForNextVisitor()
{
    m_session->restart();
    m_externalLink->close();
    m_pageError->close();
    m_router->searchScreen()->clear();
    m_router->callbackScreen()->clear();
    if (StaffScreen *staff = m_router->staffScreen())
        staff->lock();
    VisitorTraces::wipe(this);
    m_router->articleScreen()->endVisit();
    m_router->articleScreen()->view()->clearHistory();
    m_profile.wipe();
    m_router->resetVisitorChoices();
    m_topBar->setHighContrast(false);
    applyTheme();
    m_router->refreshScreens();
    m_router->restartAt({Location::Screen::Attract, {}});
    emit waitingForVisitor();
}

void KioskWindow::applySettings(CallbackIntake &callbacks)
{
    m_callbackFlow->setIntake(callbacks);
    m_session->setIdleSeconds(m_settings.idleTimeoutSeconds(), m_settings.staffIdleSeconds());
    m_session->setStillThereSeconds(m_settings.stillThereSeconds());
    m_topBar->setClinicName(m_settings.clinicName());
    m_router->applySettings();
    onShown(m_router->location());
}

bool KioskWindow::isWaitingForVisitor() const
{
    return m_router->location().screen == Location::Screen::Attract;
}

void KioskWindow::setLanguage(const QString &language)
{
    if (!m_router->languages().contains(language))
        return;
    // Before the screens are filled in again, so that what they fill in is in the new language.
    m_translations.use(language);
    m_router->setLanguage(language);
}

void KioskWindow::setTextPercent(int percent)
{
    m_router->setTextPercent(percent);
    applyTheme();
}

void KioskWindow::setHighContrast(bool on)
{
    if (m_router->highContrast() == on)
        return;
    m_topBar->setHighContrast(on);
    m_router->setHighContrast(on);
    applyTheme();
}

void KioskWindow::applyTheme()
{
    setStyleSheet(Theme::styleSheet(textPercent(), highContrast()));
    m_topBar->setTextPercent(textPercent());
}

Location KioskWindow::location() const { return m_router->location(); }
QString KioskWindow::language() const { return m_router->language(); }
int KioskWindow::textPercent() const { return m_router->textPercent(); }
bool KioskWindow::highContrast() const { return m_router->highContrast(); }
AttractScreen *KioskWindow::attractScreen() const { return m_router->attractScreen(); }
HomeScreen *KioskWindow::homeScreen() const { return m_router->homeScreen(); }
TopicScreen *KioskWindow::topicScreen() const { return m_router->topicScreen(); }
ArticleScreen *KioskWindow::articleScreen() const { return m_router->articleScreen(); }
SearchScreen *KioskWindow::searchScreen() const { return m_router->searchScreen(); }
CallbackScreen *KioskWindow::callbackScreen() const { return m_router->callbackScreen(); }
StaffScreen *KioskWindow::staffScreen() const { return m_router->staffScreen(); }
QWidget *KioskWindow::clinicNameLabel() const { return m_topBar->clinicNameLabel(); }
QPushButton *KioskWindow::backButton() const { return m_topBar->backButton(); }
QPushButton *KioskWindow::homeButton() const { return m_topBar->homeButton(); }
Overlay *KioskWindow::stillThereOverlay() const { return m_session->stillThereOverlay(); }
Overlay *KioskWindow::externalLinkOverlay() const { return m_externalLink; }
QrCodeWidget *KioskWindow::externalLinkCode() const { return m_externalLink->code(); }
IdleWatcher *KioskWindow::idleWatcher() const { return m_session->idleWatcher(); }
void KioskWindow::setStillThereSeconds(int seconds) { m_session->setStillThereSeconds(seconds); }
