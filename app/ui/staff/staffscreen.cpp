// The staff screen: the PIN pad, then the list with its filters, actions,
// exports and usage figures. Every change is written at once through
// StaffDesk and the list read again.
#include "ui/staff/staffscreen.h"

#include "core/callbacks/callbackwords.h"
#include "core/staff/callbacktablemodel.h"
#include "core/staff/staffdesk.h"
#include "ui/overlays/overlay.h"
#include "ui/staff/pinpad.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStyle>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QPushButton *actionButton(const QString &objectName, QWidget *parent, bool primary = false)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(objectName);
    button->setMinimumHeight(56);
    if (primary)
        button->setProperty("primary", true);
    return button;
}

const QList<std::optional<CallbackStatus>> statusChoices = {std::nullopt, CallbackStatus::New, CallbackStatus::Called,
                                                            CallbackStatus::NoAnswer, CallbackStatus::Done};
} // namespace

StaffScreen::StaffScreen(StaffDesk &desk, QWidget *parent)
    : QWidget(parent),
      m_desk(desk),
      m_pages(new QStackedWidget(this)),
      m_pinPad(new PinPad(this)),
      m_model(new CallbackTableModel(desk.exportContext({}), this))
{
    setObjectName(QStringLiteral("staffScreen"));
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(CallbackTableModel::SortRole);
    m_pages->addWidget(m_pinPad);
    m_pages->addWidget(buildList());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    m_confirmDelete = new Overlay(this);
    auto *deleteForGood = actionButton(QStringLiteral("confirmDelete"), m_confirmDelete, true);
    deleteForGood->setText(tr("Delete for good"));
    m_confirmDelete->addContent(deleteForGood);
    connect(deleteForGood, &QPushButton::clicked, this, [this] {
        m_confirmDelete->close();
        const DeletionResult removed = m_desk.remove(m_pendingDelete);
        m_pendingDelete.clear();
        const QString deleted = removed.rows == 1 ? tr("1 request deleted.") : tr("%1 requests deleted.").arg(removed.rows);
        if (removed.notCommitted)
            showResult(tr("Nothing was deleted: %1").arg(removed.notCommitted->toString()), true);
        else if (removed.checkpointFailed)
            showResult(tr("%1 The clean-up that wipes them from the database's files did not finish; please tell IT (%2).")
                           .arg(deleted, removed.checkpointFailed->toString()),
                       true);
        else
            showResult(deleted);
        refresh();
    });
    connect(m_confirmDelete, &Overlay::dismissed, this, [this] { m_pendingDelete.clear(); });

    // New requests arrive while staff look at the list.
    m_refreshTimer.setInterval(refreshSeconds * 1000);
    connect(&m_refreshTimer, &QTimer::timeout, this, &StaffScreen::refresh);
    connect(m_pinPad, &PinPad::pinEntered, this, &StaffScreen::tryPin);
    connect(m_pinPad, &PinPad::cancelled, this, &StaffScreen::locked);
    retranslate();
    lock();
}

