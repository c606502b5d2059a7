// A real call-back queue in a temporary folder, set up as the kiosk sets it
// up, for the window tests.
#pragma once

#include "callbacks/callbackintake.h"
#include "callbacks/callbackstore.h"
#include "content/articlelibrary.h"
#include "settings/kiosksettings.h"

#include <QTemporaryDir>

struct TestCallbackQueue
{
    TestCallbackQueue(const KioskSettings &settings, const ArticleLibrary &library)
        : database(dir.path()),
          store(database),
          intake(CallbackIntake::validatorFor(settings, library), store)
    {
    }

    QTemporaryDir dir;
    KioskDatabase database;
    CallbackStore store;
    CallbackIntake intake;
};
