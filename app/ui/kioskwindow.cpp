// Screen changes, display settings and the idle reset of the visitor's window.
#include "ui/kioskwindow.h"

#include "callbacks/callbackintake.h"
#include "callbacks/consent.h"
#include "content/articlelibrary.h"
#include "content/articleurl.h"
#include "search/searchindex.h"
#include "settings/kiosksettings.h"
#include "ui/article/articlescreen.h"
#include "ui/attract/attractscreen.h"
#include "ui/callback/callbackscreen.h"
#include "ui/home/homescreen.h"
#include "ui/idlewatcher.h"
#include "ui/overlays/overlay.h"
#include "ui/longpress.h"
#include "ui/search/searchscreen.h"
#include "ui/staff/staffscreen.h"
#include "ui/theme.h"
#include "ui/topic/topicscreen.h"
#include "web/articleview.h"
#include "web/kioskprofile.h"
#include "widgets/qrcodewidget.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScreen>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace {

// Each language named in itself. Qt 6.4's nativeLanguageName() adds the
// country for some ("español de España"), which reads oddly on a button.
QString languageName(const QString &code)
{
    static const QHash<QString, QString> names = {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("es"), QStringLiteral("Español")},
    };
    if (names.contains(code))
        return names.value(code);
    const QLocale locale(code);
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name.isEmpty() ? code : name;
}

QList<CallbackScreen::Choice> officeChoices(const KioskSettings &settings)
{
    QList<CallbackScreen::Choice> offices;
    for (const Office &office : settings.offices())
        offices.append({office.id, office.name});
    return offices;
}

QPushButton *barButton(const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(objectName);
    button->setMinimumSize(72, 64);
    return button;
}

} // namespace

KioskWindow::KioskWindow(const ArticleLibrary &library, const SearchIndex &search, const KioskSettings &settings,
                         KioskProfile &profile, CallbackIntake &callbacks, QWidget *parent)
    : QWidget(parent),
      m_library(library),
      m_searchIndex(search),
      m_settings(settings),
      m_profile(profile),
      m_callbacks(&callbacks),
      m_language(library.languages().value(0, QStringLiteral("en"))),
      m_textPercent(Theme::smallestTextPercent),
      m_stack(new QStackedWidget(this)),
      m_attract(new AttractScreen(this)),
      m_home(new HomeScreen(this)),
      m_topic(new TopicScreen(this)),
      m_article(new ArticleScreen(profile, this)),
      m_search(new SearchScreen(this)),
      m_callback(new CallbackScreen(this)),
      m_idle(new IdleWatcher(this))
{
    setObjectName(QStringLiteral("kioskWindow"));
    setAttribute(Qt::WA_StyledBackground);
    setContextMenuPolicy(Qt::NoContextMenu);
    setAcceptDrops(false);
    setWindowTitle(settings.clinicName());
    m_topBar = buildTopBar();
    for (QWidget *screen : std::initializer_list<QWidget *>{m_attract, m_home, m_topic, m_article, m_search, m_callback})
        m_stack->addWidget(screen);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_topBar);
    layout->addWidget(m_stack, 1);
    buildOverlays();

    connect(m_attract, &AttractScreen::started, this, [this] { go({Location::Screen::Home, {}}); });
    connect(m_home, &HomeScreen::categoryChosen, this,
            [this](const QString &category) { go({Location::Screen::Topic, category}); });
    connect(m_home, &HomeScreen::searchRequested, this, [this] { go({Location::Screen::Search, {}}); });
    const auto openArticle = [this](const QString &slug) { go({Location::Screen::Article, slug}); };
    connect(m_home, &HomeScreen::articleChosen, this, openArticle);
    connect(m_topic, &TopicScreen::articleChosen, this, openArticle);
    connect(m_article, &ArticleScreen::articleChosen, this, openArticle);
    connect(m_search, &SearchScreen::articleChosen, this, openArticle);
    connect(m_article, &ArticleScreen::externalLinkActivated, this, &KioskWindow::showExternalLink);
    connect(m_article, &ArticleScreen::callbackRequested, this,
            [this](const QString &slug) { go({Location::Screen::Callback, slug}); });
    connect(m_home, &HomeScreen::callbackRequested, this, [this] { go({Location::Screen::Callback, {}}); });
    connect(m_callback, &CallbackScreen::submitted, this, &KioskWindow::submitCallback);
    connect(m_callback, &CallbackScreen::cancelled, this, &KioskWindow::goBack);
    connect(m_callback, &CallbackScreen::finished, this, [this] {
        // The form is done with: Back must not lead to it again.
        m_callback->clear();
        m_history.reset({Location::Screen::Home, {}});
        display(m_history.current());
    });
    connect(m_article, &ArticleScreen::pageFailed, this, [this] {
        // Our own error page, in place of Chromium's: one way on, to Home.
        m_pageError->setTitle(tr("This page could not be shown"));
        m_pageError->setMessage(tr("Sorry, something went wrong. Please try again from the home screen, or ask "
                                   "at the front desk."));
        m_pageError->setButtonText(tr("Home"));
        m_pageError->open();
    });
    connect(m_search, &SearchScreen::textChanged, this, [this](const QString &text) {
        QList<CardList::Entry> results;
        for (const SearchHit &hit : m_searchIndex.search(m_language, text))
            results.append({hit.slug, hit.titleHtml, hit.snippetHtml});
        m_search->setResults(results, text);
    });

    m_idle->setTimeout(m_settings.idleTimeoutSeconds() * 1000);
    connect(m_idle, &IdleWatcher::idle, this, &KioskWindow::onIdle);
    connect(m_idle, &IdleWatcher::activity, this, [this] {
        if (m_stillThere->isVisible()) {
            m_countdownTimer.stop();
            m_stillThere->close();
        }
    });
    m_countdownTimer.setInterval(1000);
    connect(&m_countdownTimer, &QTimer::timeout, this, &KioskWindow::countDown);

    m_callback->setOffices(officeChoices(m_settings));

    applyTheme();
    refreshHomeAndAttract();
    retranslate();
    m_history.reset({Location::Screen::Attract, {}});
    display(m_history.current());
}