QWidget *StaffScreen::buildList()
{
    auto *page = new QWidget(this);
    m_title = new QLabel(page);
    m_title->setObjectName(QStringLiteral("screenTitle"));
    m_lock = actionButton(QStringLiteral("staffLock"), page, true);
    m_quit = actionButton(QStringLiteral("staffQuit"), page);
    m_notice = new QLabel(page);
    m_notice->setObjectName(QStringLiteral("formBanner"));
    m_notice->setWordWrap(true);
    m_dismissNotice = actionButton(QStringLiteral("dismissNotice"), page);
    m_counts = new QLabel(page);
    m_counts->setObjectName(QStringLiteral("staffCounts"));
    m_counts->setWordWrap(true);

    m_officeLabel = new QLabel(page);
    m_office = new QComboBox(page);
    m_office->setObjectName(QStringLiteral("officeFilter"));
    m_statusLabel = new QLabel(page);
    m_status = new QComboBox(page);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_fromEnabled = new QCheckBox(page);
    m_fromEnabled->setObjectName(QStringLiteral("fromEnabled"));
    m_from = new QDateEdit(QDate::currentDate().addDays(-7), page);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_toEnabled = new QCheckBox(page);
    m_toEnabled->setObjectName(QStringLiteral("toEnabled"));
    m_to = new QDateEdit(QDate::currentDate(), page);
    m_to->setObjectName(QStringLiteral("toDate"));
    for (QDateEdit *date : {m_from, m_to}) {
        date->setCalendarPopup(true);
        date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        date->setMinimumHeight(56);
        date->setEnabled(false);
    }
    m_officeLabel->setBuddy(m_office);
    m_statusLabel->setBuddy(m_status);

    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("callbackTable"));
    m_table->setModel(m_sorted);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(CallbackTableModel::Received, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(52);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(CallbackTableModel::Note, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(90);
    m_table->setContextMenuPolicy(Qt::NoContextMenu);

    m_markCalled = actionButton(QStringLiteral("markCalled"), page);
    m_markNoAnswer = actionButton(QStringLiteral("markNoAnswer"), page);
    m_markDone = actionButton(QStringLiteral("markDone"), page);
    m_delete = actionButton(QStringLiteral("deleteRequests"), page);
    m_exportCsv = actionButton(QStringLiteral("exportCsv"), page, true);
    m_exportPdf = actionButton(QStringLiteral("exportPdf"), page, true);
    m_print = actionButton(QStringLiteral("printList"), page);
    m_destination = new QLabel(page);
    m_destination->setObjectName(QStringLiteral("hint"));
    m_destination->setWordWrap(true);
    m_result = new QLabel(page);
    m_result->setObjectName(QStringLiteral("staffResult"));
    m_result->setWordWrap(true);
    m_mostReadTitle = new QLabel(page);
    m_mostReadTitle->setObjectName(QStringLiteral("sectionTitle"));
    m_mostRead = new QLabel(page);
    m_mostRead->setObjectName(QStringLiteral("mostRead"));
    m_mostRead->setWordWrap(true);
    m_mostRead->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_exportUsage = actionButton(QStringLiteral("exportUsage"), page);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_quit);
    header->addWidget(m_lock);
    auto *notice = new QHBoxLayout;
    notice->addWidget(m_notice, 1);
    notice->addWidget(m_dismissNotice);
    auto *filters = new QHBoxLayout;
    filters->setSpacing(12);
    filters->addWidget(m_officeLabel);
    filters->addWidget(m_office, 1);
    filters->addWidget(m_statusLabel);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_fromEnabled);
    filters->addWidget(m_from);
    filters->addWidget(m_toEnabled);
    filters->addWidget(m_to);
    auto *actions = new QHBoxLayout;
    actions->setSpacing(12);
    for (QPushButton *button : {m_markCalled, m_markNoAnswer, m_markDone, m_delete})
        actions->addWidget(button);
    actions->addStretch();
    auto *exports = new QHBoxLayout;
    exports->setSpacing(12);
    for (QPushButton *button : {m_exportCsv, m_exportPdf, m_print})
        exports->addWidget(button);
    exports->addWidget(m_destination, 1);

    auto *list = new QVBoxLayout;
    list->setSpacing(10);
    list->addLayout(filters);
    list->addWidget(m_table, 1);
    list->addLayout(actions);
    list->addLayout(exports);
    list->addWidget(m_result);
    auto *side = new QVBoxLayout;
    m_mostRead->setMinimumWidth(320);
    side->addWidget(m_mostReadTitle);
    side->addWidget(m_mostRead, 1);
    side->addWidget(m_exportUsage);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(24);
    columns->addLayout(list, 5);
    columns->addLayout(side, 1);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(32, 20, 32, 20);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addLayout(notice);
    layout->addWidget(m_counts);
    layout->addLayout(columns, 1);

    connect(m_lock, &QPushButton::clicked, this, [this] {
        lock();
        emit locked();
    });
    connect(m_quit, &QPushButton::clicked, this, &StaffScreen::quitRequested);
    connect(m_dismissNotice, &QPushButton::clicked, this, [this] {
        if (auto failure = m_desk.dismissNotices())
            showResult(failure->toString(), true);
        refreshNotices();
    });
    for (QComboBox *box : {m_office, m_status})
        connect(box, &QComboBox::currentIndexChanged, this, &StaffScreen::refresh);
    for (QCheckBox *box : {m_fromEnabled, m_toEnabled}) {
        connect(box, &QCheckBox::toggled, this, [this] {
            m_from->setEnabled(m_fromEnabled->isChecked());
            m_to->setEnabled(m_toEnabled->isChecked());
            refresh();
        });
    }
    for (QDateEdit *date : {m_from, m_to})
        connect(date, &QDateEdit::dateChanged, this, &StaffScreen::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &StaffScreen::updateActions);
    connect(m_markCalled, &QPushButton::clicked, this, [this] { mark(CallbackStatus::Called); });
    connect(m_markNoAnswer, &QPushButton::clicked, this, [this] { mark(CallbackStatus::NoAnswer); });
    connect(m_markDone, &QPushButton::clicked, this, [this] { mark(CallbackStatus::Done); });
    connect(m_delete, &QPushButton::clicked, this, [this] {
        selectedIdsDo([this](const QStringList &ids) {
            m_pendingDelete = ids;
            m_confirmDelete->setTitle(ids.size() == 1 ? tr("Delete this request?")
                                                      : tr("Delete these %1 requests?").arg(ids.size()));
            m_confirmDelete->setMessage(tr("They are wiped from the kiosk and can't be brought back. The deletion is "
                                           "recorded (how many, not who)."));
            m_confirmDelete->setButtonText(tr("Keep them"));
            m_confirmDelete->open();
        });
    });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportList(int(ExportFormat::Csv)); });
    connect(m_exportPdf, &QPushButton::clicked, this, [this] { exportList(int(ExportFormat::Pdf)); });
    connect(m_print, &QPushButton::clicked, this, &StaffScreen::print);
    connect(m_exportUsage, &QPushButton::clicked, this, [this] {
        const ExportOutcome outcome = m_desk.exportUsage(QDate::currentDate().addDays(-90), QDate::currentDate());
        if (outcome.error)
            showResult(*outcome.error, true);
        else
            showResult(tr("Article views saved to %1").arg(outcome.path));
    });
    return page;
}

