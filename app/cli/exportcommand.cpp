// The staff screen's export from the command line, through the same StaffDesk.
#include "cli/exportcommand.h"

#include "cli/commandpaths.h"
#include "core/content/articlelibrary.h"
#include "core/settings/kiosksettings.h"
#include "core/staff/staffdesk.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ExportCommand", text);
}

std::optional<ExportFormat> formatNamed(const QString &name)
{
    if (name == u"csv")
        return ExportFormat::Csv;
    if (name == u"pdf")
        return ExportFormat::Pdf;
    if (name == u"json")
        return ExportFormat::Json;
    return std::nullopt;
}
} // namespace

int ExportCommand::run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Writes the call-back requests to FILE as CSV (for spreadsheets), PDF (to print) or JSON (for other "
           "programs), like the staff screen's export. The file is written whole or not at all, readable by its "
           "owner only, and the export is recorded in the audit trail."));
    const QCommandLineOption helpOption({QStringLiteral("h"), QStringLiteral("help")}, tr("Show this help."));
    const QCommandLineOption format(QStringLiteral("format"), tr("csv, pdf or json."), QStringLiteral("FORMAT"));
    const QCommandLineOption outFile(QStringLiteral("out"), tr("The file to write."), QStringLiteral("FILE"));
    const QCommandLineOption status(QStringLiteral("status"), tr("Only requests with this status: new, called, "
                                                                 "no_answer or done."),
                                    QStringLiteral("S"));
    const QCommandLineOption office(QStringLiteral("office"), tr("Only this office (its id in the configuration)."),
                                    QStringLiteral("O"));
    const QCommandLineOption since(QStringLiteral("since"), tr("Only requests made on or after this day (YYYY-MM-DD, "
                                                               "local time)."),
                                   QStringLiteral("DATE"));
    const QCommandLineOption content(QStringLiteral("content"), tr("Articles folder, for topic titles."),
                                     QStringLiteral("DIR"), CommandPaths::defaultContentDir());
    parser.addOptions({helpOption, format, outFile, status, office, since, content});
    const CommandPaths::DataAndConfig paths = CommandPaths::addDataAndConfigOptions(parser);
    const auto fail = [&err](const QString &message) {
        err << "carekiosk export: " << message << '\n';
        return 1;
    };
    if (!parser.parse(arguments))
        return fail(parser.errorText());
    if (parser.isSet(helpOption)) {
        out << CommandPaths::helpText(parser, QStringLiteral("export"));
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    const std::optional<ExportFormat> chosenFormat = formatNamed(parser.value(format));
    if (!chosenFormat)
        return fail(tr("--format must be csv, pdf or json"));
    if (parser.value(outFile).isEmpty())
        return fail(tr("--out FILE is needed"));

    const KioskSettings settings = KioskSettings::load(parser.value(paths.config));
    CallbackFilter filter;
    QStringList selection;
    if (parser.isSet(status)) {
        filter.status = statusFromStorageName(parser.value(status));
        if (!filter.status)
            return fail(tr("--status must be new, called, no_answer or done, not '%1'").arg(parser.value(status)));
        selection.append(parser.value(status));
    }
    if (parser.isSet(office)) {
        bool known = false;
        for (const Office &candidate : settings.offices())
            known = known || candidate.id == parser.value(office);
        if (!known)
            return fail(tr("--office: no office '%1' in %2").arg(parser.value(office), parser.value(paths.config)));
        filter.officeId = parser.value(office);
        selection.append(parser.value(office));
    }
    if (parser.isSet(since)) {
        const QDate day = QDate::fromString(parser.value(since), Qt::ISODate);
        if (!day.isValid())
            return fail(tr("--since must be a date like 2026-11-01, not '%1'").arg(parser.value(since)));
        filter.fromUtc = day.startOfDay().toUTC();
        selection.append(tr("since %1").arg(day.toString(Qt::ISODate)));
    }

    const ArticleLibrary library = ArticleLibrary::load(parser.value(content));
    KioskDatabase database(parser.value(paths.data));
    if (const std::optional<StoreFailure> failure = database.open())
        return fail(tr("the database can't be used: %1").arg(failure->toString()));
    StaffDesk desk(database, settings, library);
    const ExportOutcome outcome =
        desk.exportListTo(*chosenFormat, filter, selection.join(QStringLiteral(", ")), parser.value(outFile));
    if (outcome.error)
        return fail(*outcome.error);
    out << (outcome.rows == 1 ? tr("1 request written to %1").arg(outcome.path)
                              : tr("%1 requests written to %2").arg(outcome.rows).arg(outcome.path))
        << '\n';
    return 0;
}
