// Calls a widget's retranslate() whenever the application's language
// changes (QEvent::LanguageChange reaches every widget), so that no widget
// needs its own changeEvent() override for it.
#pragma once

#include <functional>

class QWidget;

namespace LanguageWatch {
void onChange(QWidget *widget, std::function<void()> retranslate);
}
