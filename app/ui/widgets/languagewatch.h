// Calls a widget's retranslate() whenever the application's language
// changes (QEvent::LanguageChange reaches every widget), so that no widget
// needs its own changeEvent() override for it.
#pragma once

#include <functional>

class QObject;
class QWidget;

namespace LanguageWatch {
void onChange(QWidget *widget, std::function<void()> retranslate);

// A widget's fixed words in the source language, marked for lupdate with
// QT_TR_NOOP in the class that makes the widget. A null one is left alone.
struct Words
{
    const char *text = nullptr;            // a button's or label's text
    const char *accessibleName = nullptr;  // what a screen reader says, where the text is not enough
    const char *placeholder = nullptr;     // a text field's hint
};

// Gives `widget` its words now, translated in the context of `owner`'s class
// (the class whose QT_TR_NOOP marked them), and again at every language
// change: the owner needs no retranslate() for its fixed words.
void setWords(QWidget *widget, const QObject *owner, Words words);
}
