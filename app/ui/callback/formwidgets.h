// The call-back form's parts made for touch: a field's label (tied to its
// field for screen readers), a text field with no context menu, and a check
// box that reacts only to taps on itself and its words.
#pragma once

class QCheckBox;
class QLabel;
class QLineEdit;
class QString;
class QWidget;

namespace FormWidgets {
QLabel *fieldLabel(QWidget *parent, QWidget *buddy);
QLineEdit *textField(const QString &objectName, int maxLength, QWidget *parent);
QCheckBox *checkBox(const QString &objectName, QWidget *parent);
}
