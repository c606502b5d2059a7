// Which screen shows a place, and filling each screen in for the visitor's
// language and the clinic's settings.
#include "ui/screenrouter.h"

#include "core/callbacks/consent.h"
#include "core/content/articlelibrary.h"
#include "core/content/articleurl.h"
#include "core/i18n/uitranslations.h"
#include "core/settings/kiosksettings.h"
#include "ui/article/articlescreen.h"
#include "ui/articlecards.h"
#include "ui/attract/attractscreen.h"
#include "ui/callback/callbackscreen.h"
#include "ui/home/homescreen.h"
#include "ui/search/searchscreen.h"
#include "ui/staff/staffscreen.h"
#include "ui/theme.h"
#include "ui/topic/topicscreen.h"

#include <algorithm>

namespace {
QList<CallbackScreen::Choice> officeChoices(const KioskSettings &settings)
{
    QList<CallbackScreen::Choice> offices;
    for (const Office &office : settings.offices())
        offices.append({office.id, office.name});
    return offices;
}
} // namespace

ScreenRouter::ScreenRouter(const ArticleLibrary &library, const KioskSettings &settings, KioskProfile &profile,
                           QWidget *parent)
    : QStackedWidget(parent),
      m_library(library),
      m_settings(settings),
      m_languages(offeredLanguages(settings.languages(), library.languages())),
      m_language(defaultLanguage()),
      m_textPercent(Theme::smallestTextPercent),
      m_attract(new AttractScreen(this)),
      m_home(new HomeScreen(this)),
      m_topic(new TopicScreen(this)),
      m_article(new ArticleScreen(profile, this)),
      m_search(new SearchScreen(this)),
      m_callback(new CallbackScreen(this))
{
    for (QWidget *screen : std::initializer_list<QWidget *>{m_attract, m_home, m_topic, m_article, m_search, m_callback})
        addWidget(screen);
    applySettings();
    m_history.reset({Location::Screen::Attract, {}});
}

QString ScreenRouter::defaultLanguage() const
{
    return m_languages.value(0, UiTranslations::sourceLanguage());
}

void ScreenRouter::addStaffScreen(StaffScreen *staff)
{
    m_staff = staff;
    addWidget(staff);
}

void ScreenRouter::go(const Location &location)
{
    m_history.go(location);
    display(m_history.current());
}

void ScreenRouter::goBack()
{
    display(m_history.back());
}

void ScreenRouter::restartAt(const Location &location)
{
    m_history.reset(location);
    display(m_history.current());
}

void ScreenRouter::redisplay()
{
    display(m_history.current());
}

void ScreenRouter::display(const Location &location)
{
    switch (location.screen) {
    case Location::Screen::Attract:
        setCurrentWidget(m_attract);
        break;
    case Location::Screen::Home:
        setCurrentWidget(m_home);
        m_home->featuredList()->scrollToTop();
        break;
    case Location::Screen::Topic:
        m_topic->setTopic(location.argument,
                          ArticleCards::forTopic(m_library, m_library.inCategory(m_language, location.argument)));
        setCurrentWidget(m_topic);
        break;
    case Location::Screen::Article:
        showArticle(location.argument);
        return;  // showArticle may go Home instead, which reports itself
    case Location::Screen::Search:
        setCurrentWidget(m_search);
        break;
    case Location::Screen::Callback:
        showCallbackForm(location.argument);
        break;
    case Location::Screen::Staff:
        if (m_staff) {
            m_staff->lock();
            setCurrentWidget(m_staff);
        }
        break;
    }
    if (currentWidget() != m_search)
        currentWidget()->setFocus();
    emit shown(location);
}

void ScreenRouter::showArticle(const QString &slug)
{
    QString shownIn = m_language;
    const Article *article = m_library.article(m_language, slug);
    // Not translated yet: the visitor keeps reading it in the first language
    // that has it, and is told so.
    for (auto other = m_languages.cbegin(); !article && other != m_languages.cend(); ++other) {
        article = m_library.article(*other, slug);
        shownIn = *other;
    }
    if (!article) {
        go({Location::Screen::Home, {}});
        return;
    }
    m_article->setLanguageNote(shownIn == m_language
                                   ? QString()
                                   : tr("This article is not available in %1 yet. Here it is in %2.")
                                         .arg(languageInSentence(m_language), languageInSentence(shownIn)));
    constexpr int relatedCount = 5;
    m_article->showArticle(slug, ArticleUrl::forArticle(shownIn, slug, m_highContrast),
                           ArticleCards::forArticles(m_library.related(*article, relatedCount)));
    m_article->setTextPercent(m_textPercent);
    setCurrentWidget(m_article);
    m_article->setFocus();
    emit shown(m_history.current());
    emit articleShown(slug, shownIn);
}

void ScreenRouter::showCallbackForm(const QString &topicSlug)
{
    // Shown again for a new language: keep what the visitor typed.
    if (currentWidget() != m_callback)
        m_callback->start(topicSlug);
    setCurrentWidget(m_callback);
}

QString ScreenRouter::languageInSentence(const QString &code)
{
    // In the words of the screen's language, as a sentence needs them
    // ("en inglés"), not as a button names a language in itself.
    if (code == u"en")
        return tr("English");
    if (code == u"es")
        return tr("Spanish");
    return nativeLanguageName(code);
}

QString ScreenRouter::screenName(const Location &location) const
{
    switch (location.screen) {
    case Location::Screen::Attract:
        return tr("Welcome");
    case Location::Screen::Home:
        return tr("Home");
    case Location::Screen::Topic:
        return location.argument;
    case Location::Screen::Article:
        if (const Article *article = m_library.article(m_language, location.argument))
            return article->title;
        return {};
    case Location::Screen::Search:
        return tr("Search");
    case Location::Screen::Callback:
        return tr("Call back");
    case Location::Screen::Staff:
        return tr("Staff");
    }
    return {};
}

void ScreenRouter::setLanguage(const QString &language)
{
    if (!m_languages.contains(language))
        return;
    m_language = language;
    refreshScreens();
    redisplay();
}

void ScreenRouter::setTextPercent(int percent)
{
    m_textPercent = std::clamp(percent, Theme::smallestTextPercent, Theme::largestTextPercent);
    m_article->setTextPercent(m_textPercent);
}

void ScreenRouter::setHighContrast(bool on)
{
    m_highContrast = on;
    // The article page has its own colours: it is served again in the new ones.
    if (m_history.current().screen == Location::Screen::Article)
        showArticle(m_history.current().argument);
}

void ScreenRouter::resetVisitorChoices()
{
    m_highContrast = false;
    m_textPercent = Theme::smallestTextPercent;
    m_language = defaultLanguage();
    m_article->setTextPercent(m_textPercent);
}

void ScreenRouter::applySettings()
{
    m_callback->setOffices(officeChoices(m_settings));
    refreshScreens();
}

void ScreenRouter::refreshScreens()
{
    const QList<const Article *> featured = m_library.featured(m_language);
    m_home->setContent(m_settings.clinicName(), ArticleCards::forCategories(m_library, m_language),
                       ArticleCards::forArticles(featured));
    QList<AttractScreen::Feature> features;
    for (const Article *article : featured)
        features.append({article->title, article->summary});
    m_attract->setClinicName(m_settings.clinicName());
    m_attract->setFeatures(features);
    m_search->setKeyboardLanguage(m_language);
    m_search->clear();
    m_callback->setTopics(ArticleCards::topicChoices(m_library, m_language),
                          Consent::text(m_settings.clinicName(), m_settings.retentionDays()));
    m_callback->setKeyboardLanguage(m_language);
}
