// The visitor's window: the top bar over the screens, with the overlays
// above them. It only wires: the router shows places, the visit session
// ends idle visits, the call-back flow sends the form; the window passes
// taps from one to the other and wipes the visit when it ends.
#pragma once

#include "core/i18n/uitranslations.h"
#include "core/navigation/navigationhistory.h"

#include <QWidget>

class ArticleLibrary;
class ArticleScreen;
class AttractScreen;
class CallbackFlow;
class CallbackIntake;
class CallbackScreen;
class ExternalLinkOverlay;
class HomeScreen;
class IdleWatcher;
class KioskProfile;
class KioskSettings;
class Overlay;
class PlaceholderColour;
class QPushButton;
class QrCodeWidget;
class ScreenRouter;
class SearchIndex;
class SearchScreen;
class StaffScreen;
class TopBar;
class TopicScreen;
class VisitSession;

class KioskWindow : public QWidget
{
    Q_OBJECT

public:
    KioskWindow(const ArticleLibrary &library, const SearchIndex &search, const KioskSettings &settings,
                KioskProfile &profile, CallbackIntake &callbacks, QWidget *parent = nullptr);
    ~KioskWindow() override;

    // Full-screen, and back to full-screen if anything takes it away; the
    // window can't be closed (only "Close the kiosk" on the staff screen).
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

    Location location() const;
    QString language() const;
    int textPercent() const;
    bool highContrast() const;
    void setLanguage(const QString &language);
    void setTextPercent(int percent);
    void setHighContrast(bool on);

    // For tests and the end-to-end script: the parts a visitor touches.
    AttractScreen *attractScreen() const;
    HomeScreen *homeScreen() const;
    TopicScreen *topicScreen() const;
    ArticleScreen *articleScreen() const;
    SearchScreen *searchScreen() const;
    CallbackScreen *callbackScreen() const;
    StaffScreen *staffScreen() const;
    QWidget *clinicNameLabel() const;
    QPushButton *backButton() const;
    QPushButton *homeButton() const;
    Overlay *stillThereOverlay() const;
    Overlay *externalLinkOverlay() const;
    Overlay *pageErrorOverlay() const { return m_pageError; }
    QrCodeWidget *externalLinkCode() const;
    IdleWatcher *idleWatcher() const;
    void setStillThereSeconds(int seconds);

signals:
    // An article was put on screen for a visitor (for the anonymous counts).
    void articleShown(const QString &slug, const QString &language);
    // A visit or a staff session has just ended; isWaitingForVisitor() is true.
    void waitingForVisitor();

private:
    void onShown(const Location &location);
    void showPageError();
    void submitCallback();
    void applyTheme();
    // The screens' words: the visitor's language, or the clinic's on the staff screen.
    void applyLanguage(const Location &location);

    // First: it must see every field of the screens polished.
    PlaceholderColour *m_placeholderColour;
    const SearchIndex &m_searchIndex;
    const KioskSettings &m_settings;
    KioskProfile &m_profile;
    UiTranslations m_translations;
    TopBar *m_topBar;
    ScreenRouter *m_router;
    VisitSession *m_session;
    std::unique_ptr<CallbackFlow> m_callbackFlow;
    ExternalLinkOverlay *m_externalLink;
    Overlay *m_pageError;
    bool m_kioskMode = false;
};
