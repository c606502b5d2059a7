// The anonymous usage figures beside the staff list: the most read articles
// of the week, and an export of the views per day.
#pragma once

#include <QWidget>

class ChoiceOverlay;
class QLabel;
class QPushButton;
class StaffDesk;

class UsagePanel : public QWidget
{
    Q_OBJECT

public:
    // `choices` asks which drive the export goes to.
    UsagePanel(StaffDesk &desk, ChoiceOverlay &choices, QWidget *parent = nullptr);

    void refresh();

signals:
    // What an action did, for the staff screen's result line.
    void reported(const QString &text, bool problem);

private:
    void retranslate();

    StaffDesk &m_desk;
    ChoiceOverlay &m_choices;
    QLabel *m_title;
    QLabel *m_mostRead;
    QPushButton *m_export;
};
