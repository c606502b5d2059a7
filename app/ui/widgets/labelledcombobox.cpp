// The accessible side: name from accessibleName(), value from the current text.
#include "ui/widgets/labelledcombobox.h"

#include <QAbstractItemView>
#include <QAccessible>
#include <QAccessibleWidget>
#include <QListView>

namespace {

class LabelledComboBoxAccessible : public QAccessibleWidget
{
public:
    explicit LabelledComboBoxAccessible(QComboBox *box) : QAccessibleWidget(box, QAccessible::ComboBox) {}

    QString text(QAccessible::Text kind) const override
    {
        const auto *box = static_cast<const QComboBox *>(widget());
        if (kind == QAccessible::Value)
            return box->currentText();
        if (kind == QAccessible::Name && !box->accessibleName().isEmpty())
            return box->accessibleName();
        return QAccessibleWidget::text(kind);
    }

    QStringList actionNames() const override { return QStringList{showMenuAction(), pressAction()} + QAccessibleWidget::actionNames(); }

    void doAction(const QString &action) override
    {
        if (action == showMenuAction() || action == pressAction())
            static_cast<QComboBox *>(widget())->showPopup();
        else
            QAccessibleWidget::doAction(action);
    }
};

QAccessibleInterface *labelledComboBoxAccessible(const QString &className, QObject *object)
{
    if (className == QLatin1String("LabelledComboBox") && object && object->isWidgetType())
        return new LabelledComboBoxAccessible(static_cast<QComboBox *>(object));
    return nullptr;
}

} // namespace

LabelledComboBox::LabelledComboBox(QWidget *parent) : QComboBox(parent)
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(labelledComboBoxAccessible);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    // A plain list view: the style's own popup ignores the style sheet's
    // row height.
    auto *list = new QListView(this);
    list->setUniformItemSizes(true);
    setView(list);
}

void LabelledComboBox::showPopup()
{
    // Rows follow the text size, never under a touch target's 56 px.
    const int row = qMax(popupRowHeight, fontMetrics().height() + 24);
    for (int i = 0; i < count(); ++i)
        setItemData(i, QSize(fontMetrics().horizontalAdvance(itemText(i)) + 48, row), Qt::SizeHintRole);
    QComboBox::showPopup();
}