void StaffScreen::lock()
{
    m_refreshTimer.stop();
    m_model->setRequests({});
    m_pendingDelete.clear();
    m_confirmDelete->close();
    m_result->clear();
    m_pages->setCurrentWidget(m_pinPad);
    showPad();
}

bool StaffScreen::isUnlocked() const
{
    return m_pages->currentIndex() == 1;
}

void StaffScreen::showPad()
{
    m_pinPad->clear();
    const StoreResult<bool> isSet = m_desk.pinIsSet();
    if (isSet.failure) {
        m_pinPad->showMessage(tr("The staff screen can't be opened: %1").arg(isSet.failure->toString()));
        return;
    }
    if (!isSet.value) {
        m_pinPad->showNoPinSet();
        return;
    }
    const LockoutVerdict lockout = m_desk.pinLockout();
    if (lockout.state == LockoutVerdict::State::Unreadable)
        m_pinPad->showMessage(tr("The staff screen can't be opened: the wrong-PIN lock-out can't be read (%1).")
                                  .arg(lockout.failure ? lockout.failure->toString() : QString()));
    else if (lockout.state == LockoutVerdict::State::LockedOut)
        m_pinPad->showLockedOut(lockout.secondsLeft);
}

void StaffScreen::tryPin(const QString &pin)
{
    const PinCheck check = m_desk.unlock(pin);
    switch (check.outcome) {
    case PinCheck::Outcome::Accepted:
        m_pages->setCurrentIndex(1);
        refresh();
        m_refreshTimer.start();
        m_table->setFocus();
        return;
    case PinCheck::Outcome::Wrong:
        if (check.secondsLeft > 0)
            m_pinPad->showLockedOut(check.secondsLeft);
        else
            m_pinPad->showMessage(tr("That PIN is not right. Please try again."));
        return;
    case PinCheck::Outcome::LockedOut:
        m_pinPad->showLockedOut(check.secondsLeft);
        return;
    case PinCheck::Outcome::NoPinSet:
        m_pinPad->showNoPinSet();
        return;
    case PinCheck::Outcome::Unavailable:
        m_pinPad->showMessage(tr("The PIN can't be checked: %1").arg(check.failure ? check.failure->toString() : QString()));
        return;
    }
}

