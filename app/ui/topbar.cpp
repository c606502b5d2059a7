// The top bar's buttons, their names for screen readers, and their state.
#include "ui/topbar.h"

#include "core/i18n/uitranslations.h"
#include "ui/theme.h"
#include "ui/widgets/languagewatch.h"
#include "ui/widgets/plainlabel.h"

#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace {

QPushButton *barButton(const QString &objectName, QWidget *parent, LanguageWatch::Words words = {})
{
    auto *button = new QPushButton(parent);
    button->setObjectName(objectName);
    button->setMinimumSize(72, 64);
    LanguageWatch::setWords(button, parent, words);
    return button;
}

} // namespace

TopBar::TopBar(const QString &clinicName, const QStringList &languages, QWidget *parent)
    : QWidget(parent),
      m_clinicName(plainLabel(this, clinicName)),
      m_back(barButton(QStringLiteral("backButton"), this, {QT_TR_NOOP("‹ Back"), QT_TR_NOOP("Back")})),
      m_home(barButton(QStringLiteral("homeButton"), this, {QT_TR_NOOP("Home"), QT_TR_NOOP("Home")})),
      m_smallerText(barButton(QStringLiteral("smallerTextButton"), this, {QT_TR_NOOP("A−"), QT_TR_NOOP("Smaller text")})),
      m_largerText(barButton(QStringLiteral("largerTextButton"), this, {QT_TR_NOOP("A+"), QT_TR_NOOP("Larger text")})),
      m_contrast(barButton(QStringLiteral("contrastButton"), this, {QT_TR_NOOP("Contrast"), QT_TR_NOOP("High contrast")}))
{
    setObjectName(QStringLiteral("topBar"));
    setAttribute(Qt::WA_StyledBackground);
    m_clinicName->setObjectName(QStringLiteral("clinicName"));
    m_clinicName->setAccessibleName(clinicName);
    // At 200 % text on a 1280 px screen the name takes two lines rather than
    // pushing the buttons off the screen.
    m_clinicName->setWordWrap(true);
    m_contrast->setCheckable(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(20, 10, 20, 10);
    layout->setSpacing(14);
    layout->addWidget(m_back);
    layout->addWidget(m_home);
    layout->addSpacing(20);
    layout->addWidget(m_clinicName, 1);
    if (languages.size() > 1) {
        for (const QString &language : languages) {
            QPushButton *button = barButton(QStringLiteral("language_%1").arg(language), this);
            button->setCheckable(true);
            button->setText(nativeLanguageName(language));
            button->setAccessibleName(nativeLanguageName(language));
            button->setProperty("language", language);
            connect(button, &QPushButton::clicked, this, [this, language] { emit languageChosen(language); });
            layout->addWidget(button);
            m_languageButtons.append(button);
        }
        layout->addSpacing(20);
    }
    layout->addWidget(m_smallerText);
    layout->addWidget(m_largerText);
    layout->addWidget(m_contrast);

    connect(m_back, &QPushButton::clicked, this, &TopBar::backRequested);
    connect(m_home, &QPushButton::clicked, this, &TopBar::homeRequested);
    connect(m_smallerText, &QPushButton::clicked, this, &TopBar::smallerTextRequested);
    connect(m_largerText, &QPushButton::clicked, this, &TopBar::largerTextRequested);
    connect(m_contrast, &QPushButton::toggled, this, &TopBar::highContrastToggled);
}

void TopBar::setClinicName(const QString &name)
{
    m_clinicName->setText(name);
    m_clinicName->setAccessibleName(name);
}

void TopBar::setBackEnabled(bool enabled)
{
    m_back->setEnabled(enabled);
}

void TopBar::setLanguage(const QString &language)
{
    for (QPushButton *button : std::as_const(m_languageButtons))
        button->setChecked(button->property("language").toString() == language);
}

void TopBar::setTextPercent(int percent)
{
    m_smallerText->setEnabled(percent > Theme::smallestTextPercent);
    m_largerText->setEnabled(percent < Theme::largestTextPercent);
}

void TopBar::setHighContrast(bool on)
{
    const QSignalBlocker blocker(m_contrast);
    m_contrast->setChecked(on);
}