QWidget *KioskWindow::buildTopBar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("topBar"));
    bar->setAttribute(Qt::WA_StyledBackground);
    m_clinicName = new QLabel(m_settings.clinicName(), bar);
    m_clinicName->setObjectName(QStringLiteral("clinicName"));
    m_backButton = barButton(QStringLiteral("backButton"), bar);
    m_homeButton = barButton(QStringLiteral("homeButton"), bar);
    m_smallerText = barButton(QStringLiteral("smallerTextButton"), bar);
    m_largerText = barButton(QStringLiteral("largerTextButton"), bar);
    m_contrast = barButton(QStringLiteral("contrastButton"), bar);
    m_contrast->setCheckable(true);

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(20, 10, 20, 10);
    layout->setSpacing(14);
    layout->addWidget(m_backButton);
    layout->addWidget(m_homeButton);
    layout->addSpacing(20);
    layout->addWidget(m_clinicName, 1);
    const QStringList languages = m_library.languages();
    if (languages.size() > 1) {
        for (const QString &language : languages) {
            QPushButton *button = barButton(QStringLiteral("language_%1").arg(language), bar);
            button->setCheckable(true);
            button->setText(languageName(language));
            button->setAccessibleName(languageName(language));
            button->setProperty("language", language);
            connect(button, &QPushButton::clicked, this, [this, language] { setLanguage(language); });
            layout->addWidget(button);
            m_languageButtons.append(button);
        }
        layout->addSpacing(20);
    }
    layout->addWidget(m_smallerText);
    layout->addWidget(m_largerText);
    layout->addWidget(m_contrast);

    connect(m_backButton, &QPushButton::clicked, this, &KioskWindow::goBack);
    connect(m_homeButton, &QPushButton::clicked, this, [this] { go({Location::Screen::Home, {}}); });
    connect(m_smallerText, &QPushButton::clicked, this,
            [this] { setTextPercent(m_textPercent - Theme::textPercentStep); });
    connect(m_largerText, &QPushButton::clicked, this,
            [this] { setTextPercent(m_textPercent + Theme::textPercentStep); });
    connect(m_contrast, &QPushButton::toggled, this, &KioskWindow::setHighContrast);
    return bar;
}

void KioskWindow::buildOverlays()
{
    m_stillThere = new Overlay(this);
    m_countdown = new QLabel;
    m_countdown->setObjectName(QStringLiteral("countdown"));
    m_countdown->setAlignment(Qt::AlignCenter);
    m_stillThere->addContent(m_countdown);
    connect(m_stillThere, &Overlay::dismissed, this, [this] {
        m_countdownTimer.stop();
        m_idle->restart();
    });

    m_externalLink = new Overlay(this);
    m_externalLinkCode = new QrCodeWidget;
    m_externalLinkCode->setMinimumSize(320, 320);
    m_externalLinkPhones = new QLabel;
    m_externalLinkPhones->setAlignment(Qt::AlignCenter);
    m_externalLinkPhones->setWordWrap(true);
    m_externalLink->addContent(m_externalLinkCode);
    m_externalLink->addContent(m_externalLinkPhones);

    m_message = new Overlay(this);
    m_pageError = new Overlay(this);
    connect(m_pageError, &Overlay::dismissed, this, [this] { go({Location::Screen::Home, {}}); });
}

