// The overlay follows its window's size and takes every touch while open.
#include "ui/overlays/overlay.h"

#include "ui/widgets/plainlabel.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
constexpr int panelMaximumWidth = 1100;
constexpr int windowMargin = 48;

// The panel tells screen readers it is a dialog or an alert, not a "filler".
QAccessibleInterface *panelAccessible(const QString &className, QObject *object)
{
    if (className != QLatin1String("QWidget") || !object || object->objectName() != QLatin1String("overlayPanel"))
        return nullptr;
    auto *panel = static_cast<QWidget *>(object);
    const bool alert = panel->property("alert").toBool();
    return new QAccessibleWidget(panel, alert ? QAccessible::AlertMessage : QAccessible::Dialog);
}
} // namespace

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
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(panelAccessible);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    // Its height follows its width: wrapped words are given the lines they need.
    QSizePolicy policy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    m_panel->setSizePolicy(policy);
    m_title->setObjectName(QStringLiteral("overlayTitle"));
    for (QLabel *label : {m_title, m_message}) {
        label->setWordWrap(true);
        label->setAlignment(Qt::AlignCenter);
    }
    m_button->setProperty("primary", true);
    m_button->setMinimumSize(280, 72);
    m_message->setObjectName(QStringLiteral("overlayMessage"));

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

void Overlay::setRole(Role role)
{
    m_role = role;
    m_panel->setProperty("alert", role == Role::Alert);
}

void Overlay::placePanel()
{
    const int width = qMax(0, qMin(panelMaximumWidth, parentWidget()->width() - 2 * windowMargin));
    m_panel->setFixedWidth(width);
    m_panel->setMinimumHeight(qMin(m_panel->heightForWidth(width), parentWidget()->height()));
}

void Overlay::changeEvent(QEvent *event)
{
    // A new text size or theme: the words may need more lines.
    if ((event->type() == QEvent::StyleChange || event->type() == QEvent::FontChange) && isVisible())
        placePanel();
    QWidget::changeEvent(event);
}

void Overlay::setTitle(const QString &title)
{
    m_title->setText(title);
    m_panel->setAccessibleName(title);
}

QString Overlay::title() const
{
    return m_title->text();
}

QString Overlay::message() const
{
    return m_message->text();
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
    m_pressed = false;
    raise();
    show();
    placePanel();
    m_button->setFocus();
    if (m_role == Role::Alert) {
        QAccessibleEvent alert(m_panel, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void Overlay::close()
{
    hide();
}

bool Overlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible()) {
        setGeometry(parentWidget()->rect());
        placePanel();
    }
    return QWidget::eventFilter(watched, event);
}

void Overlay::mousePressEvent(QMouseEvent *event)
{
    event->accept();  // touches outside the panel go nowhere else
    m_pressed = true;
}

void Overlay::mouseReleaseEvent(QMouseEvent *event)
{
    event->accept();
    // Only at the release: closed at the press, the overlay would leave the
    // rest of the touch to whatever is under it.
    if (std::exchange(m_pressed, false) && m_dismissedByTouchOutside && isVisible()) {
        close();
        emit dismissed();
    }
}
