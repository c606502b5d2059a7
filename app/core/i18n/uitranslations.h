// The words of the kiosk's own screens, one language at a time: ours, built
// from resources/translations/carekiosk_<code>.ts into the program, and Qt's
// own (the "Cancel" of a stock widget, from Debian's qt6-translations-l10n).
// Switching installs both, sets the locale dates and numbers follow, and Qt
// sends every widget a LanguageChange so each screen changes in place.
#pragma once

#include <QString>
#include <QStringList>
#include <QTranslator>

#include <memory>

class UiTranslations
{
public:
    // The language the source strings are written in: no translation needed.
    static QString sourceLanguage() { return QStringLiteral("en"); }
    // The languages the program has its own translation for, the source one first.
    static QStringList available();

    // The screens start in the source language, which is also the default
    // locale (dates, and the voice that reads the screens aloud).
    UiTranslations();
    ~UiTranslations();
    UiTranslations(const UiTranslations &) = delete;
    UiTranslations &operator=(const UiTranslations &) = delete;

    // Installs `language`'s translations in place of the current ones. A
    // language with none is shown in the source language (and logged once).
    void use(const QString &language);
    QString current() const { return m_current; }

private:
    void removeInstalled();

    QString m_current = sourceLanguage();
    std::unique_ptr<QTranslator> m_ours;
    std::unique_ptr<QTranslator> m_qt;
};

// A language named in itself ("English", "Español"), for buttons and notes.
QString nativeLanguageName(const QString &code);

// What the visitor is offered: the configured languages (`languages=`, in that
// order) that have articles; every language with articles when none is
// configured (KioskServices logs each configured language left out).
QStringList offeredLanguages(const QStringList &configured, const QStringList &withArticles);
