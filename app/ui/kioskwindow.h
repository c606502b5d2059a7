// The visitor's window: a top bar with Back, Home and display controls over a
// stack of screens. It moves between screens and wipes the visit when idle;
// the screens themselves show state and report taps.
#pragma once

#include "navigation/navigationhistory.h"
#include "ui/cardlist.h"

#include <QTimer>

#include <optional>
#include <QWidget>

class ArticleLibrary;
class ArticleScreen;
class CallbackIntake;
class CallbackScreen;
class AttractScreen;
class HomeScreen;
class IdleWatcher;
class KioskProfile;
class KioskSettings;
class Overlay;
class QLabel;
class QPushButton;
class QrCodeWidget;
class QStackedWidget;
class SearchIndex;
class SearchScreen;
class StaffScreen;
class TopicScreen;
struct Article;

class KioskWindow : public QWidget
{
    Q_OBJECT

public:
    KioskWindow(const ArticleLibrary &library, const SearchIndex &search, const KioskSettings &settings,
                KioskProfile &profile, CallbackIntake &callbacks, QWidget *parent = nullptr);

    // Full-screen, and back to full-screen if anything takes it away.
    void setKioskMode(bool kiosk);

    // Adds the staff screen, opened by a long press on the clinic's name.
    void addStaffScreen(StaffScreen *staff);

    void go(const Location &location);
    void goBack();
    // Everything the visitor did is forgotten: history, search, text size,
    // contrast, language, web storage, open dialogs.
    void resetForNextVisitor();

    // Shows the settings again after they changed (a re-read configuration):
    // idle time-outs, the clinic's name, the offices on the call-back form and
    // beside outside links, the consent and thank-you words. `callbacks` was
    // built from the same settings and takes the next request. It empties the
    // call-back form, so call it only while isWaitingForVisitor().
    void applySettings(CallbackIntake &callbacks);
    // Nobody is using the kiosk: the attract screen is up, so no visitor is
    // mid-visit and the staff screen is closed.
    bool isWaitingForVisitor() const;

    Location location() const { return m_history.current(); }
    QString language() const { return m_language; }
    int textPercent() const { return m_textPercent; }
    bool highContrast() const { return m_highContrast; }
    void setLanguage(const QString &language);
    void setTextPercent(int percent);
    void setHighContrast(bool on);

    // For tests and the end-to-end script: the parts a visitor touches.
    AttractScreen *attractScreen() const { return m_attract; }
    HomeScreen *homeScreen() const { return m_home; }
    TopicScreen *topicScreen() const { return m_topic; }
    ArticleScreen *articleScreen() const { return m_article; }
    SearchScreen *searchScreen() const { return m_search; }
    CallbackScreen *callbackScreen() const { return m_callback; }
    StaffScreen *staffScreen() const { return m_staff; }
    QWidget *clinicNameLabel() const;
    QPushButton *backButton() const { return m_backButton; }
    QPushButton *homeButton() const { return m_homeButton; }
    Overlay *stillThereOverlay() const { return m_stillThere; }
    Overlay *externalLinkOverlay() const { return m_externalLink; }
    Overlay *pageErrorOverlay() const { return m_pageError; }
    QrCodeWidget *externalLinkCode() const { return m_externalLinkCode; }
    IdleWatcher *idleWatcher() const { return m_idle; }

    static constexpr int defaultStillThereSeconds = 20;
    void setStillThereSeconds(int seconds) { m_stillThereSeconds = seconds; }

signals:
    // An article was put on screen for a visitor (for the anonymous counts).
    void articleShown(const QString &slug, const QString &language);
    // A visit or a staff session has just ended; isWaitingForVisitor() is true.
    void waitingForVisitor();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void coverScreen();
    QWidget *buildTopBar();
    void buildOverlays();
    void display(const Location &location);
    void showArticle(const QString &slug);
    void showCallbackForm(const QString &topicSlug);
    void submitCallback();
    void updateWindowTitle(const Location &location);
    void showExternalLink(const QUrl &url);
    void showMessage(const QString &title, const QString &message);
    void onIdle();
    void countDown();
    void applyTheme();
    void refreshHomeAndAttract();
    void retranslate();
    QList<CardList::Entry> entries(const QList<const Article *> &articles) const;

    const ArticleLibrary &m_library;
    const SearchIndex &m_searchIndex;
    const KioskSettings &m_settings;
    KioskProfile &m_profile;
    CallbackIntake *m_callbacks;  // replaced when the settings change
    NavigationHistory m_history;
    QString m_language;
    int m_textPercent;
    bool m_highContrast = false;
    bool m_kioskMode = false;

    QWidget *m_topBar;
    QLabel *m_clinicName;
    QPushButton *m_backButton;
    QPushButton *m_homeButton;
    QList<QPushButton *> m_languageButtons;
    QPushButton *m_smallerText;
    QPushButton *m_largerText;
    QPushButton *m_contrast;
    QStackedWidget *m_stack;
    AttractScreen *m_attract;
    HomeScreen *m_home;
    TopicScreen *m_topic;
    ArticleScreen *m_article;
    SearchScreen *m_search;
    CallbackScreen *m_callback;
    StaffScreen *m_staff = nullptr;
    std::optional<int> m_visitorIdleMilliseconds;  // set while staff have the screen
    Overlay *m_stillThere;
    QLabel *m_countdown;
    Overlay *m_externalLink;
    QrCodeWidget *m_externalLinkCode;
    QLabel *m_externalLinkPhones;
    Overlay *m_message;
    Overlay *m_pageError;
    IdleWatcher *m_idle;
    QTimer m_countdownTimer;
    int m_secondsLeft = 0;
    int m_stillThereSeconds = defaultStillThereSeconds;
};
