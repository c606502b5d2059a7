// The buttons of a choice row, in one exclusive group.
#include "ui/callback/choicerow.h"

#include "ui/widgets/flowlayout.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QButtonGroup>

namespace {

class ChoiceButtonAccessible : public QAccessibleWidget
{
public:
    explicit ChoiceButtonAccessible(QAbstractButton *button) : QAccessibleWidget(button, QAccessible::RadioButton) {}

    QAccessible::State state() const override
    {
        QAccessible::State state = QAccessibleWidget::state();
        state.checkable = true;
        state.checked = button()->isChecked();
        return state;
    }

    QString text(QAccessible::Text kind) const override
    {
        if (kind == QAccessible::Name && button()->accessibleName().isEmpty())
            return button()->text();
        return QAccessibleWidget::text(kind);
    }

    QStringList actionNames() const override { return QStringList{pressAction()} + QAccessibleWidget::actionNames(); }

    void doAction(const QString &action) override
    {
        if (action == pressAction())
            button()->click();
        else
            QAccessibleWidget::doAction(action);
    }

private:
    QAbstractButton *button() const { return static_cast<QAbstractButton *>(widget()); }
};

QAccessibleInterface *choiceButtonAccessible(const QString &className, QObject *object)
{
    if (className == QLatin1String("ChoiceButton") && object && object->isWidgetType())
        return new ChoiceButtonAccessible(static_cast<QAbstractButton *>(object));
    return nullptr;
}

} // namespace

ChoiceButton::ChoiceButton(const QString &text, QWidget *parent) : QPushButton(text, parent)
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(choiceButtonAccessible);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    setCheckable(true);
}

ChoiceRow::ChoiceRow(QWidget *parent) : QWidget(parent), m_group(new QButtonGroup(this))
{
    new FlowLayout(this, 12);
    // As tall as its rows need at its width.
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    setSizePolicy(policy);
    m_group->setExclusive(true);
}

void ChoiceRow::addChoice(const QString &objectName, const QString &text)
{
    auto *button = new ChoiceButton(text, this);
    button->setObjectName(objectName);
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
