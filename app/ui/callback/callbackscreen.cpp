// The form in two columns over a keyboard area: the letter keyboard for the
// name and the note, the phone keypad for the number, nothing otherwise. The
// scroll area keeps the field being typed in above the keys.
#include "ui/callback/callbackscreen.h"

#include "ui/callback/choicerow.h"
#include "ui/callback/confirmationpage.h"
#include "ui/callback/fieldproblems.h"
#include "ui/callback/formkeys.h"
#include "ui/callback/formwidgets.h"
#include "ui/readaloudbutton.h"
#include "ui/widgets/labelledcombobox.h"
#include "ui/widgets/languagewatch.h"
#include "ui/widgets/numerickeypad.h"
#include "ui/widgets/onscreenkeyboard.h"
#include "ui/widgets/plainlabel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScroller>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int phoneFieldLength = 24;

} // namespace

CallbackScreen::CallbackScreen(QWidget *parent)
    : QWidget(parent),
      m_pages(new QStackedWidget(this))
{
    setObjectName(QStringLiteral("callbackScreen"));
    m_confirmationPage = new ConfirmationPage(this);
    m_pages->addWidget(buildForm());
    m_pages->addWidget(m_confirmationPage);
    m_keys = new FormKeys(m_firstName, m_phone, m_note, this);
    m_keyboard = m_keys->keyboard();
    m_keypad = m_keys->keypad();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_keys);

    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { followFocus(now); });
    connect(m_keyboard, &OnScreenKeyboard::enterPressed, this, [this] {
        if (m_keyboard->target() == m_firstName)
            m_phone->setFocus();
        else
            m_consent->setFocus();
    });
    connect(m_keypad, &NumericKeypad::donePressed, this, [this] {
        if (QAbstractButton *first = m_offices->buttons().value(0))
            first->setFocus();
        else
            m_topic->setFocus();
    });
    connect(m_confirmationPage, &ConfirmationPage::finished, this, &CallbackScreen::finished);
    retranslate();
    LanguageWatch::onChange(this, [this] { retranslate(); });
}

