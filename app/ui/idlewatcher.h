// Notices when nobody has touched the kiosk for a while.
#pragma once

#include <QTimer>

class IdleWatcher : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatcher(QObject *parent = nullptr);

    void setTimeout(int milliseconds);
    int timeout() const { return m_timer.interval(); }
    void setEnabled(bool enabled);
    // Starts the quiet period over, as any touch does.
    void restart();

signals:
    void idle();
    // `pointer`: a touch or a mouse press, not a key or the wheel.
    void activity(bool pointer);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer m_timer;
    bool m_enabled = true;
};
