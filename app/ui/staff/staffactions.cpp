// The staff list's actions and the words for what they did.
#include "ui/staff/staffactions.h"

#include "core/callbacks/callbackwords.h"
#include "ui/overlays/overlay.h"
#include "ui/staff/choiceoverlay.h"
#include "ui/staff/exportchoice.h"
#include "ui/staff/stafffilterbar.h"
#include "ui/widgets/languagewatch.h"
#include "ui/widgets/plainlabel.h"
#include "ui/widgets/touchbutton.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QVBoxLayout>

StaffActions::StaffActions(StaffDesk &desk, const StaffFilterBar &filters, std::function<QStringList()> selectedIds,
                           QWidget *confirmationParent, ChoiceOverlay &choices, QWidget *parent)
    : QWidget(parent),
      m_desk(desk),
      m_filters(filters),
      m_selectedIds(std::move(selectedIds)),
      m_markCalled(touchButton(QStringLiteral("markCalled"), {QT_TR_NOOP("Mark called")}, this)),
      m_markNoAnswer(touchButton(QStringLiteral("markNoAnswer"), {QT_TR_NOOP("No answer")}, this)),
      m_markDone(touchButton(QStringLiteral("markDone"), {QT_TR_NOOP("Mark done")}, this)),
      m_delete(touchButton(QStringLiteral("deleteRequests"), {QT_TR_NOOP("Delete…")}, this)),
      m_exportCsv(touchButton(QStringLiteral("exportCsv"), {QT_TR_NOOP("Export CSV")}, this, true)),
      m_exportPdf(touchButton(QStringLiteral("exportPdf"), {QT_TR_NOOP("Export PDF")}, this, true)),
      m_print(touchButton(QStringLiteral("printList"), {QT_TR_NOOP("Print…")}, this)),
      m_destination(plainLabel(this)),
      m_confirmDelete(new Overlay(confirmationParent)),
      m_choices(choices)
{
    m_destination->setObjectName(QStringLiteral("hint"));
    m_destination->setWordWrap(true);
    m_deleteForGood = touchButton(QStringLiteral("confirmDelete"), m_confirmDelete, true);
    LanguageWatch::setWords(m_deleteForGood, this, {QT_TR_NOOP("Delete for good")});
    m_confirmDelete->addContent(m_deleteForGood);

    auto *exports = buildRow({m_exportCsv, m_exportPdf, m_print});
    exports->addWidget(m_destination, 1);
    auto *changes = buildRow({m_markCalled, m_markNoAnswer, m_markDone, m_delete});
    changes->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(10);
    layout->addLayout(changes);
    layout->addLayout(exports);

    connect(m_markCalled, &QPushButton::clicked, this, [this] { mark(CallbackStatus::Called); });
    connect(m_markNoAnswer, &QPushButton::clicked, this, [this] { mark(CallbackStatus::NoAnswer); });
    connect(m_markDone, &QPushButton::clicked, this, [this] { mark(CallbackStatus::Done); });
    connect(m_delete, &QPushButton::clicked, this, &StaffActions::askToDelete);
    connect(m_deleteForGood, &QPushButton::clicked, this, &StaffActions::deleteConfirmed);
    connect(m_confirmDelete, &Overlay::dismissed, this, [this] { m_pendingDelete.clear(); });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportList(ExportFormat::Csv); });
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { exportList(ExportFormat::Pdf); });
    connect(m_print, &QPushButton::clicked, this, &StaffActions::print);
}

QHBoxLayout *StaffActions::buildRow(const QList<QPushButton *> &buttons)
{
    auto *row = new QHBoxLayout;
    row->setSpacing(12);
    for (QPushButton *button : buttons)
        row->addWidget(button);
    return row;
}

void StaffActions::updateFor(bool anyRows, bool anySelected)
{
    for (QPushButton *button : {m_markCalled, m_markNoAnswer, m_markDone, m_delete})
        button->setEnabled(anySelected);
    for (QPushButton *button : {m_exportCsv, m_exportPdf, m_print})
        button->setEnabled(anyRows);
}