QWidget *CallbackScreen::buildForm()
{
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *form = new QWidget(m_scroll);
    m_scroll->setWidget(form);
    // Finger drag scrolls the form, as it does the card lists.
    QScroller::grabGesture(m_scroll->viewport(), QScroller::TouchGesture);

    m_title = plainLabel(form);
    m_title->setObjectName(QStringLiteral("screenTitle"));
    LanguageWatch::setWords(m_title, this, {QT_TR_NOOP("Ask us to call you back")});
    m_intro = plainLabel(form);
    m_intro->setObjectName(QStringLiteral("hint"));
    m_intro->setWordWrap(true);
    LanguageWatch::setWords(m_intro, this, {QT_TR_NOOP("Leave your first name and phone number, and someone from our "
                                                       "front desk will call you.")});
    m_readAloud = new ReadAloudButton([this] { return QStringList{m_title->text(), m_intro->text(), m_consentText->text()}; }, form);
    m_readAloud->setObjectName(QStringLiteral("readFormAloud"));
    m_banner = plainLabel(form);
    m_banner->setObjectName(QStringLiteral("formBanner"));
    m_banner->setWordWrap(true);
    m_banner->hide();

    m_firstName = FormWidgets::textField(QStringLiteral("firstNameField"), 2 * CallbackLimits::firstNameLength, form);
    m_firstNameLabel = FormWidgets::fieldLabel(form, m_firstName);
    LanguageWatch::setWords(m_firstNameLabel, this, {QT_TR_NOOP("Your first name")});
    LanguageWatch::setWords(m_firstName, this, {nullptr, QT_TR_NOOP("Your first name")});
    m_phone = FormWidgets::textField(QStringLiteral("phoneField"), phoneFieldLength, form);
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_phoneLabel = FormWidgets::fieldLabel(form, m_phone);
    LanguageWatch::setWords(m_phoneLabel, this, {QT_TR_NOOP("Phone number")});
    LanguageWatch::setWords(m_phone, this,
                            {nullptr, QT_TR_NOOP("Phone number"), QT_TR_NOOP("For example 301-555-0142")});

    m_offices = new ChoiceRow(form);
    m_officeLabel = FormWidgets::fieldLabel(form, m_offices);
    LanguageWatch::setWords(m_officeLabel, this, {QT_TR_NOOP("Which office should call you?")});
    LanguageWatch::setWords(m_offices, this, {nullptr, QT_TR_NOOP("Office")});
    // In the order of BestTimeToCall.
    m_bestTimes = new ChoiceRow(form);
    for (const char *name : {"bestTimeMorning", "bestTimeAfternoon", "bestTimeAny"})
        m_bestTimes->addChoice(QLatin1String(name));
    m_bestTimeLabel = FormWidgets::fieldLabel(form, m_bestTimes);
    LanguageWatch::setWords(m_bestTimeLabel, this, {QT_TR_NOOP("Best time to call")});

    m_topic = new LabelledComboBox(form);
    m_topic->setObjectName(QStringLiteral("topicBox"));
    m_topic->setMinimumHeight(64);
    // As wide as its column, not as its longest title: the titles change with
    // the language, and at 200 % text a long one would widen the form past the
    // screen. The open list shows it whole.
    m_topic->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_topic->setMinimumContentsLength(12);
    m_topicLabel = FormWidgets::fieldLabel(form, m_topic);
    LanguageWatch::setWords(m_topicLabel, this, {QT_TR_NOOP("What would you like to talk about?")});
    LanguageWatch::setWords(m_topic, this, {nullptr, QT_TR_NOOP("Topic")});
    m_note = FormWidgets::textField(QStringLiteral("noteField"), CallbackLimits::noteLength, form);
    m_noteLabel = FormWidgets::fieldLabel(form, m_note);
    LanguageWatch::setWords(m_noteLabel, this, {QT_TR_NOOP("Anything else we should know? (optional)")});
    LanguageWatch::setWords(m_note, this, {nullptr, QT_TR_NOOP("Note for the front desk, optional")});
    m_noteCount = plainLabel(form);
    m_noteCount->setObjectName(QStringLiteral("hint"));
    m_noteCount->setAlignment(Qt::AlignRight);
    connect(m_note, &QLineEdit::textChanged, this, &CallbackScreen::updateNoteCount);

    m_voicemail = FormWidgets::checkBox(QStringLiteral("voicemailBox"), form);
    LanguageWatch::setWords(m_voicemail, this, {QT_TR_NOOP("You may leave a voicemail")});
    m_text = FormWidgets::checkBox(QStringLiteral("textBox"), form);
    LanguageWatch::setWords(m_text, this, {QT_TR_NOOP("You may send me a text message")});
    m_consentText = plainLabel(form);
    m_consentText->setObjectName(QStringLiteral("consentText"));
    m_consentText->setWordWrap(true);
    m_consent = FormWidgets::checkBox(QStringLiteral("consentBox"), form);
    LanguageWatch::setWords(m_consent, this, {QT_TR_NOOP("I agree"), QT_TR_NOOP("I agree to this information being stored")});

    m_send = new QPushButton(form);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setProperty("primary", true);
    m_send->setMinimumHeight(72);
    LanguageWatch::setWords(m_send, this, {QT_TR_NOOP("Send my request")});
    m_cancel = new QPushButton(form);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setMinimumHeight(72);
    LanguageWatch::setWords(m_cancel, this, {QT_TR_NOOP("Cancel")});
    connect(m_send, &QPushButton::clicked, this, [this] { emit submitted(draft()); });
    connect(m_cancel, &QPushButton::clicked, this, &CallbackScreen::cancelled);

    auto *left = new QVBoxLayout;
    left->setSpacing(6);
    left->addWidget(m_firstNameLabel);
    left->addWidget(m_firstName);
    left->addWidget(m_problems.addField(CallbackField::FirstName, m_firstName, form));
    left->addSpacing(10);
    left->addWidget(m_phoneLabel);
    left->addWidget(m_phone);
    left->addWidget(m_problems.addField(CallbackField::Phone, m_phone, form));
    left->addSpacing(10);
    left->addWidget(m_officeLabel);
    left->addWidget(m_offices);
    left->addWidget(m_problems.addField(CallbackField::Office, m_offices, form));
    left->addSpacing(10);
    left->addWidget(m_bestTimeLabel);
    left->addWidget(m_bestTimes);
    left->addStretch();

    auto *right = new QVBoxLayout;
    right->setSpacing(6);
    right->addWidget(m_topicLabel);
    right->addWidget(m_topic);
    right->addWidget(m_problems.addField(CallbackField::Topic, m_topic, form));
    right->addSpacing(10);
    right->addWidget(m_noteLabel);
    right->addWidget(m_note);
    right->addWidget(m_noteCount);
    right->addWidget(m_problems.addField(CallbackField::Note, m_note, form));
    right->addWidget(m_voicemail);
    right->addWidget(m_text);
    right->addSpacing(10);
    right->addWidget(m_consentText);
    right->addWidget(m_consent);
    right->addWidget(m_problems.addField(CallbackField::Consent, m_consent, form));
    right->addStretch();

    auto *columns = new QBoxLayout(QBoxLayout::LeftToRight);
    columns->setSpacing(48);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);
    m_columns = columns;
    m_leftColumn = left;
    m_rightColumn = right;
    m_scroll->viewport()->installEventFilter(this);
    form->installEventFilter(this);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(24);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_send);

    auto *layout = new QVBoxLayout(form);
    layout->setContentsMargins(40, 20, 40, 20);
    layout->setSpacing(12);
    // Read aloud beside the title: the form's fields stay where they were.
    // The title wraps, so that the two fit a 1280 px screen at 200 % text.
    m_title->setWordWrap(true);
    auto *heading = new QHBoxLayout;
    heading->setSpacing(24);
    heading->addWidget(m_title, 1);
    heading->addWidget(m_readAloud, 0, Qt::AlignVCenter);
    layout->addLayout(heading);
    layout->addWidget(m_intro);
    layout->addWidget(m_banner);
    layout->addLayout(columns, 1);
    layout->addLayout(buttons);
    return m_scroll;
}

