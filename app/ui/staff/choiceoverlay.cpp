#include "ui/staff/choiceoverlay.h"

#include "ui/widgets/touchbutton.h"

#include <QPushButton>
#include <QVBoxLayout>

ChoiceOverlay::ChoiceOverlay(QWidget *window)
    : Overlay(window), m_choices(new QWidget), m_choiceLayout(new QVBoxLayout(m_choices))
{
    setObjectName(QStringLiteral("choiceOverlay"));
    m_choiceLayout->setContentsMargins(0, 0, 0, 0);
    m_choiceLayout->setSpacing(12);
    m_choices->setMinimumWidth(520);
    addContent(m_choices);
    connect(this, &Overlay::dismissed, this, [this] { m_then = nullptr; });
}

void ChoiceOverlay::ask(const QString &title, const QString &message, const QStringList &choices,
                        std::function<void(int)> then)
{
    for (QPushButton *old : m_choices->findChildren<QPushButton *>(Qt::FindDirectChildrenOnly))
        delete old;
    m_then = std::move(then);
    for (int index = 0; index < choices.size(); ++index) {
        QPushButton *choice = touchButton(QStringLiteral("choice%1").arg(index), m_choices, index == 0);
        // QPushButton draws its text as it is: a drive's label can't be markup.
        choice->setText(choices.at(index));
        m_choiceLayout->addWidget(choice);
        connect(choice, &QPushButton::clicked, this, [this, index] {
            std::function<void(int)> then = std::exchange(m_then, nullptr);
            close();
            if (then)
                then(index);
        });
    }
    setTitle(title);
    setMessage(message);
    setButtonText(tr("Cancel"));
    open();
}

void ChoiceOverlay::cancel()
{
    m_then = nullptr;
    close();
}
