// A visitor's tap on a widget, for the window tests: fails the test (through
// QTest's failure flag) when the widget isn't there to be tapped.
#pragma once

#include <QTest>
#include <QWidget>

inline void tap(QWidget *widget)
{
    QVERIFY(widget);
    QTRY_VERIFY2(widget->isVisible(), qPrintable(widget->objectName()));
    QTest::mouseClick(widget, Qt::LeftButton, {}, widget->rect().center());
}
