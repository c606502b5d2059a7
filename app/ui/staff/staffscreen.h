// The front desk's screen behind the PIN: the PIN pad, then the call-back
// requests (new ones counted per office), the filter bar, the actions, the
// usage figures and the database's notices for staff. It shows what
// StaffDesk says and asks it to act.
#pragma once

#include "core/callbacks/callbackstore.h"

#include <QTimer>
#include <QWidget>

class CallbackTableModel;
class Overlay;
class ChoiceOverlay;
class PinPad;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class StaffActions;
class StaffDesk;
class StaffFilterBar;
class UsagePanel;

class StaffScreen : public QWidget
{
    Q_OBJECT

public:
    static constexpr int refreshSeconds = 30;

    // On the kiosk: the PIN pad signs staff in.
    explicit StaffScreen(StaffDesk &desk, QWidget *parent = nullptr);
    // On the front-desk PC: `signInPage` (taken over) signs staff in to the
    // server; then showList().
    StaffScreen(StaffDesk &desk, QWidget *signInPage, QWidget *parent);

    // The list, now that the desk is signed in by whoever gave the sign-in page.
    void showList();

    // Shows the PIN pad; nothing of the list stays on screen or in memory.
    void lock();
    bool isUnlocked() const;
    // Reads the list again with the current filters.
    void refresh();
    CallbackFilter filter() const;
    // The list as shown (tests look at its rows).
    CallbackTableModel *model() const { return m_model; }

signals:
    // The screen was locked: by Lock, or by the caller after the idle time.
    void locked();
    void quitRequested();

private:
    enum class Page { PinPad, List };

    QWidget *buildList();
    void showPage(Page page);
    void tryPin(const QString &pin);
    void showPad();
    QStringList selectedIds() const;
    void showResult(const QString &text, bool problem = false);
    void refreshCounts();
    void refreshNotices();
    void updateActions();

    StaffDesk &m_desk;
    QStackedWidget *m_pages;
    PinPad *m_pinPad;        // null at the front desk
    QWidget *m_signInPage;   // the PIN pad, or the front desk's sign-in
    QWidget *m_list;
    CallbackTableModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QLabel *m_title;
    QLabel *m_notice;
    QPushButton *m_dismissNotice;
    QLabel *m_counts;
    StaffFilterBar *m_filters;
    QTableView *m_table;
    ChoiceOverlay *m_choices = nullptr;
    StaffActions *m_actions;
    QLabel *m_result;
    UsagePanel *m_usage;
    QPushButton *m_lock;
    QPushButton *m_quit;
    QTimer m_refreshTimer;
};
