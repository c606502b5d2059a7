// The staff side's actions on the kiosk database, and its exports.
#include "core/staff/staffdesk.h"

#include "core/audit/auditlog.h"
#include "core/content/articlelibrary.h"
#include "core/export/atomicfile.h"
#include "core/export/csvexport.h"
#include "core/export/csvwriter.h"
#include "core/export/exportcontext.h"
#include "core/export/jsonexport.h"
#include "core/export/pdfexport.h"
#include "core/logging.h"
#include "core/settings/kiosksettings.h"
#include "core/storage/privatepaths.h"

#include <QDir>
#include <QFileInfo>

StaffDesk::StaffDesk(KioskDatabase &database, const KioskSettings &settings, const ArticleLibrary &library)
    : m_database(database), m_store(database), m_list(&m_store), m_pin(database), m_views(database), m_settings(settings),
      m_library(library)
{
}

void StaffDesk::useServerList(CallbackList *list)
{
    m_list = list ? list : &m_store;
    m_signedIn = list != nullptr;
}

StoreResult<bool> StaffDesk::pinIsSet()
{
    return m_pin.isSet();
}

LockoutVerdict StaffDesk::pinLockout()
{
    return m_pin.lockoutAt(QDateTime::currentDateTimeUtc());
}

PinCheck StaffDesk::unlock(const QString &pin)
{
    const PinCheck check = m_pin.check(pin, QDateTime::currentDateTimeUtc());
    m_signedIn = check.outcome == PinCheck::Outcome::Accepted;
    if (check.outcome == PinCheck::Outcome::Accepted)
        qCInfo(lcSecurity) << "the staff screen was unlocked;" << check.wrongSinceLastSignIn
                           << "wrong PINs were typed since the last time";
    else if (check.outcome == PinCheck::Outcome::Wrong || check.outcome == PinCheck::Outcome::LockedOut)
        qCWarning(lcSecurity) << "a wrong staff PIN was typed;" << check.failures << "in a row";
    return check;
}

std::optional<StoreFailure> StaffDesk::refusalWhenSignedOut() const
{
    if (m_signedIn)
        return std::nullopt;
    qCWarning(lcSecurity) << "a staff action was refused: nobody is signed in";
    return StoreFailure{StoreFailure::Kind::Other, tr("the staff screen is locked; sign in with the PIN first")};
}

StoreResult<QList<CallbackRequest>> StaffDesk::requests(const CallbackFilter &filter)
{
    if (std::optional<StoreFailure> refusal = refusalWhenSignedOut())
        return {{}, refusal};
    return m_list->requests(filter);
}

StoreResult<QMap<QString, int>> StaffDesk::newRequestsByOffice()
{
    if (std::optional<StoreFailure> refusal = refusalWhenSignedOut())
        return {{}, refusal};
    return m_list->newRequestsByOffice();
}

std::optional<StoreFailure> StaffDesk::mark(const QStringList &ids, CallbackStatus status)
{
    if (std::optional<StoreFailure> refusal = refusalWhenSignedOut())
        return refusal;
    // One transaction for the whole selection: after a failure none is
    // changed, which is what "Not changed" on the staff screen says.
    return m_list->setStatus(ids, status, QDateTime::currentDateTimeUtc());
}

DeletionResult StaffDesk::remove(const QStringList &ids)
{
    if (std::optional<StoreFailure> refusal = refusalWhenSignedOut())
        return {0, refusal, std::nullopt};
    return m_list->remove(ids);
}

StoreResult<QList<StoreNotice>> StaffDesk::notices()
{
    return m_database.notices();
}

std::optional<StoreFailure> StaffDesk::dismissNotices()
{
    return m_database.dismissNotices();
}

QString StaffDesk::fallbackExportFolder() const
{
    return m_settings.exportFolder().isEmpty() ? QDir(m_database.dataDir()).filePath(QStringLiteral("exports"))
                                               : m_settings.exportFolder();
}

QList<ExportDestination> StaffDesk::destinations() const
{
    return ExportDestinations::availableNow(fallbackExportFolder());
}

QMap<QString, QString> StaffDesk::officeNames() const
{
    return ExportContext::fromSettings(m_settings).officeNames;
}

QMap<QString, QString> StaffDesk::topicTitles() const
{
    // In the kiosk's first language: the one staff read.
    QMap<QString, QString> titles;
    const QStringList languages = m_library.languages();
    for (auto language = languages.crbegin(); language != languages.crend(); ++language) {
        for (const Article *article : m_library.articles(*language))
            titles.insert(article->slug, article->title);
    }
    return titles;
}

QString StaffDesk::articleTitle(const QString &slug, const QString &language) const
{
    if (const Article *article = m_library.article(language, slug))
        return language == m_library.languages().value(0) ? article->title
                                                          : QStringLiteral("%1 (%2)").arg(article->title, language);
    return slug;
}

StoreResult<QList<ArticleViewCount>> StaffDesk::mostReadThisWeek(int limit)
{
    const QDate today = QDate::currentDate();
    return m_views.mostRead(today.addDays(-6), today, limit);
}

