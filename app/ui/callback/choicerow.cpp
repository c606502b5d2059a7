// The buttons of a choice row, in one exclusive group.
#include "ui/callback/choicerow.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QPushButton>

ChoiceRow::ChoiceRow(QWidget *parent) : QWidget(parent), m_group(new QButtonGroup(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    m_group->setExclusive(true);
}

void ChoiceRow::addChoice(const QString &objectName, const QString &text)
{
    auto *button = new QPushButton(text, this);
    button->setObjectName(objectName);
    button->setCheckable(true);
    button->setMinimumHeight(64);
    m_group->addButton(button, int(m_group->buttons().size()));
    layout()->addWidget(button);
}

void ChoiceRow::removeChoices()
{
    for (QAbstractButton *button : m_group->buttons()) {
        m_group->removeButton(button);
        delete button;
    }
}

QList<QAbstractButton *> ChoiceRow::buttons() const
{
    return m_group->buttons();
}

int ChoiceRow::chosen() const
{
    return m_group->checkedId();
}

void ChoiceRow::choose(int index)
{
    if (QAbstractButton *button = m_group->button(index))
        button->setChecked(true);
}

void ChoiceRow::chooseNone()
{
    // An exclusive group keeps one button checked; it lets go only while not exclusive.
    m_group->setExclusive(false);
    for (QAbstractButton *button : m_group->buttons())
        button->setChecked(false);
    m_group->setExclusive(true);
}
