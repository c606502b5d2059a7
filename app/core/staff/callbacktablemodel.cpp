// Cells of the staff table.
#include "staff/callbacktablemodel.h"

CallbackTableModel::CallbackTableModel(const QMap<QString, QString> &officeNames,
                                       const QMap<QString, QString> &topicTitles, const QString &phoneRegion,
                                       QObject *parent)
    : QAbstractTableModel(parent), m_officeNames(officeNames), m_topicTitles(topicTitles), m_phones(phoneRegion)
{
}

void CallbackTableModel::setRequests(const QList<CallbackRequest> &requests)
{
    beginResetModel();
    m_requests = requests;
    endResetModel();
}

int CallbackTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_requests.size());
}

int CallbackTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CallbackTableModel::statusText(CallbackStatus status)
{
    switch (status) {
    case CallbackStatus::New: return tr("New");
    case CallbackStatus::Called: return tr("Called");
    case CallbackStatus::NoAnswer: return tr("No answer");
    case CallbackStatus::Done: return tr("Done");
    }
    return {};
}

QString CallbackTableModel::bestTimeText(BestTimeToCall time)
{
    switch (time) {
    case BestTimeToCall::Morning: return tr("Morning");
    case BestTimeToCall::Afternoon: return tr("Afternoon");
    case BestTimeToCall::AnyTime: return tr("Any time");
    }
    return {};
}

QString CallbackTableModel::localTime(const QDateTime &utc) const
{
    return utc.isValid() ? utc.toTimeZone(m_zone).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

QVariant CallbackTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_requests.size())
        return {};
    const CallbackRequest &request = m_requests.at(index.row());
    if (role == IdRole)
        return request.id;
    if (role == SortRole) {
        switch (index.column()) {
        case Received: return request.createdUtc;
        case StatusChanged: return request.statusChangedUtc;
        case Status: return int(request.status);
        case BestTime: return int(request.bestTime);
        case Phone: return request.phoneE164;
        default: break;
        }
        return data(index, Qt::DisplayRole).toString().toCaseFolded();
    }
    if (role == Qt::ToolTipRole && index.column() == Note)
        return request.note;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Received: return localTime(request.createdUtc);
    case FirstName: return request.firstName;
    case Phone: return m_phones.formatNational(request.phoneE164);
    case Office: return m_officeNames.value(request.officeId, request.officeId);
    case BestTime: return bestTimeText(request.bestTime);
    case Topic: return request.topicSlug.isEmpty() ? tr("Something else") : m_topicTitles.value(request.topicSlug, request.topicSlug);
    case Note: return QString(request.note).replace(u'\n', u' ');
    case Voicemail: return request.voicemailOk ? tr("Yes") : tr("No");
    case Text: return request.textOk ? tr("Yes") : tr("No");
    case Status: return statusText(request.status);
    case StatusChanged: return localTime(request.statusChangedUtc);
    default: return {};
    }
}

QVariant CallbackTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Received: return tr("Received");
    case FirstName: return tr("First name");
    case Phone: return tr("Phone");
    case Office: return tr("Office");
    case BestTime: return tr("Best time");
    case Topic: return tr("Topic");
    case Note: return tr("Note");
    case Voicemail: return tr("Voicemail OK");
    case Text: return tr("Text OK");
    case Status: return tr("Status");
    case StatusChanged: return tr("Status changed");
    default: return {};
    }
}
