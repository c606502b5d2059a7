// What the window tests build the kiosk's window from: the shipped articles,
// the sample configuration, a search index over them and the reader's
// browser profile; and the main() of a test that runs Qt WebEngine.
#pragma once

#include "core/callbacks/callbackintake.h"
#include "core/content/articlelibrary.h"
#include "core/search/searchindex.h"
#include "core/settings/kiosksettings.h"
#include "ui/kioskwindow.h"
#include "web/kioskprofile.h"
#include "web/webenginesetup.h"

#include <QApplication>
#include <QTest>

#include <memory>

struct ShippedKiosk
{
    ArticleLibrary library = ArticleLibrary::load(QStringLiteral(CAREKIOSK_SHIPPED_CONTENT_DIR));
    KioskSettings settings = KioskSettings::load(QStringLiteral(CAREKIOSK_SAMPLE_CONFIG));
    SearchIndex search;
    std::unique_ptr<KioskProfile> profile;

    // In initTestCase(), once the application exists. False when the search
    // index can't be built.
    [[nodiscard]] bool prepare()
    {
        if (search.rebuild(library))
            return false;
        profile = std::make_unique<KioskProfile>(library, settings);
        return true;
    }

    // The window on screen at `size`, taking requests through `intake`.
    std::unique_ptr<KioskWindow> showWindow(CallbackIntake &intake, const QSize &size) const
    {
        auto window = std::make_unique<KioskWindow>(library, search, settings, *profile, intake);
        window->resize(size);
        window->show();
        return window;
    }
};

// The URL scheme is registered before the application exists, as the kiosk does.
#define CAREKIOSK_WEBENGINE_TEST_MAIN(TestClass)          \
    int main(int argc, char **argv)                       \
    {                                                     \
        WebEngineSetup::beforeApplication();              \
        QApplication application(argc, argv);             \
        TestClass test;                                   \
        return QTest::qExec(&test, argc, argv);           \
    }