CallbackFilter StaffScreen::filter() const
{
    CallbackFilter filter;
    filter.status = statusChoices.value(m_status->currentIndex());
    filter.officeId = m_office->currentData().toString();
    if (m_fromEnabled->isChecked())
        filter.fromUtc = m_from->date().startOfDay().toUTC();
    if (m_toEnabled->isChecked())
        filter.untilUtc = m_to->date().addDays(1).startOfDay().toUTC();
    return filter;
}

void StaffScreen::refresh()
{
    if (!isUnlocked())
        return;
    const StoreResult<QList<CallbackRequest>> requests = m_desk.requests(filter());
    if (requests.failure)
        showResult(tr("The list can't be read: %1").arg(requests.failure->toString()), true);
    // Reading again must not lose what staff had selected.
    QStringList selected;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        selected.append(row.data(CallbackTableModel::IdRole).toString());
    m_model->setRequests(requests.value);
    for (int row = 0; row < m_sorted->rowCount(); ++row) {
        const QModelIndex index = m_sorted->index(row, 0);
        if (selected.contains(index.data(CallbackTableModel::IdRole).toString()))
            m_table->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(CallbackTableModel::Note, QHeaderView::Stretch);
    refreshCounts();
    refreshNotices();
    refreshMostRead();
    m_destination->setText(tr("Exports go to: %1").arg(m_desk.destination().description));
    updateActions();
}

void StaffScreen::refreshCounts()
{
    const StoreResult<QMap<QString, int>> counts = m_desk.newRequestsByOffice();
    QStringList parts;
    const QMap<QString, QString> offices = m_desk.officeNames();
    for (auto office = offices.cbegin(); office != offices.cend(); ++office)
        parts.append(QStringLiteral("%1: %2").arg(office.value()).arg(counts.value.value(office.key())));
    for (auto count = counts.value.cbegin(); count != counts.value.cend(); ++count) {
        if (!offices.contains(count.key()))
            parts.append(QStringLiteral("%1: %2").arg(count.key().isEmpty() ? tr("no office") : count.key()).arg(count.value()));
    }
    m_counts->setText(tr("New requests — %1").arg(parts.join(QStringLiteral("   ·   "))));
}

void StaffScreen::refreshNotices()
{
    const StoreResult<QList<StoreNotice>> notices = m_desk.notices();
    QStringList lines;
    for (const StoreNotice &notice : notices.value) {
        const QString when = m_model->words().localTime(notice.createdUtc);
        if (notice.kind == StoreNotice::Kind::DamagedFileSetAside)
            lines.append(tr("%1: the database was damaged. It was moved to %2 and a new one was started; requests "
                            "saved before may be in the old file. Please tell IT.")
                             .arg(when, notice.detail));
        else
            lines.append(tr("%1: a database file was deleted while the kiosk was running; no request was lost. "
                            "Please tell IT.")
                             .arg(when));
    }
    m_notice->setText(lines.join(u'\n'));
    m_notice->setVisible(!lines.isEmpty());
    m_dismissNotice->setVisible(!lines.isEmpty());
}

void StaffScreen::refreshMostRead()
{
    const StoreResult<QList<ArticleViewCount>> mostRead = m_desk.mostReadThisWeek(10);
    QStringList lines;
    for (const ArticleViewCount &count : mostRead.value) {
        const QString title = m_desk.articleTitle(count.slug, count.language);
        lines.append(QStringLiteral("%1. ").arg(lines.size() + 1)
                     + (count.views == 1 ? tr("%1 — 1 view").arg(title)
                                         : tr("%1 — %2 views").arg(title, QString::number(count.views))));
    }
    m_mostRead->setText(lines.isEmpty() ? tr("No articles read this week yet.") : lines.join(QStringLiteral("\n\n")));
}

void StaffScreen::updateActions()
{
    const bool selected = m_table->selectionModel()->hasSelection();
    for (QPushButton *button : {m_markCalled, m_markNoAnswer, m_markDone, m_delete})
        button->setEnabled(selected);
    const bool any = m_model->rowCount() > 0;
    for (QPushButton *button : {m_exportCsv, m_exportPdf, m_print})
        button->setEnabled(any);
}

void StaffScreen::selectedIdsDo(const std::function<void(const QStringList &)> &action)
{
    QStringList ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        ids.append(row.data(CallbackTableModel::IdRole).toString());
    if (!ids.isEmpty())
        action(ids);
}

void StaffScreen::mark(CallbackStatus status)
{
    selectedIdsDo([this, status](const QStringList &ids) {
        const QString statusName = CallbackWords::status(status);
        if (auto failure = m_desk.mark(ids, status))
            showResult(tr("Not changed: %1").arg(failure->toString()), true);
        else if (ids.size() == 1)
            showResult(tr("1 request marked \"%1\".").arg(statusName));
        else
            showResult(tr("%1 requests marked \"%2\".").arg(QString::number(ids.size()), statusName));
        refresh();
    });
}

QString StaffScreen::selectionDescription() const
{
    QStringList parts;
    parts.append(m_status->currentIndex() == 0 ? tr("All requests") : m_status->currentText());
    if (m_office->currentIndex() > 0)
        parts.append(m_office->currentText());
    if (m_fromEnabled->isChecked())
        parts.append(tr("from %1").arg(m_from->date().toString(Qt::ISODate)));
    if (m_toEnabled->isChecked())
        parts.append(tr("to %1").arg(m_to->date().toString(Qt::ISODate)));
    return parts.join(QStringLiteral(", "));
}

void StaffScreen::exportList(int format)
{
    const ExportOutcome outcome = m_desk.exportList(ExportFormat(format), filter(), selectionDescription());
    if (outcome.error)
        showResult(*outcome.error, true);
    else
        showResult(outcome.rows == 1 ? tr("1 request saved to %1").arg(outcome.path)
                                     : tr("%1 requests saved to %2").arg(QString::number(outcome.rows), outcome.path));
}

void StaffScreen::print()
{
    // The only print dialog in the kiosk: staff choose the printer here.
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the call-back list"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const ExportOutcome outcome = m_desk.printList(printer, filter(), selectionDescription());
    if (outcome.error)
        showResult(*outcome.error, true);
    else
        showResult(outcome.rows == 1 ? tr("1 request sent to the printer.")
                                     : tr("%1 requests sent to the printer.").arg(outcome.rows));
}

void StaffScreen::showResult(const QString &text, bool problem)
{
    m_result->setProperty("problem", problem);
    m_result->setText(text);
    m_result->style()->unpolish(m_result);
    m_result->style()->polish(m_result);
}

void StaffScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void StaffScreen::retranslate()
{
    m_title->setText(tr("Staff: call-back requests"));
    m_lock->setText(tr("Lock"));
    m_quit->setText(tr("Close the kiosk"));
    m_dismissNotice->setText(tr("Dismiss"));
    m_officeLabel->setText(tr("Office"));
    m_statusLabel->setText(tr("Status"));
    m_fromEnabled->setText(tr("From"));
    m_toEnabled->setText(tr("To"));
    m_from->setAccessibleName(tr("Received from"));
    m_to->setAccessibleName(tr("Received up to"));
    {
        const QSignalBlocker blocker(m_office);
        const int current = m_office->currentIndex();
        m_office->clear();
        m_office->addItem(tr("All offices"), QString());
        const QMap<QString, QString> offices = m_desk.officeNames();
        for (auto office = offices.cbegin(); office != offices.cend(); ++office)
            m_office->addItem(office.value(), office.key());
        m_office->setCurrentIndex(qMax(0, current));
    }
    {
        const QSignalBlocker blocker(m_status);
        const int current = m_status->currentIndex();
        m_status->clear();
        m_status->addItem(tr("Any status"));
        for (qsizetype index = 1; index < statusChoices.size(); ++index)
            m_status->addItem(CallbackWords::status(*statusChoices[index]));
        m_status->setCurrentIndex(qMax(0, current));
    }
    m_markCalled->setText(tr("Mark called"));
    m_markNoAnswer->setText(tr("No answer"));
    m_markDone->setText(tr("Mark done"));
    m_delete->setText(tr("Delete…"));
    m_exportCsv->setText(tr("Export CSV"));
    m_exportPdf->setText(tr("Export PDF"));
    m_print->setText(tr("Print…"));
    m_mostReadTitle->setText(tr("Most read this week"));
    m_exportUsage->setText(tr("Export views (CSV)"));
    m_exportUsage->setAccessibleName(tr("Export article views per day as CSV"));
    m_table->setAccessibleName(tr("Call-back requests"));
}
