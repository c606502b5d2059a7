// A push button sized for a finger (at least 56 px high), named for tests
// and scripts; `primary` gives it the style of the screen's main action.
#pragma once

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
