// The overlay follows its window's size and takes every touch while open.
#include "ui/overlays/overlay.h"

#include "ui/widgets/plainlabel.h"

#include <QEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QVBoxLayout>

Overlay::Overlay(QWidget *window)
    : QWidget(window),
      m_panel(new QWidget(this)),
      m_contentLayout(new QVBoxLayout),
      m_title(plainLabel(m_panel)),
      m_message(plainLabel(m_panel)),
      m_button(new QPushButton(m_panel))
{
    setObjectName(QStringLiteral("overlay"));
    setAttribute(Qt::WA_StyledBackground);
    m_panel->setObjectName(QStringLiteral("overlayPanel"));
    m_panel->setAttribute(Qt::WA_StyledBackground);
    m_panel->setMaximumWidth(1100);
    m_title->setObjectName(QStringLiteral("overlayTitle"));
    for (QLabel *label : {m_title, m_message}) {
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignCenter);
    }
    m_button->setProperty("primary", true);
    m_button->setMinimumSize(280, 72);

    auto *panelLayout = new QVBoxLayout(m_panel);
    panelLayout->setContentsMargins(48, 36, 48, 36);
    panelLayout->setSpacing(22);
    panelLayout->addWidget(m_title);
    panelLayout->addWidget(m_message);
    panelLayout->addLayout(m_contentLayout);
    panelLayout->addWidget(m_button, 0, Qt::AlignHCenter);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(m_panel, 0, Qt::AlignHCenter);
    layout->addStretch(1);

    connect(m_button, &QPushButton::clicked, this, [this] {
        close();
        emit dismissed();
    });
    window->installEventFilter(this);
    hide();
}

void Overlay::setTitle(const QString &title)
{
    m_title->setText(title);
    m_panel->setAccessibleName(title);
}

void Overlay::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void Overlay::setButtonText(const QString &text)
{
    m_button->setText(text);
}

void Overlay::addContent(QWidget *content)
{
    content->setParent(m_panel);
    m_contentLayout->addWidget(content, 0, Qt::AlignHCenter);
}

void Overlay::open()
{
    setGeometry(parentWidget()->rect());
    raise();
    show();
    m_button->setFocus();
}

void Overlay::close()
{
    hide();
}

bool Overlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        setGeometry(parentWidget()->rect());
    return QWidget::eventFilter(watched, event);
}

void Overlay::mousePressEvent(QMouseEvent *event)
{
    event->accept();  // touches outside the panel go nowhere else
}
