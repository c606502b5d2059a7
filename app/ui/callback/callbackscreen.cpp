// The form in two columns over a keyboard area: the letter keyboard for the
// name and the note, the phone keypad for the number, nothing otherwise. The
// scroll area keeps the field being typed in above the keys.
#include "ui/callback/callbackscreen.h"

#include "ui/widgets/numerickeypad.h"
#include "ui/widgets/onscreenkeyboard.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

namespace {
constexpr int phoneFieldLength = 24;
constexpr int bestTimeCount = 3;

QLabel *fieldLabel(QWidget *parent, QWidget *buddy)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("fieldLabel"));
    label->setWordWrap(true);
    label->setBuddy(buddy);
    return label;
}

QLineEdit *textField(const QString &objectName, int maxLength, QWidget *parent)
{
    auto *field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setProperty("formField", true);
    field->setMaxLength(maxLength);
    field->setContextMenuPolicy(Qt::NoContextMenu);
    return field;
}

QPushButton *choiceButton(const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(parent);
    button->setObjectName(objectName);
    button->setCheckable(true);
    button->setMinimumHeight(64);
    return button;
}

QCheckBox *checkBox(const QString &objectName, QWidget *parent)
{
    auto *box = new QCheckBox(parent);
    box->setObjectName(objectName);
    box->setMinimumHeight(56);
    // Only the box and its words react to a tap: no wider than they are.
    box->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    return box;
}
} // namespace

CallbackScreen::CallbackScreen(QWidget *parent)
    : QWidget(parent),
      m_pages(new QStackedWidget(this)),
      m_keys(new QWidget(this)),
      m_keyboard(new OnScreenKeyboard(m_keys)),
      m_keypad(new NumericKeypad(m_keys))
{
    setObjectName(QStringLiteral("callbackScreen"));
    m_keys->setObjectName(QStringLiteral("keyArea"));
    m_keys->setAttribute(Qt::WA_StyledBackground);
    m_pages->addWidget(buildForm());
    m_pages->addWidget(buildConfirmation());

    auto *keysLayout = new QHBoxLayout(m_keys);
    keysLayout->setContentsMargins(0, 0, 0, 0);
    keysLayout->addWidget(m_keyboard, 1);
    keysLayout->addStretch();
    keysLayout->addWidget(m_keypad);
    keysLayout->addStretch();
    m_keys->hide();

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
    m_confirmationTimer.setSingleShot(true);
    m_confirmationTimer.setInterval(defaultConfirmationSeconds * 1000);
    connect(&m_confirmationTimer, &QTimer::timeout, this, &CallbackScreen::finished);
    retranslate();
}

