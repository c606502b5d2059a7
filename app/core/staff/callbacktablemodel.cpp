// Cells of the staff table.
#include "core/staff/callbacktablemodel.h"

#include "core/callbacks/callbackwords.h"
#include "core/export/csvexport.h"
#include "core/i18n/uitranslations.h"

#include <QTextDocument>

CallbackTableModel::CallbackTableModel(const ExportContext &words, QObject *parent)
    : QAbstractTableModel(parent), m_words(words), m_phones(words.phoneRegion)
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
    // A tooltip that looks like HTML is drawn as HTML: the visitor's note is
    // made a paragraph of escaped text, so it always shows as typed.
    if (role == Qt::ToolTipRole && index.column() == Note)
        return Qt::convertFromPlainText(request.note, Qt::WhiteSpaceNormal);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Received: return m_words.localTime(request.createdUtc);
    case FirstName: return request.firstName;
    case Phone: return m_phones.formatNational(request.phoneE164);
    // At the front desk, which kiosk of the office it came from.
    case Office:
        return request.kiosk.isEmpty() ? m_words.officeName(request.officeId)
                                       : QStringLiteral("%1 · %2").arg(m_words.officeName(request.officeId), request.kiosk);
    case BestTime: return CallbackWords::bestTime(request.bestTime);
    case Topic: return m_words.topicTitle(request.topicSlug);
    case Note: return QString(request.note).replace(u'\n', u' ');
    case Voicemail: return CallbackWords::yesNo(request.voicemailOk);
    case Text: return CallbackWords::yesNo(request.textOk);
    case Status: return CallbackWords::status(request.status);
    case StatusChanged: return m_words.localTime(request.statusChangedUtc);
    // Named in itself ("Español"): staff call back in the language the visitor read in.
    case Language: return nativeLanguageName(request.language);
    default: return {};
    }
}

QVariant CallbackTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    return callbackCsvHeader().value(section);
}
