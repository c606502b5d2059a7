// A panel over the whole window, on a dimmed background: for "Still there?",
// outside links as QR codes, and plain messages. The panel is a dialog for
// screen readers, or an alert ("Still there?"); its words wrap to the width
// of the window and are never cut, whatever the text size.
#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

class Overlay : public QWidget
{
    Q_OBJECT

public:
    enum class Role { Dialog, Alert };

    explicit Overlay(QWidget *window);

    void setRole(Role role);
    // A touch on the dimmed area dismisses it (as its button does). The whole
    // touch, press and release, stays with the overlay: nothing under it
    // gets a tap.
    void setDismissedByTouchOutside(bool dismissed) { m_dismissedByTouchOutside = dismissed; }

    void setTitle(const QString &title);
    QString title() const;
    QString message() const;
    void setMessage(const QString &message);
    void setButtonText(const QString &text);
    // Extra content between the message and the button (a QR code, a countdown).
    void addContent(QWidget *content);
    QPushButton *button() const { return m_button; }
    QWidget *panel() const { return m_panel; }
    QLabel *messageLabel() const { return m_message; }
    void open();
    void close();

signals:
    void dismissed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void placePanel();

    QWidget *m_panel;
    QVBoxLayout *m_contentLayout;
    QLabel *m_title;
    QLabel *m_message;
    QPushButton *m_button;
    Role m_role = Role::Dialog;
    bool m_dismissedByTouchOutside = false;
    bool m_pressed = false;
};