QWidget *CallbackScreen::buildForm()
{
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto *form = new QWidget(m_scroll);
    m_scroll->setWidget(form);

    m_title = new QLabel(form);
    m_title->setObjectName(QStringLiteral("screenTitle"));
    m_intro = new QLabel(form);
    m_intro->setObjectName(QStringLiteral("hint"));
    m_intro->setWordWrap(true);
    m_banner = new QLabel(form);
    m_banner->setObjectName(QStringLiteral("formBanner"));
    m_banner->setWordWrap(true);
    m_banner->hide();

    m_firstName = textField(QStringLiteral("firstNameField"), 2 * CallbackLimits::firstNameLength, form);
    m_firstNameLabel = fieldLabel(form, m_firstName);
    m_phone = textField(QStringLiteral("phoneField"), phoneFieldLength, form);
    m_phone->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    m_phoneLabel = fieldLabel(form, m_phone);

    m_officeRow = new QWidget(form);
    m_offices = new QButtonGroup(this);
    m_offices->setExclusive(true);
    auto *officeLayout = new QHBoxLayout(m_officeRow);
    officeLayout->setContentsMargins(0, 0, 0, 0);
    officeLayout->setSpacing(12);
    m_officeLabel = fieldLabel(form, m_officeRow);

    auto *bestTimeRow = new QWidget(form);
    auto *bestTimeLayout = new QHBoxLayout(bestTimeRow);
    bestTimeLayout->setContentsMargins(0, 0, 0, 0);
    bestTimeLayout->setSpacing(12);
    m_bestTimes = new QButtonGroup(this);
    m_bestTimes->setExclusive(true);
    const QString bestTimeNames[bestTimeCount] = {QStringLiteral("bestTimeMorning"), QStringLiteral("bestTimeAfternoon"),
                                                  QStringLiteral("bestTimeAny")};
    for (int index = 0; index < bestTimeCount; ++index) {
        QPushButton *button = choiceButton(bestTimeNames[index], bestTimeRow);
        m_bestTimes->addButton(button, index);
        bestTimeLayout->addWidget(button);
    }
    m_bestTimeLabel = fieldLabel(form, bestTimeRow);

    m_topic = new QComboBox(form);
    m_topic->setObjectName(QStringLiteral("topicBox"));
    m_topic->setMinimumHeight(64);
    m_topicLabel = fieldLabel(form, m_topic);
    m_note = textField(QStringLiteral("noteField"), CallbackLimits::noteLength, form);
    m_noteLabel = fieldLabel(form, m_note);
    m_noteCount = new QLabel(form);
    m_noteCount->setObjectName(QStringLiteral("hint"));
    m_noteCount->setAlignment(Qt::AlignRight);
    connect(m_note, &QLineEdit::textChanged, this, &CallbackScreen::updateNoteCount);

    m_voicemail = checkBox(QStringLiteral("voicemailBox"), form);
    m_text = checkBox(QStringLiteral("textBox"), form);
    m_consentText = new QLabel(form);
    m_consentText->setObjectName(QStringLiteral("consentText"));
    m_consentText->setWordWrap(true);
    m_consent = checkBox(QStringLiteral("consentBox"), form);

    m_send = new QPushButton(form);
    m_send->setObjectName(QStringLiteral("sendButton"));
    m_send->setProperty("primary", true);
    m_send->setMinimumHeight(72);
    m_cancel = new QPushButton(form);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setMinimumHeight(72);
    connect(m_send, &QPushButton::clicked, this, [this] { emit submitted(draft()); });
    connect(m_cancel, &QPushButton::clicked, this, &CallbackScreen::cancelled);

    auto *left = new QVBoxLayout;
    left->setSpacing(6);
    left->addWidget(m_firstNameLabel);
    left->addWidget(m_firstName);
    left->addWidget(addProblemLabel(CallbackField::FirstName));
    left->addSpacing(10);
    left->addWidget(m_phoneLabel);
    left->addWidget(m_phone);
    left->addWidget(addProblemLabel(CallbackField::Phone));
    left->addSpacing(10);
    left->addWidget(m_officeLabel);
    left->addWidget(m_officeRow);
    left->addWidget(addProblemLabel(CallbackField::Office));
    left->addSpacing(10);
    left->addWidget(m_bestTimeLabel);
    left->addWidget(bestTimeRow);
    left->addStretch();

    auto *right = new QVBoxLayout;
    right->setSpacing(6);
    right->addWidget(m_topicLabel);
    right->addWidget(m_topic);
    right->addWidget(addProblemLabel(CallbackField::Topic));
    right->addSpacing(10);
    right->addWidget(m_noteLabel);
    right->addWidget(m_note);
    right->addWidget(m_noteCount);
    right->addWidget(addProblemLabel(CallbackField::Note));
    right->addWidget(m_voicemail);
    right->addWidget(m_text);
    right->addSpacing(10);
    right->addWidget(m_consentText);
    right->addWidget(m_consent);
    right->addWidget(addProblemLabel(CallbackField::Consent));
    right->addStretch();

    auto *columns = new QHBoxLayout;
    columns->setSpacing(48);
    columns->addLayout(left, 1);
    columns->addLayout(right, 1);

    auto *buttons = new QHBoxLayout;
    buttons->setSpacing(24);
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_send);

    auto *layout = new QVBoxLayout(form);
    layout->setContentsMargins(40, 20, 40, 20);
    layout->setSpacing(12);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addWidget(m_banner);
    layout->addLayout(columns, 1);
    layout->addLayout(buttons);
    return m_scroll;
}

