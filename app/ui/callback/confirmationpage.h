// The thank-you page after a request was saved: the words, and an "OK" back
// to the start, which it also takes by itself after a while long enough to
// read the words slowly.
#pragma once

#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;

class ConfirmationPage : public QWidget
{
    Q_OBJECT

public:
    static constexpr int defaultSeconds = 45;

    explicit ConfirmationPage(QWidget *parent = nullptr);

    void showMessage(const QString &message);
    // Forgets the message; the page will not leave by itself.
    void clear();
    void setSeconds(int seconds) { m_timer.setInterval(seconds * 1000); }
    QLabel *message() const { return m_message; }
    QPushButton *doneButton() const { return m_done; }

signals:
    // Read, or timed out.
    void finished();

private:
    void retranslate();

    QLabel *m_thanks;
    QLabel *m_message;
    QPushButton *m_done;
    QTimer m_timer;
};
