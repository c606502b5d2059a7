// The visitor's "please call me back" form and its thank-you page. It shows
// the choices and the problems it is given and reports what was entered.
#pragma once

#include "core/callbacks/callbackvalidator.h"
#include "ui/callback/fieldproblems.h"

#include <QMap>
#include <QTimer>
#include <QWidget>

class NumericKeypad;
class OnScreenKeyboard;
class QAbstractButton;
class ReadAloudButton;
class QBoxLayout;
class QLayout;
class ChoiceRow;
class ConfirmationPage;
class FormKeys;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QStackedWidget;

class CallbackScreen : public QWidget
{
    Q_OBJECT

public:
    struct Choice
    {
        QString id;
        QString label;
    };

    explicit CallbackScreen(QWidget *parent = nullptr);

    // The offices are set once; topics and consent words follow the language
    // without losing what was typed.
    void setOffices(const QList<Choice> &offices);
    void setTopics(const QList<Choice> &topics, const QString &consentText);
    // An empty form about `topicSlug` (empty: "something else").
    void start(const QString &topicSlug);
    // Forgets everything the visitor typed or chose.
    void clear();
    void setKeyboardLanguage(const QString &language);

    void showProblems(const QList<FieldProblem> &problems);
    void showNotSaved();
    void showConfirmation(const QString &message);
    bool isConfirming() const;

    CallbackDraft draft() const;

    void setConfirmationSeconds(int seconds);

    // For tests and the end-to-end script: the parts a visitor touches.
    QLineEdit *firstNameField() const { return m_firstName; }
    QLineEdit *phoneField() const { return m_phone; }
    QLineEdit *noteField() const { return m_note; }
    QComboBox *topicBox() const { return m_topic; }
    QList<QAbstractButton *> officeButtons() const;
    QList<QAbstractButton *> bestTimeButtons() const;
    QCheckBox *voicemailBox() const { return m_voicemail; }
    QCheckBox *textBox() const { return m_text; }
    QCheckBox *consentBox() const { return m_consent; }
    QPushButton *sendButton() const { return m_send; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *doneButton() const;
    QLabel *problemLabel(CallbackField field) const { return m_problems.label(field); }
    // Says a save failed, or how many answers need a look.
    QLabel *banner() const { return m_banner; }
    static QString notSavedText();
    QLabel *confirmationMessage() const;
    OnScreenKeyboard *keyboard() const { return m_keyboard; }
    NumericKeypad *keypad() const { return m_keypad; }

signals:
    void submitted(const CallbackDraft &draft);
    void cancelled();
    // The thank-you page was read or timed out.
    void finished();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Two columns side by side when both fit the screen's width, one above
    // the other when they don't (large text, a narrow screen): never sideways.
    void fitColumns();

    QWidget *buildForm();
    void followFocus(QWidget *now);
    void clearProblems();
    void updateNoteCount();
    void retranslate();

    QStackedWidget *m_pages;
    QScrollArea *m_scroll;
    QBoxLayout *m_columns = nullptr;
    QLayout *m_leftColumn = nullptr;
    QLayout *m_rightColumn = nullptr;
    QLabel *m_title;
    QLabel *m_intro;
    ReadAloudButton *m_readAloud;
    QLabel *m_banner;
    QLabel *m_firstNameLabel;
    QLineEdit *m_firstName;
    QLabel *m_phoneLabel;
    QLineEdit *m_phone;
    QLabel *m_officeLabel;
    ChoiceRow *m_offices;
    QLabel *m_bestTimeLabel;
    ChoiceRow *m_bestTimes;
    QLabel *m_topicLabel;
    QComboBox *m_topic;
    QLabel *m_noteLabel;
    QLineEdit *m_note;
    QLabel *m_noteCount;
    QCheckBox *m_voicemail;
    QCheckBox *m_text;
    QLabel *m_consentText;
    QCheckBox *m_consent;
    QPushButton *m_send;
    QPushButton *m_cancel;
    FieldProblems m_problems;
    FormKeys *m_keys;
    OnScreenKeyboard *m_keyboard;
    NumericKeypad *m_keypad;

    ConfirmationPage *m_confirmationPage;

    QList<Choice> m_officeChoices;
    QList<Choice> m_topicChoices;
};
