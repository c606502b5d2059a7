// The form's problems shown where they are: a message in red under each
// field that needs a look, the field itself outlined in red, and the
// message given to screen readers as the field's description.
#pragma once

#include "core/callbacks/callbackvalidator.h"

#include <QMap>

class QLabel;
class QWidget;

class FieldProblems
{
public:
    // The label to place under `field`'s widget.
    QLabel *addField(CallbackField field, QWidget *widget, QWidget *labelParent);
    // Shows these problems (and clears the others); returns the widget of
    // the first, or nullptr when there is none.
    QWidget *show(const QList<FieldProblem> &problems);
    void clear();
    QLabel *label(CallbackField field) const { return m_labels.value(field); }

private:
    static void mark(QWidget *widget, const QString &message);

    QMap<CallbackField, QLabel *> m_labels;
    QMap<CallbackField, QWidget *> m_widgets;
};
