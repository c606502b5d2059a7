// Everything the front desk does on the staff screen, without widgets:
// unlocking with the PIN, the filtered call-back list, status changes,
// deletions, exports and the anonymous usage figures. The staff screen only
// shows what this says; the command line exports through it too.
#pragma once

#include "core/callbacks/callbackstore.h"
#include "core/export/exportcontext.h"
#include "core/security/staffpin.h"
#include "core/staff/exportdestination.h"
#include "core/usage/articleviews.h"

#include <QCoreApplication>

class ArticleLibrary;
class KioskSettings;
class QPagedPaintDevice;

enum class ExportFormat { Csv, Pdf, Json };

struct ExportOutcome
{
    QString path;  // the file written
    int rows = 0;
    std::optional<QString> error;  // one line for staff; nothing was written
};

class StaffDesk
{
    Q_DECLARE_TR_FUNCTIONS(StaffDesk)

public:
    StaffDesk(KioskDatabase &database, const KioskSettings &settings, const ArticleLibrary &library);

    // The PIN pad. The right PIN signs staff in; until then, and after
    // signOut(), every action on the list below refuses and changes nothing,
    // whatever asks (a dialog left open, a queued click). The command line's
    // exportListTo() is for whoever has a shell on the kiosk and needs no PIN.
    [[nodiscard]] StoreResult<bool> pinIsSet();
    // Now; a lock-out that can't be read counts as locked (LockoutVerdict).
    [[nodiscard]] LockoutVerdict pinLockout();
    [[nodiscard]] PinCheck unlock(const QString &pin);
    void signOut() { m_signedIn = false; }
    // The front-desk PC (`carekiosk desk`): the list is the clinic's server's,
    // and signing in is the server's business (its role and password), so a
    // list given here is signed in. Null: the kiosk's own list, signed out.
    void useServerList(CallbackList *list);
    bool isSignedIn() const { return m_signedIn; }

    // The list.
    [[nodiscard]] StoreResult<QList<CallbackRequest>> requests(const CallbackFilter &filter);
    [[nodiscard]] StoreResult<QMap<QString, int>> newRequestsByOffice();
    // All of `ids` or, after a failure, none of them.
    [[nodiscard]] std::optional<StoreFailure> mark(const QStringList &ids, CallbackStatus status);
    // Committed or not, and whether the deleted rows were also wiped from the -wal file.
    [[nodiscard]] DeletionResult remove(const QStringList &ids);
    [[nodiscard]] StoreResult<QList<StoreNotice>> notices();
    [[nodiscard]] std::optional<StoreFailure> dismissNotices();

    // Where an export can go now: each USB drive plugged in, then the export
    // folder. Staff choose; nothing is written anywhere they did not.
    QList<ExportDestination> destinations() const;
    [[nodiscard]] ExportOutcome exportList(ExportFormat format, const CallbackFilter &filter, const QString &selection,
                                           const ExportDestination &where);
    // The same list to a file of the caller's choosing (the command line).
    [[nodiscard]] ExportOutcome exportListTo(ExportFormat format, const CallbackFilter &filter, const QString &selection,
                                             const QString &path);
    // The same list painted on a printer's pages.
    [[nodiscard]] ExportOutcome printList(QPagedPaintDevice &printer, const CallbackFilter &filter,
                                          const QString &selection);
    [[nodiscard]] ExportOutcome exportUsage(const QDate &from, const QDate &to, const ExportDestination &where);

    // "Most read this week": the last seven days, today included.
    [[nodiscard]] StoreResult<QList<ArticleViewCount>> mostReadThisWeek(int limit);
    QString articleTitle(const QString &slug, const QString &language) const;

    QMap<QString, QString> officeNames() const;
    // The clinic's words for requests (office names, topic titles, phone
    // region, time zone), as the list and every export show them.
    ExportContext exportContext(const QString &selection) const;

private:
    QMap<QString, QString> topicTitles() const;
    QString fallbackExportFolder() const;
    std::optional<StoreFailure> refusalWhenSignedOut() const;
    void recordDone(const QString &action, int rows, const QString &detail);

    KioskDatabase &m_database;
    CallbackStore m_store;
    CallbackList *m_list;  // m_store, or the server's list at the front desk
    StaffPin m_pin;
    ArticleViews m_views;
    const KioskSettings &m_settings;
    const ArticleLibrary &m_library;
    bool m_signedIn = false;
};
