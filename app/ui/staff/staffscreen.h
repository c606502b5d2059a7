// The front desk's screen behind the PIN: call-back requests by office,
// status and date, status changes, deletion, exports, printing and the most
// read articles. It shows what StaffDesk says and asks it to act.
#pragma once

#include "core/callbacks/callbackstore.h"

#include <QTimer>
#include <QWidget>

class CallbackTableModel;
class Overlay;
class PinPad;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;
class StaffDesk;

class StaffScreen : public QWidget
{
    Q_OBJECT

public:
    static constexpr int refreshSeconds = 30;

    explicit StaffScreen(StaffDesk &desk, QWidget *parent = nullptr);

    // Shows the PIN pad; nothing of the list stays on screen or in memory.
    void lock();
    bool isUnlocked() const;
    // Reads the list again with the current filters.
    void refresh();
    CallbackFilter filter() const;

    // For tests and the end-to-end script.
    PinPad *pinPad() const { return m_pinPad; }
    QTableView *table() const { return m_table; }
    CallbackTableModel *model() const { return m_model; }
    QComboBox *officeFilter() const { return m_office; }
    QComboBox *statusFilter() const { return m_status; }
    QCheckBox *fromEnabled() const { return m_fromEnabled; }
    QDateEdit *fromDate() const { return m_from; }
    QCheckBox *toEnabled() const { return m_toEnabled; }
    QDateEdit *toDate() const { return m_to; }
    QPushButton *markCalledButton() const { return m_markCalled; }
    QPushButton *markNoAnswerButton() const { return m_markNoAnswer; }
    QPushButton *markDoneButton() const { return m_markDone; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *exportCsvButton() const { return m_exportCsv; }
    QPushButton *exportPdfButton() const { return m_exportPdf; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *exportUsageButton() const { return m_exportUsage; }
    QPushButton *lockButton() const { return m_lock; }
    QPushButton *quitButton() const { return m_quit; }
    QLabel *counts() const { return m_counts; }
    QLabel *noticeBanner() const { return m_notice; }
    QLabel *result() const { return m_result; }
    QLabel *mostRead() const { return m_mostRead; }
    Overlay *deleteConfirmation() const { return m_confirmDelete; }

signals:
    // The screen was locked: by Lock, or by the caller after the idle time.
    void locked();
    void quitRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildList();
    void tryPin(const QString &pin);
    void showPad();
    void selectedIdsDo(const std::function<void(const QStringList &)> &action);
    void mark(CallbackStatus status);
    void exportList(int format);
    void print();
    void showResult(const QString &text, bool problem = false);
    void refreshCounts();
    void refreshNotices();
    void refreshMostRead();
    void updateActions();
    QString selectionDescription() const;
    void retranslate();

    StaffDesk &m_desk;
    QStackedWidget *m_pages;
    PinPad *m_pinPad;
    CallbackTableModel *m_model;
    QSortFilterProxyModel *m_sorted;
    QLabel *m_title;
    QLabel *m_notice;
    QPushButton *m_dismissNotice;
    QLabel *m_counts;
    QLabel *m_officeLabel;
    QComboBox *m_office;
    QLabel *m_statusLabel;
    QComboBox *m_status;
    QCheckBox *m_fromEnabled;
    QDateEdit *m_from;
    QCheckBox *m_toEnabled;
    QDateEdit *m_to;
    QTableView *m_table;
    QPushButton *m_markCalled;
    QPushButton *m_markNoAnswer;
    QPushButton *m_markDone;
    QPushButton *m_delete;
    QPushButton *m_exportCsv;
    QPushButton *m_exportPdf;
    QPushButton *m_print;
    QLabel *m_destination;
    QLabel *m_result;
    QLabel *m_mostReadTitle;
    QLabel *m_mostRead;
    QPushButton *m_exportUsage;
    QPushButton *m_lock;
    QPushButton *m_quit;
    Overlay *m_confirmDelete;
    QStringList m_pendingDelete;
    QTimer m_refreshTimer;
};
