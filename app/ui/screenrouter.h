// From a place in the visit (a Location) to the screen that shows it: the
// stack of screens, the Back history, and what the visitor chose to see
// (language, text size, contrast) that each screen is filled in for.
#pragma once

#include "core/navigation/navigationhistory.h"

#include <QStackedWidget>

class ArticleLibrary;
class ArticleScreen;
class AttractScreen;
class CallbackScreen;
class HomeScreen;
class KioskProfile;
class KioskSettings;
class SearchScreen;
class StaffScreen;
class TopicScreen;

class ScreenRouter : public QStackedWidget
{
    Q_OBJECT

public:
    ScreenRouter(const ArticleLibrary &library, const KioskSettings &settings, KioskProfile &profile,
                 QWidget *parent = nullptr);

    void addStaffScreen(StaffScreen *staff);

    void go(const Location &location);
    void goBack();
    // A fresh history that starts at `location` (Back can't leave it).
    void restartAt(const Location &location);
    // Shows the current place again, e.g. in another language.
    void redisplay();
    Location location() const { return m_history.current(); }
    bool canGoBack() const { return m_history.canGoBack(); }
    // The screen's name for the window title ("Home", an article's title, …).
    QString screenName(const Location &location) const;

    QString language() const { return m_language; }
    // The languages offered, the default one first.
    QStringList languages() const { return m_languages; }
    int textPercent() const { return m_textPercent; }
    bool highContrast() const { return m_highContrast; }
    void setLanguage(const QString &language);
    void setTextPercent(int percent);
    void setHighContrast(bool on);
    // The visitor's choices back to the defaults, for the next visitor.
    void resetVisitorChoices();
    // Home, attract, search and the form's topics filled in again for the
    // language (and the clinic's name and consent wording).
    void refreshScreens();
    // The same after the settings changed, the form's offices too. It
    // empties the call-back form.
    void applySettings();

    AttractScreen *attractScreen() const { return m_attract; }
    HomeScreen *homeScreen() const { return m_home; }
    TopicScreen *topicScreen() const { return m_topic; }
    ArticleScreen *articleScreen() const { return m_article; }
    SearchScreen *searchScreen() const { return m_search; }
    CallbackScreen *callbackScreen() const { return m_callback; }
    StaffScreen *staffScreen() const { return m_staff; }

signals:
    // A place is on screen now (after go, back, a restart or a redisplay).
    void shown(const Location &location);
    // An article was put on screen for a visitor (for the anonymous counts).
    void articleShown(const QString &slug, const QString &language);

private:
    void display(const Location &location);
    void showArticle(const QString &slug);
    void showCallbackForm(const QString &topicSlug);
    QString defaultLanguage() const;
    static QString languageInSentence(const QString &code);

    const ArticleLibrary &m_library;
    const KioskSettings &m_settings;
    NavigationHistory m_history;
    QStringList m_languages;
    QString m_language;
    int m_textPercent;
    bool m_highContrast = false;

    AttractScreen *m_attract;
    HomeScreen *m_home;
    TopicScreen *m_topic;
    ArticleScreen *m_article;
    SearchScreen *m_search;
    CallbackScreen *m_callback;
    StaffScreen *m_staff = nullptr;
};
