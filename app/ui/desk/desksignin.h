// The front desk's sign-in: the name and password of a front-desk role on
// the clinic's server, typed by staff. Nothing is remembered between
// sign-ins.
#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

class DeskSignIn : public QWidget
{
    Q_OBJECT

public:
    explicit DeskSignIn(const QString &serverAddress, QWidget *parent = nullptr);

    // Empties both fields (the password first) and shows `message`.
    void clear(const QString &message = {});
    void showProblem(const QString &message);

signals:
    void signInRequested(const QString &user, const QString &password);

private:
    void retranslate();

    QString m_serverAddress;
    QLabel *m_title;
    QLabel *m_where;
    QLabel *m_userLabel;
    QLineEdit *m_user;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QPushButton *m_signIn;
    QLabel *m_message;
};
