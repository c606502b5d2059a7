#include "core/i18n/uitranslations.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QHash>
#include <QLibraryInfo>
#include <QLocale>

namespace {
const QString ourFolder = QStringLiteral(":/i18n");
}

QStringList UiTranslations::available()
{
    QStringList languages = {sourceLanguage()};
    QDirIterator files(ourFolder, {QStringLiteral("carekiosk_*.qm")});
    while (files.hasNext()) {
        const QString name = files.nextFileInfo().completeBaseName();
        languages.append(name.mid(name.indexOf(u'_') + 1));
    }
    return languages;
}

UiTranslations::UiTranslations()
{
    QLocale::setDefault(QLocale(sourceLanguage()));
}

UiTranslations::~UiTranslations()
{
    removeInstalled();
}

void UiTranslations::removeInstalled()
{
    for (std::unique_ptr<QTranslator> *translator : {&m_ours, &m_qt}) {
        if (*translator)
            QCoreApplication::removeTranslator(translator->get());
        translator->reset();
    }
}

void UiTranslations::use(const QString &language)
{
    if (language == m_current)
        return;
    removeInstalled();
    m_current = language;
    QLocale::setDefault(QLocale(language));
    if (language == sourceLanguage()) {
        // Removing the translators already told every widget.
        return;
    }
    auto ours = std::make_unique<QTranslator>();
    if (!ours->load(QStringLiteral("carekiosk_") + language, ourFolder)) {
        qCWarning(lcContent) << "no translation of the screens into" << language << "; they stay in English";
        return;
    }
    auto qt = std::make_unique<QTranslator>();
    // Qt's own words are a nicety: without Debian's file the screens still change.
    if (qt->load(QStringLiteral("qtbase_") + language, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    QCoreApplication::installTranslator(ours.get());
    m_ours = std::move(ours);
}

QString nativeLanguageName(const QString &code)
{
    // Qt 6.4's nativeLanguageName() adds the country for some ("español de
    // España"), which reads oddly on a button.
    static const QHash<QString, QString> names = {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("es"), QStringLiteral("Español")},
    };
    if (names.contains(code))
        return names.value(code);
    QString name = QLocale(code).nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name.isEmpty() ? code : name;
}

QStringList offeredLanguages(const QStringList &configured, const QStringList &withArticles)
{
    if (configured.isEmpty())
        return withArticles;
    QStringList offered;
    for (const QString &language : configured) {
        if (offered.contains(language))
            continue;
        if (withArticles.contains(language))
            offered.append(language);
    }
    // A kiosk configured only with languages it has no articles in still shows what it has.
    return offered.isEmpty() ? withArticles : offered;
}