void KioskWindow::setKioskMode(bool kiosk)
{
    m_kioskMode = kiosk;
    if (kiosk)
        coverScreen();
}

void KioskWindow::coverScreen()
{
    // A bare X session has no window manager to honour "full screen", so the
    // window also takes the screen's whole geometry itself.
    if (QScreen *screen = QGuiApplication::primaryScreen())
        setGeometry(screen->geometry());
    showFullScreen();
}

void KioskWindow::go(const Location &location)
{
    m_history.go(location);
    display(m_history.current());
}

void KioskWindow::goBack()
{
    display(m_history.back());
}

void KioskWindow::display(const Location &location)
{
    switch (location.screen) {
    case Location::Screen::Attract:
        m_stack->setCurrentWidget(m_attract);
        break;
    case Location::Screen::Home:
        m_stack->setCurrentWidget(m_home);
        m_home->featuredList()->scrollToTop();
        break;
    case Location::Screen::Topic:
        m_topic->setTopic(location.argument, entries(m_library.inCategory(m_language, location.argument)));
        m_stack->setCurrentWidget(m_topic);
        break;
    case Location::Screen::Article:
        showArticle(location.argument);
        break;
    case Location::Screen::Search:
        m_stack->setCurrentWidget(m_search);
        break;
    case Location::Screen::Callback:
        showCallbackForm(location.argument);
        break;
    case Location::Screen::Staff:
        if (m_staff) {
            m_staff->lock();
            m_stack->setCurrentWidget(m_staff);
        }
        break;
    }
    // Staff have their own idle time; visitors get theirs back afterwards.
    if (location.screen == Location::Screen::Staff && !m_visitorIdleMilliseconds) {
        m_visitorIdleMilliseconds = m_idle->timeout();
        m_idle->setTimeout(m_settings.staffIdleSeconds() * 1000);
    } else if (location.screen != Location::Screen::Staff && m_visitorIdleMilliseconds) {
        m_idle->setTimeout(*m_visitorIdleMilliseconds);
        m_visitorIdleMilliseconds.reset();
    }
    m_topBar->setVisible(location.screen != Location::Screen::Attract && location.screen != Location::Screen::Staff);
    updateWindowTitle(location);
    m_backButton->setEnabled(m_history.canGoBack());
    if (m_stack->currentWidget() != m_search)
        m_stack->currentWidget()->setFocus();
}

void KioskWindow::showCallbackForm(const QString &topicSlug)
{
    // Shown again for a new language: keep what the visitor typed.
    if (m_stack->currentWidget() != m_callback)
        m_callback->start(topicSlug);
    m_stack->setCurrentWidget(m_callback);
}

void KioskWindow::submitCallback()
{
    CallbackDraft draft = m_callback->draft();
    draft.language = m_language;
    const IntakeOutcome outcome = m_callbacks->submit(draft);
    switch (outcome.result) {
    case IntakeOutcome::Result::Saved: {
        const QString phone = PhoneNumberParser(m_settings.phoneRegion()).formatNational(outcome.request->phoneE164);
        const QString message = !m_settings.callbackConfirmation().isEmpty()
            ? m_settings.callbackConfirmation()
            : tr("The front desk will call you at %1, usually within one business day.").arg(phone);
        m_callback->showConfirmation(message);
        setWindowTitle(QStringLiteral("%1 — %2").arg(m_settings.clinicName(), tr("Thank you")));
        break;
    }
    case IntakeOutcome::Result::NeedsCorrection:
        m_callback->showProblems(outcome.problems);
        break;
    case IntakeOutcome::Result::NotSaved:
        m_callback->showNotSaved();
        break;
    }
}

void KioskWindow::updateWindowTitle(const Location &location)
{
    // Screen readers announce the window title, and scripts can read it.
    QString screen;
    switch (location.screen) {
    case Location::Screen::Attract:
        screen = tr("Welcome");
        break;
    case Location::Screen::Home:
        screen = tr("Home");
        break;
    case Location::Screen::Topic:
        screen = location.argument;
        break;
    case Location::Screen::Article:
        if (const Article *article = m_library.article(m_language, location.argument))
            screen = article->title;
        break;
    case Location::Screen::Search:
        screen = tr("Search");
        break;
    case Location::Screen::Callback:
        screen = tr("Call back");
        break;
    case Location::Screen::Staff:
        screen = tr("Staff");
        break;
    }
    setWindowTitle(QStringLiteral("%1 — %2").arg(m_settings.clinicName(), screen));
}