QWidget *CallbackScreen::buildConfirmation()
{
    auto *page = new QWidget(this);
    m_thanks = new QLabel(page);
    m_thanks->setObjectName(QStringLiteral("screenTitle"));
    m_thanks->setAlignment(Qt::AlignCenter);
    m_confirmation = new QLabel(page);
    m_confirmation->setObjectName(QStringLiteral("confirmationMessage"));
    m_confirmation->setWordWrap(true);
    m_confirmation->setAlignment(Qt::AlignCenter);
    m_done = new QPushButton(page);
    m_done->setObjectName(QStringLiteral("confirmationDone"));
    m_done->setProperty("primary", true);
    m_done->setMinimumSize(280, 80);
    connect(m_done, &QPushButton::clicked, this, [this] {
        m_confirmationTimer.stop();
        emit finished();
    });

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(120, 40, 120, 40);
    layout->setSpacing(32);
    layout->addStretch();
    layout->addWidget(m_thanks);
    layout->addWidget(m_confirmation);
    layout->addWidget(m_done, 0, Qt::AlignHCenter);
    layout->addStretch();
    return page;
}

QLabel *CallbackScreen::addProblemLabel(CallbackField field)
{
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("fieldProblem"));
    label->setWordWrap(true);
    label->hide();
    m_problems.insert(field, label);
    return label;
}

void CallbackScreen::setOffices(const QList<Choice> &offices)
{
    m_officeChoices = offices;
    for (QAbstractButton *button : m_offices->buttons()) {
        m_offices->removeButton(button);
        delete button;
    }
    for (qsizetype index = 0; index < offices.size(); ++index) {
        QPushButton *button = choiceButton(QStringLiteral("office_") + offices[index].id, m_officeRow);
        button->setText(offices[index].label);
        m_offices->addButton(button, int(index));
        m_officeRow->layout()->addWidget(button);
    }
    m_officeLabel->setVisible(!offices.isEmpty());
    m_officeRow->setVisible(!offices.isEmpty());
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
    m_confirmationTimer.stop();
    m_pages->setCurrentIndex(0);
    for (QLineEdit *field : {m_firstName, m_phone, m_note})
        field->clear();
    m_offices->setExclusive(false);
    for (QAbstractButton *button : m_offices->buttons())
        button->setChecked(false);
    m_offices->setExclusive(true);
    // With one office there is nothing to choose.
    if (m_offices->buttons().size() == 1)
        m_offices->buttons().first()->setChecked(true);
    m_bestTimes->button(int(BestTimeToCall::AnyTime))->setChecked(true);
    m_topic->setCurrentIndex(0);
    for (QCheckBox *box : {m_voicemail, m_text, m_consent})
        box->setChecked(false);
    m_confirmation->clear();
    clearProblems();
    m_keys->hide();
}

void CallbackScreen::setKeyboardLanguage(const QString &language)
{
    m_keyboard->setLayoutLanguage(language);
}

CallbackDraft CallbackScreen::draft() const
{
    CallbackDraft draft;
    draft.firstName = m_firstName->text();
    draft.phone = m_phone->text();
    const int office = m_offices->checkedId();
    if (office >= 0 && office < m_officeChoices.size())
        draft.officeId = m_officeChoices[office].id;
    draft.topicSlug = m_topic->currentData().toString();
    draft.note = m_note->text();
    draft.bestTime = static_cast<BestTimeToCall>(qMax(0, m_bestTimes->checkedId()));
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
    for (QLabel *label : std::as_const(m_problems)) {
        label->clear();
        label->hide();
    }
    for (QWidget *field : std::initializer_list<QWidget *>{m_firstName, m_phone, m_officeRow, m_topic, m_note, m_consent})
        markProblem(field, QString());
    m_banner->hide();
}

void CallbackScreen::markProblem(QWidget *field, const QString &message)
{
    field->setAccessibleDescription(message);
    field->setProperty("hasProblem", !message.isEmpty());
    // A changed property needs the style sheet applied again.
    field->style()->unpolish(field);
    field->style()->polish(field);
}

