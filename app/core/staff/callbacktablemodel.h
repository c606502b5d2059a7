// The staff screen's list of call-back requests as a table model: one row per
// request, shown in the clinic's words and local time.
#pragma once

#include "callbacks/callbackrequest.h"
#include "callbacks/phonenumber.h"

#include <QAbstractTableModel>
#include <QMap>
#include <QTimeZone>

class CallbackTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Received, FirstName, Phone, Office, BestTime, Topic, Note, Voicemail, Text, Status, StatusChanged, ColumnCount };
    // Sorting by this role sorts times as times and text as text.
    static constexpr int SortRole = Qt::UserRole;
    static constexpr int IdRole = Qt::UserRole + 1;

    CallbackTableModel(const QMap<QString, QString> &officeNames, const QMap<QString, QString> &topicTitles,
                       const QString &phoneRegion, QObject *parent = nullptr);

    void setRequests(const QList<CallbackRequest> &requests);
    const QList<CallbackRequest> &requests() const { return m_requests; }
    void setDisplayZone(const QTimeZone &zone) { m_zone = zone; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString statusText(CallbackStatus status);
    static QString bestTimeText(BestTimeToCall time);

private:
    QString localTime(const QDateTime &utc) const;

    QMap<QString, QString> m_officeNames;
    QMap<QString, QString> m_topicTitles;
    PhoneNumberParser m_phones;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
    QList<CallbackRequest> m_requests;
};
