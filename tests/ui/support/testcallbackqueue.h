// A real call-back queue in a temporary folder, set up as the kiosk sets it
// up, for the window tests.
#pragma once

#include "core/callbacks/callbackintake.h"
#include "core/callbacks/callbackstore.h"
#include "core/content/articlelibrary.h"
#include "core/settings/kiosksettings.h"

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
