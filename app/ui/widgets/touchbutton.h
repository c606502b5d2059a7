// A push button sized for a finger (at least 56 px high), named for tests
// and scripts; `primary` gives it the style of the screen's main action.
#pragma once

#include "ui/widgets/languagewatch.h"

#include <QPushButton>

inline QPushButton *touchButton(const QString &objectName, QWidget *parent, bool primary = false)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(objectName);
    button->setMinimumHeight(56);
    if (primary)
        button->setProperty("primary", true);
    return button;
}

// The same with its words, marked with QT_TR_NOOP in `parent`'s class.
inline QPushButton *touchButton(const QString &objectName, LanguageWatch::Words words, QWidget *parent,
                                bool primary = false)
{
    QPushButton *button = touchButton(objectName, parent, primary);
    LanguageWatch::setWords(button, parent, words);
    return button;
}
