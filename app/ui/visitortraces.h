// What a visitor can leave behind for the next one besides the screens' own
// state: text and its undo history in any field, the clipboard, and windows
// of their own (a combo box's list, a date picker, a dialog). Each function
// finds its targets by itself, so a field or popup added later is covered
// without anyone remembering to.
#pragma once

class QWidget;

namespace VisitorTraces {

// Every text field below `root` ends up empty with no undo or redo history.
// A spin box's or date edit's field keeps its value but loses its history.
void forgetTyping(QWidget *root);

// Closes every popup, menu and dialog, and hides every other top-level
// window but `window`.
void closeStrayWindows(const QWidget *window);

// The clipboard and the X11 selection, which a middle click would paste.
void emptyClipboard();

// All three, in the order that leaves nothing to paste or undo.
void wipe(QWidget *window);

}