void KioskWindow::showArticle(const QString &slug)
{
    const Article *article = m_library.article(m_language, slug);
    if (!article) {
        // The visitor switched language and this article has no translation.
        go({Location::Screen::Home, {}});
        return;
    }
    constexpr int relatedCount = 5;
    m_article->showArticle(slug, ArticleUrl::forArticle(m_language, slug, m_highContrast),
                           entries(m_library.related(*article, relatedCount)));
    m_article->setTextPercent(m_textPercent);
    m_stack->setCurrentWidget(m_article);
    emit articleShown(slug, m_language);
}

QWidget *KioskWindow::clinicNameLabel() const
{
    return m_clinicName;
}

void KioskWindow::addStaffScreen(StaffScreen *staff)
{
    m_staff = staff;
    staff->setParent(this);
    m_stack->addWidget(staff);
    auto *longPress = new LongPress(m_clinicName);
    connect(longPress, &LongPress::pressed, this, [this] {
        // Staff are not part of the visit: Back can't lead into or out of it.
        m_history.reset({Location::Screen::Staff, {}});
        display(m_history.current());
    });
    connect(staff, &StaffScreen::locked, this, &KioskWindow::resetForNextVisitor);
    connect(staff, &StaffScreen::quitRequested, this, [this] {
        m_kioskMode = false;
        QCoreApplication::quit();
    });
}

void KioskWindow::showExternalLink(const QUrl &url)
{
    m_externalLinkCode->setText(url.toString(QUrl::FullyEncoded));
    QStringList phones;
    for (const Office &office : m_settings.offices())
        phones.append(QStringLiteral("%1: %2").arg(office.name.toHtmlEscaped(), office.phone.toHtmlEscaped()));
    m_externalLinkPhones->setText(phones.isEmpty() ? QString()
                                                   : tr("Or call us:") + QStringLiteral("<br>") + phones.join(QStringLiteral("<br>")));
    m_externalLink->setTitle(tr("Open this on your phone"));
    m_externalLink->setMessage(tr("This link leads to a website. Point your phone's camera at the code to open it:\n%1")
                                   .arg(url.host()));
    m_externalLink->setButtonText(tr("Close"));
    m_externalLink->open();
}

void KioskWindow::showMessage(const QString &title, const QString &message)
{
    m_message->setTitle(title);
    m_message->setMessage(message);
    m_message->setButtonText(tr("OK"));
    m_message->open();
}

void KioskWindow::onIdle()
{
    if (m_history.current().screen == Location::Screen::Attract)
        return;
    if (m_history.current().screen == Location::Screen::Staff) {
        resetForNextVisitor();
        return;
    }
    m_secondsLeft = m_stillThereSeconds;
    m_stillThere->setTitle(tr("Still there?"));
    m_stillThere->setMessage(tr("Touch the screen to keep reading. Otherwise we will start over for the next "
                                "person, and what you looked at will be cleared."));
    m_stillThere->setButtonText(tr("I'm still here"));
    m_countdown->setText(QString::number(m_secondsLeft));
    m_stillThere->open();
    m_countdownTimer.start();
}

void KioskWindow::countDown()
{
    --m_secondsLeft;
    m_countdown->setText(QString::number(m_secondsLeft));
    if (m_secondsLeft <= 0)
        resetForNextVisitor();
}

void KioskWindow::resetForNextVisitor()
{
    m_countdownTimer.stop();
    for (Overlay *overlay : {m_stillThere, m_externalLink, m_message, m_pageError})
        overlay->close();
    m_search->clear();
    m_callback->clear();
    if (m_staff)
        m_staff->lock();
    m_article->view()->clearHistory();
    m_profile.wipe();
    m_highContrast = false;
    m_textPercent = Theme::smallestTextPercent;
    m_language = m_library.languages().value(0, QStringLiteral("en"));
    {
        const QSignalBlocker blocker(m_contrast);
        m_contrast->setChecked(false);
    }
    applyTheme();
    refreshHomeAndAttract();
    m_history.reset({Location::Screen::Attract, {}});
    display(m_history.current());
    m_idle->restart();
    emit waitingForVisitor();
}

