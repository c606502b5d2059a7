// Most read this week, and the export of the views.
#include "ui/staff/usagepanel.h"

#include "core/staff/staffdesk.h"
#include "ui/staff/exportchoice.h"
#include "ui/widgets/languagewatch.h"
#include "ui/widgets/plainlabel.h"

#include <QDate>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

UsagePanel::UsagePanel(StaffDesk &desk, ChoiceOverlay &choices, QWidget *parent)
    : QWidget(parent), m_desk(desk), m_choices(choices), m_title(plainLabel(this)), m_mostRead(plainLabel(this)), m_export(new QPushButton(this))
{
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    m_mostRead->setObjectName(QStringLiteral("mostRead"));
    m_mostRead->setWordWrap(true);
    m_mostRead->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_mostRead->setMinimumWidth(320);
    m_export->setObjectName(QStringLiteral("exportUsage"));
    m_export->setMinimumHeight(56);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_mostRead, 1);
    layout->addWidget(m_export);

    connect(m_export, &QPushButton::clicked, this, [this] {
        chooseDestination(m_desk, m_choices, [this](const ExportDestination &where) {
            const ExportOutcome outcome =
                m_desk.exportUsage(QDate::currentDate().addDays(-90), QDate::currentDate(), where);
            if (outcome.error)
                emit reported(*outcome.error, true);
            else
                emit reported(tr("Article views saved to %1").arg(outcome.path), false);
        });
    });
    retranslate();
    LanguageWatch::onChange(this, [this] { retranslate(); });
}

void UsagePanel::refresh()
{
    const StoreResult<QList<ArticleViewCount>> mostRead = m_desk.mostReadThisWeek(10);
    if (mostRead.failure) {
        m_mostRead->setText(tr("The figures can't be read: %1").arg(mostRead.failure->toString()));
        return;
    }
    QStringList lines;
    for (const ArticleViewCount &count : mostRead.value) {
        const QString title = m_desk.articleTitle(count.slug, count.language);
        lines.append(QStringLiteral("%1. ").arg(lines.size() + 1)
                     + (count.views == 1 ? tr("%1 — 1 view").arg(title)
                                         : tr("%1 — %2 views").arg(title, QString::number(count.views))));
    }
    m_mostRead->setText(lines.isEmpty() ? tr("No articles read this week yet.") : lines.join(QStringLiteral("\n\n")));
}


void UsagePanel::retranslate()
{
    m_title->setText(tr("Most read this week"));
    m_export->setText(tr("Export views (CSV)"));
    m_export->setAccessibleName(tr("Export article views per day as CSV"));
}
