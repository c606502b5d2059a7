// Making the form's parts.
#include "ui/callback/formwidgets.h"

#include "ui/widgets/plainlabel.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>

QLabel *FormWidgets::fieldLabel(QWidget *parent, QWidget *buddy)
{
    auto *label = plainLabel(parent);
    label->setObjectName(QStringLiteral("fieldLabel"));
    label->setWordWrap(true);
    label->setBuddy(buddy);
    return label;
}

QLineEdit *FormWidgets::textField(const QString &objectName, int maxLength, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setProperty("formField", true);
    field->setMaxLength(maxLength);
    field->setContextMenuPolicy(Qt::NoContextMenu);
    return field;
}

QCheckBox *FormWidgets::checkBox(const QString &objectName, QWidget *parent)
{
    auto *box = new QCheckBox(parent);
    box->setObjectName(objectName);
    box->setMinimumHeight(56);
    // Only the box and its words react to a tap: no wider than they are.
    box->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    return box;
}
