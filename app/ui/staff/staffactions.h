// What staff do with the list: mark the selected requests called, no answer
// or done, delete them (after a confirmation), export the list as CSV or
// PDF, and print it. Each action goes through StaffDesk and reports back.
#pragma once

#include "core/callbacks/callbackrequest.h"
#include "core/staff/staffdesk.h"

#include <QWidget>

#include <functional>

class ChoiceOverlay;
class Overlay;
class QHBoxLayout;
class QLabel;
class QPushButton;
class StaffFilterBar;

class StaffActions : public QWidget
{
    Q_OBJECT

public:
    // `selectedIds` says which rows are selected now; `confirmationParent`
    // is covered by the delete confirmation; `choices` asks for the printer
    // and the drive.
    StaffActions(StaffDesk &desk, const StaffFilterBar &filters, std::function<QStringList()> selectedIds,
                 QWidget *confirmationParent, ChoiceOverlay &choices, QWidget *parent = nullptr);

    // Enables what makes sense for the list and the selection.
    void updateFor(bool anyRows, bool anySelected);
    void showDestinations(const QList<ExportDestination> &destinations);
    // Staff left: a delete waiting for its confirmation, a printer or drive
    // being chosen, is dropped.
    void cancelPending();
    Overlay *deleteConfirmation() const { return m_confirmDelete; }

signals:
    // What an action did, for the staff screen's result line.
    void reported(const QString &text, bool problem);
    // Requests changed: the list must be read again.
    void listChanged();

private:
    QHBoxLayout *buildRow(const QList<QPushButton *> &buttons);
    void mark(CallbackStatus status);
    void askToDelete();
    void deleteConfirmed();
    void exportList(ExportFormat format);
    void print();
    void printOn(const QString &printerName);

    StaffDesk &m_desk;
    const StaffFilterBar &m_filters;
    std::function<QStringList()> m_selectedIds;
    QPushButton *m_markCalled;
    QPushButton *m_markNoAnswer;
    QPushButton *m_markDone;
    QPushButton *m_delete;
    QPushButton *m_exportCsv;
    QPushButton *m_exportPdf;
    QPushButton *m_print;
    QLabel *m_destination;
    Overlay *m_confirmDelete;
    ChoiceOverlay &m_choices;
    QPushButton *m_deleteForGood;
    QStringList m_pendingDelete;
};
