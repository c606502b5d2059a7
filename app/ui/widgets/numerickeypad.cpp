// Keys never take focus, so the phone field keeps its cursor; digits go in
// with QLineEdit::insert so the field's own limits apply.
#include "ui/widgets/numerickeypad.h"

#include "ui/widgets/languagewatch.h"

#include <QGridLayout>
#include <QLineEdit>
#include <QPushButton>

namespace {
constexpr int keyWidth = 120;
constexpr int keyHeight = 72;
} // namespace

NumericKeypad::NumericKeypad(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("numericKeypad"));
    setAttribute(Qt::WA_StyledBackground);
    auto *grid = new QGridLayout(this);
    grid->setSpacing(10);
    grid->setContentsMargins(24, 14, 24, 14);
    for (int digit = 1; digit <= 9; ++digit) {
        const QString label = QString::number(digit);
        QPushButton *key = addKey(QStringLiteral("key_") + label, label, (digit - 1) / 3, (digit - 1) % 3);
        connect(key, &QPushButton::clicked, this, [this, label] {
            if (m_target)
                m_target->insert(label);
        });
    }
    m_plus = addKey(QStringLiteral("key_plus"), QStringLiteral("+"), 3, 0);
    connect(m_plus, &QPushButton::clicked, this, [this] {
        if (m_target)
            m_target->insert(QStringLiteral("+"));
    });
    QPushButton *zero = addKey(QStringLiteral("key_0"), QStringLiteral("0"), 3, 1);
    connect(zero, &QPushButton::clicked, this, [this] {
        if (m_target)
            m_target->insert(QStringLiteral("0"));
    });
    m_backspace = addKey(QStringLiteral("key_backspace"), QStringLiteral("⌫"), 3, 2);
    m_backspace->setAutoRepeat(true);
    connect(m_backspace, &QPushButton::clicked, this, [this] {
        if (m_target)
            m_target->backspace();
    });
    m_done = addKey(QStringLiteral("key_done"), QString(), 0, 3, 4);
    m_done->setProperty("primary", true);
    connect(m_done, &QPushButton::clicked, this, &NumericKeypad::donePressed);
    retranslate();
    LanguageWatch::onChange(this, [this] { retranslate(); });
}

QPushButton *NumericKeypad::addKey(const QString &objectName, const QString &label, int row, int column, int rowSpan)
{
    auto *key = new QPushButton(label, this);
    key->setObjectName(objectName);
    key->setProperty("keyboardKey", true);
    key->setFocusPolicy(Qt::NoFocus);
    key->setMinimumSize(keyWidth, keyHeight);
    key->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    if (!label.isEmpty() && label.at(0).isDigit())
        key->setAccessibleName(tr("Digit %1").arg(label));
    static_cast<QGridLayout *>(layout())->addWidget(key, row, column, rowSpan, 1);
    return key;
}

void NumericKeypad::setTarget(QLineEdit *target)
{
    m_target = target;
}

QLineEdit *NumericKeypad::target() const
{
    return m_target;
}

void NumericKeypad::setPlusKeyVisible(bool visible)
{
    // Keeps its place in the grid, so the other keys don't move.
    QSizePolicy policy = m_plus->sizePolicy();
    policy.setRetainSizeWhenHidden(true);
    m_plus->setSizePolicy(policy);
    m_plus->setVisible(visible);
}

void NumericKeypad::setDoneText(const QString &text)
{
    m_doneText = text;
    retranslate();
}


void NumericKeypad::retranslate()
{
    m_plus->setAccessibleName(tr("Plus sign, for a number from another country"));
    m_backspace->setAccessibleName(tr("Backspace"));
    const QString done = m_doneText.isEmpty() ? tr("Done") : m_doneText;
    m_done->setText(done);
    m_done->setAccessibleName(done);
}
