#include "ui/visitortraces.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace VisitorTraces {

namespace {

bool belongsToSpinBox(const QLineEdit *field)
{
    return qobject_cast<QAbstractSpinBox *>(field->parentWidget()) != nullptr;
}

}

void forgetTyping(QWidget *root)
{
    // QLineEdit::clear() is an edit that Ctrl+Z takes back; setText() starts
    // a new history.
    for (QLineEdit *field : root->findChildren<QLineEdit *>()) {
        field->setText(belongsToSpinBox(field) ? field->text() : QString());
        field->setModified(false);
    }
    // clear() on these also drops their undo and redo stacks.
    for (QTextEdit *field : root->findChildren<QTextEdit *>())
        field->clear();
    for (QPlainTextEdit *field : root->findChildren<QPlainTextEdit *>())
        field->clear();
}

void closeStrayWindows(const QWidget *window)
{
    // A popup (a combo box's list, a menu, a calendar) closes first: while
    // one is open it takes every input event.
    while (QWidget *popup = QApplication::activePopupWidget()) {
        popup->close();
        if (QApplication::activePopupWidget() == popup) {
            popup->hide();
            break;
        }
    }
    for (QWidget *topLevel : QApplication::topLevelWidgets()) {
        if (topLevel == window || !topLevel->isVisible())
            continue;
        // reject() also ends a dialog's exec(), so whoever opened it goes on
        // as if it had been cancelled.
        if (auto *dialog = qobject_cast<QDialog *>(topLevel))
            dialog->reject();
        else
            topLevel->close();
        topLevel->hide();
    }
}

void emptyClipboard()
{
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->clear(QClipboard::Clipboard);
    if (clipboard->supportsSelection())
        clipboard->clear(QClipboard::Selection);
}

void wipe(QWidget *window)
{
    closeStrayWindows(window);
    emptyClipboard();
    forgetTyping(window);
}

}
