// The staff screen: the PIN gate, then the list with its parts. Every change
// is written at once through StaffDesk and the list read again.
#include "ui/staff/staffscreen.h"

#include "core/staff/callbacktablemodel.h"
#include "core/staff/staffdesk.h"
#include "ui/staff/choiceoverlay.h"
#include "ui/staff/pinpad.h"
#include "ui/staff/staffactions.h"
#include "ui/staff/stafffilterbar.h"
#include "ui/staff/usagepanel.h"
#include "ui/widgets/languagewatch.h"
#include "ui/widgets/plainlabel.h"
#include "ui/widgets/touchbutton.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

namespace {
QLabel *wrappedLabel(const QString &objectName, QWidget *parent)
{
    auto *label = plainLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}
} // namespace

StaffScreen::StaffScreen(StaffDesk &desk, QWidget *parent) : StaffScreen(desk, nullptr, parent)
{
}

StaffScreen::StaffScreen(StaffDesk &desk, QWidget *signInPage, QWidget *parent)
    : QWidget(parent),
      m_desk(desk),
      m_pages(new QStackedWidget(this)),
      m_pinPad(signInPage ? nullptr : new PinPad(this)),
      m_signInPage(signInPage ? signInPage : static_cast<QWidget *>(m_pinPad)),
      m_model(new CallbackTableModel(desk.exportContext({}), this))
{
    setObjectName(QStringLiteral("staffScreen"));
    m_sorted = new QSortFilterProxyModel(this);
    m_sorted->setSourceModel(m_model);
    m_sorted->setSortRole(CallbackTableModel::SortRole);
    m_list = buildList();
    m_pages->addWidget(m_signInPage);
    m_pages->addWidget(m_list);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    // New requests arrive while staff look at the list.
    m_refreshTimer.setInterval(refreshSeconds * 1000);
    connect(&m_refreshTimer, &QTimer::timeout, this, &StaffScreen::refresh);
    if (m_pinPad) {
        connect(m_pinPad, &PinPad::pinEntered, this, &StaffScreen::tryPin);
        connect(m_pinPad, &PinPad::cancelled, this, &StaffScreen::locked);
    }
    lock();
}

QWidget *StaffScreen::buildList()
{
    auto *page = new QWidget(this);
    m_title = wrappedLabel(QStringLiteral("screenTitle"), page);
    LanguageWatch::setWords(m_title, this, {QT_TR_NOOP("Staff: call-back requests")});
    m_lock = touchButton(QStringLiteral("staffLock"), page, true);
    LanguageWatch::setWords(m_lock, this, {QT_TR_NOOP("Lock")});
    m_quit = touchButton(QStringLiteral("staffQuit"), page);
    // On the kiosk it closes the kiosk; on the front desk's PC, only this window.
    LanguageWatch::setWords(m_quit, this, {m_pinPad ? QT_TR_NOOP("Close the kiosk") : QT_TR_NOOP("Close")});
    m_notice = wrappedLabel(QStringLiteral("formBanner"), page);
    m_dismissNotice = touchButton(QStringLiteral("dismissNotice"), page);
    LanguageWatch::setWords(m_dismissNotice, this, {QT_TR_NOOP("Dismiss")});
    m_counts = wrappedLabel(QStringLiteral("staffCounts"), page);
    m_filters = new StaffFilterBar(page);
    m_filters->setOffices(m_desk.officeNames());

    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("callbackTable"));
    LanguageWatch::setWords(m_table, this, {nullptr, QT_TR_NOOP("Call-back requests")});
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

    m_choices = new ChoiceOverlay(this);
    m_actions = new StaffActions(m_desk, *m_filters, [this] { return selectedIds(); }, this, *m_choices, page);
    m_result = wrappedLabel(QStringLiteral("staffResult"), page);
    m_usage = new UsagePanel(m_desk, *m_choices, page);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_quit);
    header->addWidget(m_lock);
    auto *notice = new QHBoxLayout;
    notice->addWidget(m_notice, 1);
    notice->addWidget(m_dismissNotice);
    auto *list = new QVBoxLayout;
    list->setSpacing(10);
    list->addWidget(m_filters);
    list->addWidget(m_table, 1);
    list->addWidget(m_actions);
    list->addWidget(m_result);
    auto *columns = new QHBoxLayout;
    columns->setSpacing(24);
    columns->addLayout(list, 5);
    columns->addWidget(m_usage, 1);

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
        if (const std::optional<StoreFailure> failure = m_desk.dismissNotices())
            showResult(failure->toString(), true);
        refreshNotices();
    });
    connect(m_filters, &StaffFilterBar::changed, this, &StaffScreen::refresh);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &StaffScreen::updateActions);
    connect(m_actions, &StaffActions::reported, this, &StaffScreen::showResult);
    connect(m_actions, &StaffActions::listChanged, this, &StaffScreen::refresh);
    connect(m_usage, &UsagePanel::reported, this, &StaffScreen::showResult);
    return page;
}

void StaffScreen::showPage(Page page)
{
    m_pages->setCurrentWidget(page == Page::List ? m_list : m_signInPage);
}

void StaffScreen::lock()
{
    m_desk.signOut();
    m_refreshTimer.stop();
    m_model->setRequests({});
    m_actions->cancelPending();
    m_result->clear();
    showPage(Page::PinPad);
    showPad();
}

bool StaffScreen::isUnlocked() const
{
    return m_pages->currentWidget() == m_list;
}

void StaffScreen::showPad()
{
    if (!m_pinPad)
        return;
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
        showList();
        // Someone may have been guessing: staff are the ones to notice.
        if (check.wrongSinceLastSignIn == 1)
            showResult(tr("1 wrong PIN was typed on this pad since the last sign-in."), true);
        else if (check.wrongSinceLastSignIn > 1)
            showResult(tr("%1 wrong PINs were typed on this pad since the last sign-in.")
                           .arg(check.wrongSinceLastSignIn),
                       true);
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

void StaffScreen::showList()
{
    showPage(Page::List);
    refresh();
    m_refreshTimer.start();
    m_table->setFocus();
}

CallbackFilter StaffScreen::filter() const
{
    return m_filters->filter();
}

void StaffScreen::refresh()
{
    if (!isUnlocked())
        return;
    const StoreResult<QList<CallbackRequest>> requests = m_desk.requests(filter());
    if (requests.failure)
        showResult(tr("The list can't be read: %1").arg(requests.failure->toString()), true);
    // Reading again must not lose what staff had selected.
    const QStringList selected = selectedIds();
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
    m_usage->refresh();
    m_actions->showDestinations(m_desk.destinations());
    updateActions();
}

void StaffScreen::refreshCounts()
{
    const StoreResult<QMap<QString, int>> counts = m_desk.newRequestsByOffice();
    if (counts.failure) {
        m_counts->setText(tr("New requests can't be counted: %1").arg(counts.failure->toString()));
        return;
    }
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
    if (notices.failure)
        lines.append(tr("The database's notices can't be read: %1. Please tell IT.").arg(notices.failure->toString()));
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
    m_dismissNotice->setVisible(!notices.value.isEmpty());
}

void StaffScreen::updateActions()
{
    m_actions->updateFor(m_model->rowCount() > 0, m_table->selectionModel()->hasSelection());
}

QStringList StaffScreen::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows())
        ids.append(row.data(CallbackTableModel::IdRole).toString());
    return ids;
}

void StaffScreen::showResult(const QString &text, bool problem)
{
    m_result->setProperty("problem", problem);
    m_result->setText(text);
    m_result->style()->unpolish(m_result);
    m_result->style()->polish(m_result);
}
