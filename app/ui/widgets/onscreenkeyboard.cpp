// Keys never take focus, so the line edit keeps its cursor; text goes in with
// QLineEdit::insert so the field's own limits apply.
#include "ui/widgets/onscreenkeyboard.h"

#include "ui/widgets/languagewatch.h"

#include <QGridLayout>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>

namespace {
constexpr int keySize = 64;
const QString spanishExtras = QStringLiteral("ñáéíóúü¿¡");
} // namespace

OnScreenKeyboard::OnScreenKeyboard(QWidget *parent) : QWidget(parent), m_grid(new QGridLayout(this))
{
    setObjectName(QStringLiteral("onScreenKeyboard"));
    setAttribute(Qt::WA_StyledBackground);
    m_grid->setSpacing(8);
    m_grid->setContentsMargins(24, 14, 24, 14);

    // Each key spans two grid columns so that rows can be offset by half a key.
    addLetterRow(QStringLiteral("1234567890"), 0, 0);
    addLetterRow(QStringLiteral("qwertyuiop"), 1, 0);
    addLetterRow(QStringLiteral("asdfghjkl"), 2, 1);
    addLetterRow(QStringLiteral("zxcvbnm"), 3, 3);
    m_backspace = addKey(QStringLiteral("key_backspace"), QStringLiteral("⌫"), QString(), 3, 17, 3);
    m_backspace->setAutoRepeat(true);
    connect(m_backspace, &QPushButton::clicked, this, [this] {
        if (m_target)
            m_target->backspace();
    });
    LanguageWatch::setWords(m_backspace, this, {nullptr, QT_TR_NOOP("Backspace")});
    m_clear = addKey(QStringLiteral("key_clear"), QString(), QString(), 5, 0, 3);
    LanguageWatch::setWords(m_clear, this, {QT_TR_NOOP("Clear all"), QT_TR_NOOP("Clear all")});
    connect(m_clear, &QPushButton::clicked, this, [this] {
        if (m_target)
            m_target->clear();
    });
    // Names like O'Brien and Anne-Marie, and the end of a sentence in a note.
    const struct
    {
        const char *name;
        QString sign;
        int column;
    } signs[] = {{"key_apostrophe", QStringLiteral("'"), 3}, {"key_hyphen", QStringLiteral("-"), 5},
                 {"key_period", QStringLiteral("."), 14}};
    for (const auto &sign : signs) {
        QPushButton *key = addKey(QLatin1String(sign.name), sign.sign, QString(), 5, sign.column);
        m_signKeys.append(key);
        connect(key, &QPushButton::clicked, this, [this, text = sign.sign] { type(text); });
    }
    m_space = addKey(QStringLiteral("key_space"), QString(), QString(), 5, 7, 7);
    LanguageWatch::setWords(m_space, this, {QT_TR_NOOP("Space"), QT_TR_NOOP("Space")});
    connect(m_space, &QPushButton::clicked, this, [this] { type(QStringLiteral(" ")); });
    m_enter = addKey(QStringLiteral("key_enter"), QString(), QString(), 5, 16, 4);
    m_enter->setProperty("primary", true);
    connect(m_enter, &QPushButton::clicked, this, &OnScreenKeyboard::enterPressed);
    rebuildExtraRow();
    retranslate();
    LanguageWatch::onChange(this, [this] { retranslate(); });
}

QPushButton *OnScreenKeyboard::addKey(const QString &objectName, const QString &label, const QString &accessibleName,
                                      int row, int column, int columnSpan)
{
    auto *key = new QPushButton(label, this);
    key->setObjectName(objectName);
    key->setProperty("keyboardKey", true);
    key->setFocusPolicy(Qt::NoFocus);
    key->setMinimumSize(keySize, keySize);
    key->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    if (!accessibleName.isEmpty())
        key->setAccessibleName(accessibleName);
    m_grid->addWidget(key, row, column, 1, columnSpan);
    return key;
}

void OnScreenKeyboard::addLetterRow(const QString &letters, int row, int firstColumn)
{
    for (qsizetype index = 0; index < letters.size(); ++index) {
        const QString letter = letters.mid(index, 1);
        QPushButton *key = addKey(QStringLiteral("key_") + letter, letter, QString(), row, firstColumn + 2 * int(index));
        key->setAccessibleName(letter.at(0).isDigit() ? tr("Digit %1").arg(letter) : tr("Letter %1").arg(letter));
        connect(key, &QPushButton::clicked, this, [this, letter] { type(letter); });
    }
}

void OnScreenKeyboard::rebuildExtraRow()
{
    qDeleteAll(m_extraKeys);
    m_extraKeys.clear();
    if (m_language != u"es")
        return;
    for (qsizetype index = 0; index < spanishExtras.size(); ++index) {
        const QString letter = spanishExtras.mid(index, 1);
        const QString name = letter == u"¿"   ? tr("Opening question mark")
                             : letter == u"¡" ? tr("Opening exclamation mark")
                                              : tr("Letter %1").arg(letter);
        QPushButton *key = addKey(QStringLiteral("key_") + letter, letter, name, 4, 3 + 2 * int(index));
        connect(key, &QPushButton::clicked, this, [this, letter] { type(letter); });
        m_extraKeys.append(key);
    }
}

void OnScreenKeyboard::setTarget(QLineEdit *target)
{
    m_target = target;
}

QLineEdit *OnScreenKeyboard::target() const
{
    return m_target;
}

void OnScreenKeyboard::setLayoutLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    rebuildExtraRow();
}

void OnScreenKeyboard::setEnterText(const QString &text)
{
    m_enterText = text;
    retranslate();
}

void OnScreenKeyboard::type(const QString &text)
{
    if (!m_target)
        return;
    // With no shift key, a name still starts with a capital: the first letter
    // and each one after a space, hyphen or apostrophe.
    const QString before = m_target->text().left(m_target->cursorPosition());
    const bool startsWord = before.isEmpty() || QStringLiteral(" -'").contains(before.back());
    m_target->insert(m_capitalizeWords && startsWord ? text.toUpper() : text);
}

void OnScreenKeyboard::setCapitalizeWords(bool on)
{
    m_capitalizeWords = on;
}


void OnScreenKeyboard::retranslate()
{
    const QStringList signNames = {tr("Apostrophe"), tr("Hyphen"), tr("Full stop")};
    for (qsizetype index = 0; index < m_signKeys.size(); ++index)
        m_signKeys[index]->setAccessibleName(signNames.value(index));
    const QString enter = m_enterText.isEmpty() ? tr("Search") : m_enterText;
    m_enter->setText(enter);
    m_enter->setAccessibleName(enter);
}
