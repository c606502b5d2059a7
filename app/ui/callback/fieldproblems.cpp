// Showing and clearing the problems by their fields.
#include "ui/callback/fieldproblems.h"

#include "ui/widgets/plainlabel.h"

#include <QLabel>
#include <QStyle>

QLabel *FieldProblems::addField(CallbackField field, QWidget *widget, QWidget *labelParent)
{
    auto *label = plainLabel(labelParent);
    label->setObjectName(QStringLiteral("fieldProblem"));
    label->setWordWrap(true);
    label->hide();
    m_labels.insert(field, label);
    m_widgets.insert(field, widget);
    return label;
}

QWidget *FieldProblems::show(const QList<FieldProblem> &problems)
{
    clear();
    for (const FieldProblem &problem : problems) {
        QLabel *label = m_labels.value(problem.field);
        label->setText(problem.message);
        label->show();
        mark(m_widgets.value(problem.field), problem.message);
    }
    return problems.isEmpty() ? nullptr : m_widgets.value(problems.first().field);
}

void FieldProblems::clear()
{
    for (QLabel *label : std::as_const(m_labels)) {
        label->clear();
        label->hide();
    }
    for (QWidget *widget : std::as_const(m_widgets))
        mark(widget, QString());
}

void FieldProblems::mark(QWidget *widget, const QString &message)
{
    widget->setAccessibleDescription(message);
    widget->setProperty("hasProblem", !message.isEmpty());
    // A changed property needs the style sheet applied again.
    widget->style()->unpolish(widget);
    widget->style()->polish(widget);
}
