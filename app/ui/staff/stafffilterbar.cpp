// The filter bar's choices and their meaning as a CallbackFilter.
#include "ui/staff/stafffilterbar.h"

#include "core/callbacks/callbackwords.h"
#include "ui/widgets/languagewatch.h"
#include "ui/widgets/plainlabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>

namespace {
// In the order the status box lists them; "any status" first.
const QList<std::optional<CallbackStatus>> statusChoices = {std::nullopt, CallbackStatus::New, CallbackStatus::Called,
                                                            CallbackStatus::NoAnswer, CallbackStatus::Done};
} // namespace

StaffFilterBar::StaffFilterBar(QWidget *parent)
    : QWidget(parent),
      m_officeLabel(plainLabel(this)),
      m_office(new QComboBox(this)),
      m_statusLabel(plainLabel(this)),
      m_status(new QComboBox(this)),
      m_fromEnabled(new QCheckBox(this)),
      m_from(new QDateEdit(QDate::currentDate().addDays(-7), this)),
      m_toEnabled(new QCheckBox(this)),
      m_to(new QDateEdit(QDate::currentDate(), this))
{
    m_office->setObjectName(QStringLiteral("officeFilter"));
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_fromEnabled->setObjectName(QStringLiteral("fromEnabled"));
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_toEnabled->setObjectName(QStringLiteral("toEnabled"));
    m_to->setObjectName(QStringLiteral("toDate"));
    for (QDateEdit *date : {m_from, m_to}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        date->setMinimumHeight(56);
        date->setEnabled(false);
    }
    m_officeLabel->setBuddy(m_office);
    m_statusLabel->setBuddy(m_status);
    // The check boxes' words name the dates beside them for a screen reader too.
    for (const auto &[widget, words] : std::initializer_list<std::pair<QWidget *, LanguageWatch::Words>>{
             {m_officeLabel, {QT_TR_NOOP("Office")}},
             {m_statusLabel, {QT_TR_NOOP("Status")}},
             {m_fromEnabled, {QT_TR_NOOP("From")}},
             {m_toEnabled, {QT_TR_NOOP("To")}},
             {m_from, {nullptr, QT_TR_NOOP("Received from")}},
             {m_to, {nullptr, QT_TR_NOOP("Received up to")}}})
        LanguageWatch::setWords(widget, this, words);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addWidget(m_officeLabel);
    layout->addWidget(m_office, 1);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_fromEnabled);
    layout->addWidget(m_from);
    layout->addWidget(m_toEnabled);
    layout->addWidget(m_to);

    for (QComboBox *box : {m_office, m_status})
        connect(box, &QComboBox::currentIndexChanged, this, &StaffFilterBar::changed);
    for (QCheckBox *box : {m_fromEnabled, m_toEnabled}) {
        connect(box, &QCheckBox::toggled, this, [this] {
            m_from->setEnabled(m_fromEnabled->isChecked());
            m_to->setEnabled(m_toEnabled->isChecked());
            emit changed();
        });
    }
    for (QDateEdit *date : {m_from, m_to})
        connect(date, &QDateEdit::dateChanged, this, &StaffFilterBar::changed);
    retranslate();
    LanguageWatch::onChange(this, [this] { retranslate(); });
}

void StaffFilterBar::setOffices(const QMap<QString, QString> &offices)
{
    m_offices = offices;
    retranslate();
}

CallbackFilter StaffFilterBar::filter() const
{
    CallbackFilter filter;
    filter.status = statusChoices.value(m_status->currentIndex());
    filter.officeId = m_office->currentData().toString();
    if (m_fromEnabled->isChecked())
        filter.fromUtc = m_from->date().startOfDay().toUTC();
    if (m_toEnabled->isChecked())
        filter.untilUtc = m_to->date().addDays(1).startOfDay().toUTC();
    return filter;
}

QString StaffFilterBar::description() const
{
    QStringList parts;
    parts.append(m_status->currentIndex() == 0 ? tr("All requests") : m_status->currentText());
    if (m_office->currentIndex() > 0)
        parts.append(m_office->currentText());
    if (m_fromEnabled->isChecked())
        parts.append(tr("from %1").arg(m_from->date().toString(Qt::ISODate)));
    if (m_toEnabled->isChecked())
        parts.append(tr("to %1").arg(m_to->date().toString(Qt::ISODate)));
    return parts.join(QStringLiteral(", "));
}


void StaffFilterBar::retranslate()
{
    {
        const QSignalBlocker blocker(m_office);
        const int current = m_office->currentIndex();
        m_office->clear();
        m_office->addItem(tr("All offices"), QString());
        for (auto office = m_offices.cbegin(); office != m_offices.cend(); ++office)
            m_office->addItem(office.value(), office.key());
        m_office->setCurrentIndex(qMax(0, current));
    }
    {
        const QSignalBlocker blocker(m_status);
        const int current = m_status->currentIndex();
        m_status->clear();
        m_status->addItem(tr("Any status"));
        for (qsizetype index = 1; index < statusChoices.size(); ++index)
            m_status->addItem(CallbackWords::status(*statusChoices[index]));
        m_status->setCurrentIndex(qMax(0, current));
    }
}
