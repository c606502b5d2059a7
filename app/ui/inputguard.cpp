// Installed on the application, so it sees events before any widget does,
// including the web view's own child widgets.
#include "ui/inputguard.h"

#include <QCoreApplication>
#include <QDropEvent>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLineEdit>
#include <QMimeData>
#include <QMouseEvent>
#include <QNativeGestureEvent>
#include <QPlainTextEdit>
#include <QTextEdit>

InputGuard::InputGuard(QObject *parent) : QObject(parent)
{
    QCoreApplication::instance()->installEventFilter(this);
}

bool InputGuard::isEscapeShortcut(int key, Qt::KeyboardModifiers modifiers)
{
    const Qt::KeyboardModifiers mods = modifiers & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier);
    switch (key) {
    case Qt::Key_F4:
        return mods & Qt::AltModifier;
    case Qt::Key_F1:
    case Qt::Key_F3:
    case Qt::Key_F5:
    case Qt::Key_F6:
    case Qt::Key_F7:
    case Qt::Key_F11:
    case Qt::Key_F12:
    case Qt::Key_Escape:
    case Qt::Key_Back:
    case Qt::Key_Forward:
    case Qt::Key_Refresh:
    case Qt::Key_HomePage:
    case Qt::Key_Search:
    case Qt::Key_Print:
    case Qt::Key_Close:
        return true;
    case Qt::Key_Left:
    case Qt::Key_Right:
    case Qt::Key_Home:
        return mods & Qt::AltModifier;  // browser back / forward / home
    case Qt::Key_W:
    case Qt::Key_Q:
    case Qt::Key_N:
    case Qt::Key_T:
    case Qt::Key_O:
    case Qt::Key_L:
    case Qt::Key_P:
    case Qt::Key_S:
    case Qt::Key_U:
    case Qt::Key_R:
    case Qt::Key_J:
    case Qt::Key_H:
    case Qt::Key_D:
    case Qt::Key_F:
    case Qt::Key_G:
    case Qt::Key_Plus:
    case Qt::Key_Minus:
    case Qt::Key_Equal:
    case Qt::Key_0:
        return mods & (Qt::ControlModifier | Qt::MetaModifier);
    default:
        return false;
    }
}

bool InputGuard::isEditingShortcut(const QKeyEvent &key)
{
    // matches() knows every platform binding: Ctrl+Z and Alt+Backspace,
    // Ctrl+Y and Ctrl+Shift+Z, Shift+Insert, Shift+Delete, Ctrl+Insert, …
    for (QKeySequence::StandardKey editing : {QKeySequence::Undo, QKeySequence::Redo, QKeySequence::Cut,
                                              QKeySequence::Copy, QKeySequence::Paste, QKeySequence::SelectAll}) {
        if (key.matches(editing))
            return true;
    }
    return false;
}

namespace {

bool isTextField(const QObject *object)
{
    return qobject_cast<const QLineEdit *>(object) || qobject_cast<const QTextEdit *>(object)
        || qobject_cast<const QPlainTextEdit *>(object)
        || (object->parent() && (qobject_cast<const QTextEdit *>(object->parent())
                                 || qobject_cast<const QPlainTextEdit *>(object->parent())));
}

}

bool InputGuard::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::ShortcutOverride: {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (isEscapeShortcut(key->key(), key->modifiers()) || isEditingShortcut(*key)) {
            event->accept();
            return true;
        }
        break;
    }
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        if (mouse->button() == Qt::BackButton || mouse->button() == Qt::ForwardButton)
            return true;
        // X11 pastes the selection where the middle button is pressed.
        if (mouse->button() == Qt::MiddleButton && isTextField(watched))
            return true;
        break;
    }
    case QEvent::ContextMenu:
        // A text field's own menu offers Undo and Paste.
        if (isTextField(watched))
            return true;
        break;
    case QEvent::DragEnter:
    case QEvent::DragMove:
    case QEvent::Drop:
        event->ignore();
        return true;
    case QEvent::NativeGesture:
        return true;  // pinch and smart zoom
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
