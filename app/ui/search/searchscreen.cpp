// The field sits at the top and the keyboard at the bottom, so the keyboard
// never covers what is being typed.
#include "ui/search/searchscreen.h"

#include "ui/touchcard.h"
#include "ui/widgets/languagewatch.h"
#include "ui/widgets/onscreenkeyboard.h"
#include "ui/widgets/plainlabel.h"

#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace {
constexpr int maximumSearchLength = 60;
}

SearchScreen::SearchScreen(QWidget *parent)
    : QWidget(parent),
      m_field(new QLineEdit(this)),
      m_status(plainLabel(this)),
      m_results(new CardList(1, this)),
      m_keyboard(new OnScreenKeyboard(this))
{
    m_field->setObjectName(QStringLiteral("searchField"));
    m_field->setMaxLength(maximumSearchLength);
    m_field->setClearButtonEnabled(false);
    m_field->setContextMenuPolicy(Qt::NoContextMenu);
    m_status->setObjectName(QStringLiteral("hint"));
    m_keyboard->setTarget(m_field);

    auto *top = new QVBoxLayout;
    top->setContentsMargins(40, 20, 40, 0);
    top->setSpacing(12);
    top->addWidget(m_field);
    top->addWidget(m_status);
    top->addWidget(m_results, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);
    layout->addLayout(top, 1);
    layout->addWidget(m_keyboard);

    connect(m_field, &QLineEdit::textChanged, this, &SearchScreen::textChanged);
    connect(m_results, &CardList::chosen, this, &SearchScreen::articleChosen);
    connect(m_keyboard, &OnScreenKeyboard::enterPressed, this, [this] {
        if (!m_results->cards().isEmpty())
            m_results->cards().first()->setFocus();
    });
    retranslate();
    LanguageWatch::onChange(this, [this] { retranslate(); });
}

void SearchScreen::setResults(const QList<CardList::Entry> &results, const QString &forText)
{
    m_results->setEntries(results);
    if (forText.trimmed().isEmpty())
        m_status->setText(tr("Type a word, like \"knee\" or \"migraine\"."));
    else if (results.isEmpty())
        m_status->setText(tr("Nothing found for \"%1\". Try another word.").arg(forText.trimmed()));
    else
        m_status->setText(results.size() == 1 ? tr("1 article found") : tr("%1 articles found").arg(results.size()));
}

void SearchScreen::setKeyboardLanguage(const QString &language)
{
    m_keyboard->setLayoutLanguage(language);
}

void SearchScreen::clear()
{
    m_field->clear();
    setResults({}, QString());
}

void SearchScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_field->setFocus();
}


void SearchScreen::retranslate()
{
    m_field->setPlaceholderText(tr("Search articles"));
    m_field->setAccessibleName(tr("Search text"));
    m_results->setAccessibleName(tr("Search results"));
}
