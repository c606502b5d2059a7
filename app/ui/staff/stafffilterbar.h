// Which requests the staff list shows: an office, a status, and received
// from / up to a date. It reports each change and describes the choice in
// words for the exports' headers.
#pragma once

#include "core/callbacks/callbackstore.h"

#include <QMap>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;

class StaffFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit StaffFilterBar(QWidget *parent = nullptr);

    // Office ids to names; the choice made stays when it still exists.
    void setOffices(const QMap<QString, QString> &offices);
    CallbackFilter filter() const;
    // "New, Waldorf, from 2026-11-01".
    QString description() const;

signals:
    void changed();

private:
    void retranslate();

    QMap<QString, QString> m_offices;
    QLabel *m_officeLabel;
    QComboBox *m_office;
    QLabel *m_statusLabel;
    QComboBox *m_status;
    QCheckBox *m_fromEnabled;
    QDateEdit *m_from;
    QCheckBox *m_toEnabled;
    QDateEdit *m_to;
};
