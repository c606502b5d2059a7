// What an export says about itself (clinic, selection, when) and the clinic's names for the ids a request holds.
#pragma once

#include <QDateTime>
#include <QMap>
#include <QString>
#include <QTimeZone>

class KioskSettings;

struct ExportContext
{
    QString clinicName;
    QMap<QString, QString> officeNames;  // office id -> the name staff know it by
    QMap<QString, QString> topicTitles;  // article slug -> title in the kiosk's first language
    QString phoneRegion;                 // ISO 3166 ("US"): numbers of this region are shown in national form
    // When the export was made; set when the context is made so every page and file of one export agrees.
    QDateTime generatedUtc = QDateTime::currentDateTimeUtc();
    QString selectionDescription;  // "New requests, Waldorf, since 2026-11-01"; empty: every request
    QTimeZone displayZone = QTimeZone::systemTimeZone();  // the zone times are shown in, except in JSON

    // The clinic name, office names and phone region of `settings`; topics and selection are left to the caller.
    static ExportContext fromSettings(const KioskSettings &settings);

    // An id or slug the clinic has no name for (an office since removed, an article since deleted) is shown as is.
    QString officeName(const QString &officeId) const;
    QString topicTitle(const QString &topicSlug) const;  // empty slug: "Something else"
    // "2026-11-25 14:03" in displayZone; empty for an invalid time.
    QString localTime(const QDateTime &utc) const;
};