void CallbackScreen::showProblems(const QList<FieldProblem> &problems)
{
    clearProblems();
    const QMap<CallbackField, QWidget *> fields = {
        {CallbackField::FirstName, m_firstName}, {CallbackField::Phone, m_phone}, {CallbackField::Office, m_officeRow},
        {CallbackField::Topic, m_topic},         {CallbackField::Note, m_note},   {CallbackField::Consent, m_consent},
    };
    for (const FieldProblem &problem : problems) {
        QLabel *label = m_problems.value(problem.field);
        label->setText(problem.message);
        label->show();
        markProblem(fields.value(problem.field), problem.message);
    }
    if (!problems.isEmpty()) {
        m_banner->setText(problems.size() == 1 ? tr("Please check the answer marked in red.")
                                               : tr("Please check the %1 answers marked in red.").arg(problems.size()));
        m_banner->show();
        QWidget *first = fields.value(problems.first().field);
        // The letter and phone keys would hide the rest of the form; a
        // checkbox or a choice gets focus without them.
        if (first == m_officeRow && !m_offices->buttons().isEmpty())
            first = m_offices->buttons().first();
        first->setFocus();
        QTimer::singleShot(0, this, [this, first] { m_scroll->ensureWidgetVisible(first, 40, 80); });
    }
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
    m_confirmation->setText(message);
    m_pages->setCurrentIndex(1);
    m_done->setFocus();
    m_confirmationTimer.start();
}

bool CallbackScreen::isConfirming() const
{
    return m_pages->currentIndex() == 1;
}

void CallbackScreen::followFocus(QWidget *now)
{
    if (!isVisible() || isConfirming())
        return;
    const bool letters = now == m_firstName || now == m_note;
    const bool digits = now == m_phone;
    m_keyboard->setTarget(letters ? static_cast<QLineEdit *>(now) : nullptr);
    m_keypad->setTarget(digits ? m_phone : nullptr);
    m_keyboard->setVisible(letters);
    m_keypad->setVisible(digits);
    if (now == m_firstName)
        m_keyboard->setEnterText(tr("Next"));
    else if (now == m_note)
        m_keyboard->setEnterText(tr("Done"));
    m_keyboard->setCapitalizeWords(now == m_firstName);
    // Keys only while a text field is being typed in: the rest of the form
    // needs the room.
    m_keys->setVisible(letters || digits);
    if (letters || digits) {
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

void CallbackScreen::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CallbackScreen::retranslate()
{
    m_title->setText(tr("Ask us to call you back"));
    m_intro->setText(tr("Leave your first name and phone number, and someone from our front desk will call you."));
    m_firstNameLabel->setText(tr("Your first name"));
    m_firstName->setAccessibleName(tr("Your first name"));
    m_phoneLabel->setText(tr("Phone number"));
    m_phone->setAccessibleName(tr("Phone number"));
    m_phone->setPlaceholderText(tr("For example 301-555-0142"));
    m_officeLabel->setText(tr("Which office should call you?"));
    m_officeRow->setAccessibleName(tr("Office"));
    for (QAbstractButton *button : m_offices->buttons())
        button->setAccessibleName(tr("Office: %1").arg(button->text()));
    m_bestTimeLabel->setText(tr("Best time to call"));
    const QStringList bestTimes = {tr("Morning"), tr("Afternoon"), tr("Any time")};
    for (int index = 0; index < bestTimeCount; ++index) {
        m_bestTimes->button(index)->setText(bestTimes[index]);
        m_bestTimes->button(index)->setAccessibleName(tr("Best time to call: %1").arg(bestTimes[index]));
    }
    m_topicLabel->setText(tr("What would you like to talk about?"));
    m_topic->setAccessibleName(tr("Topic"));
    {
        const QString current = m_topic->currentData().toString();
        const QSignalBlocker blocker(m_topic);
        m_topic->clear();
        m_topic->addItem(tr("Something else"), QString());
        for (const Choice &topic : std::as_const(m_topicChoices))
            m_topic->addItem(topic.label, topic.id);
        m_topic->setCurrentIndex(qMax(0, m_topic->findData(current)));
    }
    m_noteLabel->setText(tr("Anything else we should know? (optional)"));
    m_note->setAccessibleName(tr("Note for the front desk, optional"));
    updateNoteCount();
    m_voicemail->setText(tr("You may leave a voicemail"));
    m_text->setText(tr("You may send me a text message"));
    m_consent->setText(tr("I agree"));
    m_consent->setAccessibleName(tr("I agree to this information being stored"));
    m_consentText->setAccessibleName(m_consentText->text());
    m_send->setText(tr("Send my request"));
    m_cancel->setText(tr("Cancel"));
    m_thanks->setText(tr("Thank you!"));
    m_done->setText(tr("Back to the start"));
}
