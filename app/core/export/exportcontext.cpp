// The fall-backs an export uses for ids the clinic has no name for, and its local times.
#include "core/export/exportcontext.h"

#include "core/settings/kiosksettings.h"

#include <QCoreApplication>

namespace {
struct ExportContextText
{
    Q_DECLARE_TR_FUNCTIONS(ExportContext)
};
} // namespace

ExportContext ExportContext::fromSettings(const KioskSettings &settings)
{
    ExportContext context;
    context.clinicName = settings.clinicName();
    context.phoneRegion = settings.phoneRegion();
    for (const Office &office : settings.offices())
        context.officeNames.insert(office.id, office.name);
    return context;
}

QString ExportContext::officeName(const QString &officeId) const
{
    return officeNames.value(officeId, officeId);
}

QString ExportContext::topicTitle(const QString &topicSlug) const
{
    // The form's "Something else" choice stores no slug.
    if (topicSlug.isEmpty())
        return ExportContextText::tr("Something else");
    return topicTitles.value(topicSlug, topicSlug);
}

QString ExportContext::localTime(const QDateTime &utc) const
{
    if (!utc.isValid())
        return {};
    // An invalid zone would give UTC without saying so; the machine's own time is the better guess.
    const QDateTime local = displayZone.isValid() ? utc.toTimeZone(displayZone) : utc.toLocalTime();
    return local.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}
