// Everything the kiosk runs on, built in order: settings, articles, search
// index, the database (call-back queue, staff desk, usage counts, retention),
// browser profile, input guard and the window.
#pragma once

#include "callbacks/callbackintake.h"
#include "callbacks/callbackstore.h"
#include "content/articlelibrary.h"
#include "search/searchindex.h"
#include "settings/kiosksettings.h"
#include "staff/staffdesk.h"
#include "usage/articleviews.h"

#include <QTimer>

#include <memory>

class InputGuard;
class KioskProfile;
class KioskWindow;

class Kiosk
{
public:
    // Needs a QApplication, made after KioskScheme::registerScheme().
    Kiosk(const QString &contentDir, const QString &configFile, const QString &dataDir);
    ~Kiosk();

    KioskWindow &window() const { return *m_window; }
    const ArticleLibrary &library() const { return m_library; }

private:
    void applyRetention();

    KioskSettings m_settings;
    ArticleLibrary m_library;
    SearchIndex m_search;
    KioskDatabase m_database;
    CallbackStore m_store;
    std::unique_ptr<CallbackIntake> m_intake;
    ArticleViews m_views;
    StaffDesk m_staffDesk;
    QTimer m_retentionTimer;
    std::unique_ptr<KioskProfile> m_profile;
    std::unique_ptr<InputGuard> m_guard;
    std::unique_ptr<KioskWindow> m_window;
};
