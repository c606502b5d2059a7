// A real call-back queue in a temporary folder, set up as the kiosk sets it
// up, for the window tests.
#pragma once

#include "callbacks/callbackintake.h"
#include "callbacks/callbackstore.h"
#include "callbacks/consent.h"
#include "content/articlelibrary.h"
#include "settings/kiosksettings.h"

#include <QTemporaryDir>

struct TestCallbackQueue
{
    TestCallbackQueue(const KioskSettings &settings, const ArticleLibrary &library)
        : database(dir.path()),
          store(database),
          intake(CallbackValidator(officeIds(settings), slugs(library), settings.phoneRegion(),
                                   Consent::version(settings.retentionDays())),
                 store)
    {
    }

    static QStringList officeIds(const KioskSettings &settings)
    {
        QStringList ids;
        for (const Office &office : settings.offices())
            ids.append(office.id);
        return ids;
    }

    static QStringList slugs(const ArticleLibrary &library)
    {
        QStringList all;
        for (const QString &language : library.languages()) {
            for (const Article *article : library.articles(language))
                all.append(article->slug);
        }
        return all;
    }

    QTemporaryDir dir;
    KioskDatabase database;
    CallbackStore store;
    CallbackIntake intake;
};
