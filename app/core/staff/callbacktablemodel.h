// The staff screen's list of call-back requests as a table model: one row per
// request, shown in the clinic's words and local time.
#pragma once

#include "core/callbacks/callbackrequest.h"
#include "core/callbacks/phonenumber.h"
#include "core/export/exportcontext.h"

#include <QAbstractTableModel>

class CallbackTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    // The CSV export's first columns, in its order (the headers are shared).
    enum Column { Received, FirstName, Phone, Office, BestTime, Topic, Note, Voicemail, Text, Status, StatusChanged, Language, ColumnCount };
    // Sorting by this role sorts times as times and text as text.
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int IdRole = Qt::UserRole + 1;

    // `words`: the clinic's names for offices and topics, its phone region
    // and time zone, as the exports use them.
    explicit CallbackTableModel(const ExportContext &words, QObject *parent = nullptr);

    void setRequests(const QList<CallbackRequest> &requests);
    const QList<CallbackRequest> &requests() const { return m_requests; }
    const ExportContext &words() const { return m_words; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ExportContext m_words;
    PhoneNumberParser m_phones;
    QList<CallbackRequest> m_requests;
};
