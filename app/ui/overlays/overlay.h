// A panel over the whole window, on a dimmed background: for "Still there?",
// outside links as QR codes, and plain messages.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

class Overlay : public QWidget
{
    Q_OBJECT

public:
    explicit Overlay(QWidget *window);

    void setTitle(const QString &title);
    void setMessage(const QString &message);
    void setButtonText(const QString &text);
    // Extra content between the message and the button (a QR code, a countdown).
    void addContent(QWidget *content);
    QPushButton *button() const { return m_button; }
    void open();
    void close();

signals:
    void dismissed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    QWidget *m_panel;
    QVBoxLayout *m_contentLayout;
    QLabel *m_title;
    QLabel *m_message;
    QPushButton *m_button;
};