void StaffActions::showDestinations(const QList<ExportDestination> &destinations)
{
    if (destinations.size() == 1) {
        m_destination->setText(tr("Exports go to: %1").arg(destinations.first().description));
        return;
    }
    QStringList descriptions;
    for (const ExportDestination &destination : destinations)
        descriptions.append(destination.description);
    m_destination->setText(tr("Exports go where you choose: %1").arg(descriptions.join(QStringLiteral(" · "))));
}

void StaffActions::cancelPending()
{
    m_pendingDelete.clear();
    m_confirmDelete->close();
    m_choices.cancel();
}

void StaffActions::mark(CallbackStatus status)
{
    const QStringList ids = m_selectedIds();
    if (ids.isEmpty())
        return;
    const QString statusName = CallbackWords::status(status);
    if (const std::optional<StoreFailure> failure = m_desk.mark(ids, status))
        emit reported(tr("Not changed: %1").arg(failure->toString()), true);
    else if (ids.size() == 1)
        emit reported(tr("1 request marked \"%1\".").arg(statusName), false);
    else
        emit reported(tr("%1 requests marked \"%2\".").arg(QString::number(ids.size()), statusName), false);
    emit listChanged();
}

void StaffActions::askToDelete()
{
    const QStringList ids = m_selectedIds();
    if (ids.isEmpty())
        return;
    m_pendingDelete = ids;
    m_confirmDelete->setTitle(ids.size() == 1 ? tr("Delete this request?") : tr("Delete these %1 requests?").arg(ids.size()));
    m_confirmDelete->setMessage(tr("They are wiped from the kiosk and can't be brought back. The deletion is "
                                   "recorded (how many, not who)."));
    m_confirmDelete->setButtonText(tr("Keep them"));
    m_confirmDelete->open();
}

void StaffActions::deleteConfirmed()
{
    m_confirmDelete->close();
    const DeletionResult removed = m_desk.remove(std::exchange(m_pendingDelete, {}));
    const QString deleted = removed.rows == 1 ? tr("1 request deleted.") : tr("%1 requests deleted.").arg(removed.rows);
    if (removed.notCommitted)
        emit reported(tr("Nothing was deleted: %1").arg(removed.notCommitted->toString()), true);
    else if (removed.checkpointFailed)
        emit reported(tr("%1 The clean-up that wipes them from the database's files did not finish; please tell IT (%2).")
                          .arg(deleted, removed.checkpointFailed->toString()),
                      true);
    else
        emit reported(deleted, false);
    emit listChanged();
}

void StaffActions::exportList(ExportFormat format)
{
    chooseDestination(m_desk, m_choices, [this, format](const ExportDestination &where) {
        const ExportOutcome outcome = m_desk.exportList(format, m_filters.filter(), m_filters.description(), where);
        if (outcome.error)
            emit reported(*outcome.error, true);
        else
            emit reported(outcome.rows == 1
                              ? tr("1 request saved to %1").arg(outcome.path)
                              : tr("%1 requests saved to %2").arg(QString::number(outcome.rows), outcome.path),
                          false);
    });
}

void StaffActions::print()
{
    // Only the printers IT set up: no print-to-file, no file browser.
    const QStringList printers = QPrinterInfo::availablePrinterNames();
    if (printers.isEmpty()) {
        emit reported(tr("No printer is set up on this kiosk. Please ask IT to add one."), true);
        return;
    }
    m_choices.ask(tr("Print the call-back list"), tr("Which printer?"), printers,
                  [this, printers](int index) { printOn(printers.at(index)); });
}

void StaffActions::printOn(const QString &printerName)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::NativeFormat);
    printer.setPrinterName(printerName);
    const ExportOutcome outcome = m_desk.printList(printer, m_filters.filter(), m_filters.description());
    if (outcome.error)
        emit reported(*outcome.error, true);
    else
        emit reported(outcome.rows == 1 ? tr("1 request sent to the printer.")
                                        : tr("%1 requests sent to the printer.").arg(outcome.rows),
                      false);
}
