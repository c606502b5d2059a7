// Search as you type, with an on-screen keyboard under the results.
#pragma once

#include "ui/cardlist.h"

#include <QWidget>

class OnScreenKeyboard;
class QLabel;
class QLineEdit;

class SearchScreen : public QWidget
{
    Q_OBJECT

public:
    explicit SearchScreen(QWidget *parent = nullptr);

    void setResults(const QList<CardList::Entry> &results, const QString &forText);
    void setKeyboardLanguage(const QString &language);
    void clear();
    QLineEdit *field() const { return m_field; }
    CardList *results() const { return m_results; }
    OnScreenKeyboard *keyboard() const { return m_keyboard; }

signals:
    void textChanged(const QString &text);
    void articleChosen(const QString &slug);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void retranslate();

    QLineEdit *m_field;
    QLabel *m_status;
    CardList *m_results;
    OnScreenKeyboard *m_keyboard;
};