bool CallbackScreen::eventFilter(QObject *watched, QEvent *event)
{
    // A new width, or new sizes inside (a text size is applied to a hidden
    // form only when it is shown, and to its fields after the form itself).
    if (watched == m_scroll->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    else if (watched == m_scroll->widget()
             && (event->type() == QEvent::StyleChange || event->type() == QEvent::LayoutRequest
                 || event->type() == QEvent::Show))
        QTimer::singleShot(0, this, &CallbackScreen::fitColumns);
    return QWidget::eventFilter(watched, event);
}

void CallbackScreen::fitColumns()
{
    const QMargins margins = m_scroll->widget()->layout()->contentsMargins();
    const int available = m_scroll->viewport()->width() - margins.left() - margins.right();
    const int needed = m_leftColumn->minimumSize().width() + m_columns->spacing() + m_rightColumn->minimumSize().width();
    const auto direction = needed <= available ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (m_columns->direction() != direction)
        m_columns->setDirection(direction);
}

void CallbackScreen::setOffices(const QList<Choice> &offices)
{
    m_officeChoices = offices;
    m_offices->removeChoices();
    for (const Choice &office : offices)
        m_offices->addChoice(QStringLiteral("office_") + office.id, office.label);
    m_officeLabel->setVisible(!offices.isEmpty());
    m_offices->setVisible(!offices.isEmpty());
    retranslate();
    clear();
}

void CallbackScreen::setTopics(const QList<Choice> &topics, const QString &consentText)
{
    m_topicChoices = topics;
    m_consentText->setText(consentText);
    retranslate();  // rebuilds the topic list, whose first entry is translated
}

void CallbackScreen::start(const QString &topicSlug)
{
    clear();
    const int index = m_topic->findData(topicSlug);
    m_topic->setCurrentIndex(index >= 0 ? index : 0);
}

void CallbackScreen::clear()
{
    m_confirmationPage->clear();
    m_pages->setCurrentWidget(m_scroll);
    for (QLineEdit *field : {m_firstName, m_phone, m_note})
        field->clear();
    m_offices->chooseNone();
    // With one office there is nothing to choose.
    if (m_offices->buttons().size() == 1)
        m_offices->choose(0);
    m_bestTimes->choose(int(BestTimeToCall::AnyTime));
    m_topic->setCurrentIndex(0);
    for (QCheckBox *box : {m_voicemail, m_text, m_consent})
        box->setChecked(false);
    clearProblems();
    m_keys->hide();
}

void CallbackScreen::setKeyboardLanguage(const QString &language)
{
    m_keys->setLanguage(language);
}

CallbackDraft CallbackScreen::draft() const
{
    CallbackDraft draft;
    draft.firstName = m_firstName->text();
    draft.phone = m_phone->text();
    const int office = m_offices->chosen();
    if (office >= 0 && office < m_officeChoices.size())
        draft.officeId = m_officeChoices[office].id;
    draft.topicSlug = m_topic->currentData().toString();
    draft.note = m_note->text();
    draft.bestTime = static_cast<BestTimeToCall>(qMax(0, m_bestTimes->chosen()));
    draft.voicemailOk = m_voicemail->isChecked();
    draft.textOk = m_text->isChecked();
    draft.consentGiven = m_consent->isChecked();
    return draft;
}

QList<QAbstractButton *> CallbackScreen::officeButtons() const
{
    return m_offices->buttons();
}

QList<QAbstractButton *> CallbackScreen::bestTimeButtons() const
{
    return m_bestTimes->buttons();
}

void CallbackScreen::clearProblems()
{
    m_problems.clear();
    m_banner->hide();
}

void CallbackScreen::showProblems(const QList<FieldProblem> &problems)
{
    QWidget *first = m_problems.show(problems);
    m_banner->setVisible(first);
    if (!first)
        return;
    m_banner->setText(problems.size() == 1 ? tr("Please check the answer marked in red.")
                                           : tr("Please check the %1 answers marked in red.").arg(problems.size()));
    // The letter and phone keys would hide the rest of the form; a checkbox
    // or a choice gets focus without them.
    if (first == m_offices && !m_offices->buttons().isEmpty())
        first = m_offices->buttons().first();
    first->setFocus();
    QTimer::singleShot(0, this, [this, first] { m_scroll->ensureWidgetVisible(first, 40, 80); });
}

void CallbackScreen::showNotSaved()
{
    clearProblems();
    m_banner->setText(notSavedText());
    m_banner->show();
    m_scroll->ensureVisible(0, 0);
    m_send->setFocus();
}

void CallbackScreen::showConfirmation(const QString &message)
{
    m_keys->hide();
    m_pages->setCurrentWidget(m_confirmationPage);
    m_confirmationPage->showMessage(message);
}

bool CallbackScreen::isConfirming() const
{
    return m_pages->currentWidget() == m_confirmationPage;
}

void CallbackScreen::followFocus(QWidget *now)
{
    if (!isVisible() || isConfirming())
        return;
    if (m_keys->follow(now)) {
        QTimer::singleShot(0, this, [this, now] {
            if (now->hasFocus())
                m_scroll->ensureWidgetVisible(now, 40, 80);
        });
    }
}

void CallbackScreen::updateNoteCount()
{
    m_noteCount->setText(tr("%1 of %2 characters").arg(m_note->text().size()).arg(CallbackLimits::noteLength));
}

QString CallbackScreen::notSavedText()
{
    return tr("Sorry, we could not save your request just now. Please ask at the front desk and they will help you. "
              "What you typed is still here.");
}


void CallbackScreen::retranslate()
{
    for (QAbstractButton *button : m_offices->buttons())
        button->setAccessibleName(tr("Office: %1").arg(button->text()));
    const QStringList bestTimes = {tr("Morning"), tr("Afternoon"), tr("Any time")};
    const QList<QAbstractButton *> bestTimeButtons = m_bestTimes->buttons();
    for (qsizetype index = 0; index < bestTimeButtons.size(); ++index) {
        bestTimeButtons[index]->setText(bestTimes.value(index));
        bestTimeButtons[index]->setAccessibleName(tr("Best time to call: %1").arg(bestTimes.value(index)));
    }
    {
        const QString current = m_topic->currentData().toString();
        const QSignalBlocker blocker(m_topic);
        m_topic->clear();
        m_topic->addItem(tr("Something else"), QString());
        for (const Choice &topic : std::as_const(m_topicChoices))
            m_topic->addItem(topic.label, topic.id);
        m_topic->setCurrentIndex(qMax(0, m_topic->findData(current)));
    }
    updateNoteCount();
    m_consentText->setAccessibleName(m_consentText->text());
}

void CallbackScreen::setConfirmationSeconds(int seconds)
{
    m_confirmationPage->setSeconds(seconds);
}

QPushButton *CallbackScreen::doneButton() const
{
    return m_confirmationPage->doneButton();
}

QLabel *CallbackScreen::confirmationMessage() const
{
    return m_confirmationPage->message();
}