ExportContext StaffDesk::exportContext(const QString &selection) const
{
    ExportContext context = ExportContext::fromSettings(m_settings);
    context.topicTitles = topicTitles();
    context.selectionDescription = selection;
    return context;
}

namespace {
QString extensionOf(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Csv: return QStringLiteral("csv");
    case ExportFormat::Pdf: return QStringLiteral("pdf");
    case ExportFormat::Json: return QStringLiteral("json");
    }
    return {};
}

// Made 0700 like the data folder: exports hold visitors' names and numbers.
[[nodiscard]] std::optional<QString> makeFolder(const QString &folder)
{
    if (makePrivateDirectory(folder))
        return StaffDesk::tr("The folder %1 can't be made.").arg(folder);
    return std::nullopt;
}
} // namespace

void StaffDesk::recordDone(const QString &action, int rows, const QString &detail)
{
    // The file is written or the pages printed: an audit row that can't be
    // added is logged, and what was done stands.
    if (auto failure = m_list->recordAudit(action, rows, detail))
        qCWarning(lcStaff).noquote() << action << "was not recorded in the audit trail:" << failure->toString();
}

ExportOutcome StaffDesk::exportListTo(ExportFormat format, const CallbackFilter &filter, const QString &selection,
                                      const QString &path)
{
    ExportOutcome outcome;
    outcome.path = path;
    const StoreResult<QList<CallbackRequest>> requests = m_list->requests(filter);
    if (requests.failure) {
        outcome.error = tr("The list can't be read: %1").arg(requests.failure->toString());
        return outcome;
    }
    const ExportContext context = exportContext(selection);
    switch (format) {
    case ExportFormat::Csv:
        outcome.error = writeCallbackCsv(path, requests.value, context);
        break;
    case ExportFormat::Pdf:
        outcome.error = writeCallbackPdf(path, requests.value, context, defaultPageSize(context.phoneRegion));
        break;
    case ExportFormat::Json:
        outcome.error = writeCallbackJson(path, requests.value, context);
        break;
    }
    if (outcome.error)
        return outcome;
    outcome.rows = int(requests.value.size());
    recordDone(QStringLiteral("export ") + extensionOf(format), outcome.rows, QFileInfo(path).fileName());
    return outcome;
}

ExportOutcome StaffDesk::exportList(ExportFormat format, const CallbackFilter &filter, const QString &selection,
                                    const ExportDestination &where)
{
    if (std::optional<StoreFailure> refusal = refusalWhenSignedOut())
        return {{}, 0, refusal->detail};
    if (auto problem = makeFolder(where.folder))
        return {where.folder, 0, problem};
    const QString name =
        ExportDestinations::fileName(QStringLiteral("callbacks"), extensionOf(format), QDateTime::currentDateTime());
    return exportListTo(format, filter, selection, QDir(where.folder).filePath(name));
}

ExportOutcome StaffDesk::printList(QPagedPaintDevice &printer, const CallbackFilter &filter, const QString &selection)
{
    if (std::optional<StoreFailure> refusal = refusalWhenSignedOut())
        return {{}, 0, refusal->detail};
    ExportOutcome outcome;
    const StoreResult<QList<CallbackRequest>> requests = m_list->requests(filter);
    if (requests.failure) {
        outcome.error = tr("The list can't be read: %1").arg(requests.failure->toString());
        return outcome;
    }
    outcome.error = paintCallbackList(printer, requests.value, exportContext(selection));
    if (!outcome.error) {
        outcome.rows = int(requests.value.size());
        recordDone(QStringLiteral("print"), outcome.rows, {});
    }
    return outcome;
}

ExportOutcome StaffDesk::exportUsage(const QDate &from, const QDate &to, const ExportDestination &where)
{
    if (std::optional<StoreFailure> refusal = refusalWhenSignedOut())
        return {{}, 0, refusal->detail};
    if (auto problem = makeFolder(where.folder))
        return {where.folder, 0, problem};
    ExportOutcome outcome;
    outcome.path = QDir(where.folder).filePath(
        ExportDestinations::fileName(QStringLiteral("article-views"), QStringLiteral("csv"), QDateTime::currentDateTime()));
    const StoreResult<QList<ArticleViewCount>> days = m_views.perDay(from, to);
    if (days.failure) {
        outcome.error = tr("The article views can't be read: %1").arg(days.failure->toString());
        return outcome;
    }
    QList<QStringList> rows;
    for (const ArticleViewCount &count : days.value) {
        const Article *article = m_library.article(count.language, count.slug);
        rows.append({count.day.toString(Qt::ISODate), count.slug, article ? article->title : QString(), count.language,
                     QString::number(count.views)});
    }
    outcome.error = writeCsvTable(outcome.path, {tr("Day"), tr("Article"), tr("Title"), tr("Language"), tr("Views")}, rows);
    if (!outcome.error) {
        outcome.rows = int(rows.size());
        recordDone(QStringLiteral("export usage"), outcome.rows, QFileInfo(outcome.path).fileName());
    }
    return outcome;
}