void KioskWindow::applySettings(CallbackIntake &callbacks)
{
    m_callbacks = &callbacks;
    const int visitorIdleMilliseconds = m_settings.idleTimeoutSeconds() * 1000;
    if (m_visitorIdleMilliseconds) {
        // Staff have the screen: their time-out now, the visitors' new one
        // when they leave.
        m_visitorIdleMilliseconds = visitorIdleMilliseconds;
        m_idle->setTimeout(m_settings.staffIdleSeconds() * 1000);
    } else {
        m_idle->setTimeout(visitorIdleMilliseconds);
    }
    m_clinicName->setText(m_settings.clinicName());
    m_callback->setOffices(officeChoices(m_settings));
    refreshHomeAndAttract();
    retranslate();
    updateWindowTitle(m_history.current());
}

bool KioskWindow::isWaitingForVisitor() const
{
    return m_history.current().screen == Location::Screen::Attract;
}

void KioskWindow::setLanguage(const QString &language)
{
    if (!m_library.languages().contains(language))
        return;
    m_language = language;
    refreshHomeAndAttract();
    display(m_history.current());
}

void KioskWindow::setTextPercent(int percent)
{
    m_textPercent = std::clamp(percent, Theme::smallestTextPercent, Theme::largestTextPercent);
    applyTheme();
    m_article->setTextPercent(m_textPercent);
}

void KioskWindow::setHighContrast(bool on)
{
    if (m_highContrast == on)
        return;
    m_highContrast = on;
    {
        const QSignalBlocker blocker(m_contrast);
        m_contrast->setChecked(on);
    }
    applyTheme();
    if (m_history.current().screen == Location::Screen::Article)
        showArticle(m_history.current().argument);
}

void KioskWindow::applyTheme()
{
    setStyleSheet(Theme::styleSheet(m_textPercent, m_highContrast));
    m_smallerText->setEnabled(m_textPercent > Theme::smallestTextPercent);
    m_largerText->setEnabled(m_textPercent < Theme::largestTextPercent);
}

void KioskWindow::refreshHomeAndAttract()
{
    const QList<const Article *> featured = m_library.featured(m_language);
    QList<CardList::Entry> categories;
    for (const QString &category : m_library.categories(m_language)) {
        const int count = int(m_library.inCategory(m_language, category).size());
        categories.append({category, category.toHtmlEscaped(), count == 1 ? tr("1 article") : tr("%1 articles").arg(count)});
    }
    m_home->setContent(m_settings.clinicName(), categories, entries(featured));
    QList<AttractScreen::Feature> features;
    for (const Article *article : featured)
        features.append({article->title, article->summary});
    m_attract->setClinicName(m_settings.clinicName());
    m_attract->setFeatures(features);
    m_search->setKeyboardLanguage(m_language);
    m_search->clear();
    QList<CallbackScreen::Choice> topics;
    for (const Article *article : m_library.articles(m_language))
        topics.append({article->slug, article->title});
    std::sort(topics.begin(), topics.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.label, b.label) < 0;
    });
    m_callback->setTopics(topics, Consent::text(m_settings.clinicName(), m_settings.retentionDays()));
    m_callback->setKeyboardLanguage(m_language);
    for (QPushButton *button : std::as_const(m_languageButtons))
        button->setChecked(button->property("language").toString() == m_language);
}

void KioskWindow::retranslate()
{
    m_backButton->setText(tr("‹ Back"));
    m_backButton->setAccessibleName(tr("Back"));
    m_homeButton->setText(tr("Home"));
    m_homeButton->setAccessibleName(tr("Home"));
    m_smallerText->setText(tr("A−"));
    m_smallerText->setAccessibleName(tr("Smaller text"));
    m_largerText->setText(tr("A+"));
    m_largerText->setAccessibleName(tr("Larger text"));
    m_contrast->setText(tr("Contrast"));
    m_contrast->setAccessibleName(tr("High contrast"));
    m_clinicName->setAccessibleName(m_settings.clinicName());
}

QList<CardList::Entry> KioskWindow::entries(const QList<const Article *> &articles) const
{
    QList<CardList::Entry> result;
    for (const Article *article : articles)
        result.append({article->slug, article->title.toHtmlEscaped(), article->summary.toHtmlEscaped()});
    return result;
}

void KioskWindow::closeEvent(QCloseEvent *event)
{
    // Alt+F4 or a window manager's close button never ends the kiosk; only
    // "Close the kiosk" on the staff screen does.
    if (m_kioskMode)
        event->ignore();
    else
        QWidget::closeEvent(event);
}

void KioskWindow::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::WindowStateChange && m_kioskMode && !(windowState() & Qt::WindowFullScreen))
        QTimer::singleShot(0, this, &KioskWindow::coverScreen);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}
