// Labels inside a button: they let touches through to it, and wrap.
#include "ui/touchcard.h"

#include "ui/widgets/svgiconview.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QTextDocument>
#include <QVBoxLayout>

namespace {
QString plainText(const CardText &words)
{
    if (words.format == Qt::PlainText)
        return words.text;
    QTextDocument document;
    document.setHtml(words.text);
    return document.toPlainText();
}

// Qt's rich text has no <mark>; a bold span on yellow reads well in both themes.
QString withVisibleMarks(QString html)
{
    return html.replace(QStringLiteral("<mark>"),
                        QStringLiteral("<span style=\"background-color:#ffe14d; color:#000000; font-weight:bold\">"))
        .replace(QStringLiteral("</mark>"), QStringLiteral("</span>"));
}

void showWords(QLabel *label, const CardText &words)
{
    const bool marked = words.format != Qt::PlainText;
    label->setTextFormat(marked ? Qt::RichText : Qt::PlainText);
    label->setText(marked ? withVisibleMarks(words.text) : words.text);
    label->setVisible(!words.text.isEmpty());
}

QLabel *wrappedLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    return label;
}
} // namespace

TouchCard::TouchCard(const QString &id, const CardText &title, const CardText &detail, QWidget *parent)
    : QPushButton(parent),
      m_title(wrappedLabel(QStringLiteral("cardTitle"), this)),
      m_detail(wrappedLabel(QStringLiteral("cardSummary"), this))
{
    setObjectName(QStringLiteral("touchCard"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    setFocusPolicy(Qt::StrongFocus);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(18);
    auto *text = new QVBoxLayout;
    text->setSpacing(6);
    text->addWidget(m_title);
    text->addWidget(m_detail);
    text->addStretch(1);  // cards in a row share a height; text stays at the top
    layout->addLayout(text, 1);
    setContent(id, title, detail);
    connect(this, &QPushButton::clicked, this, [this] { emit chosen(m_id); });
}

void TouchCard::setContent(const QString &id, const CardText &title, const CardText &detail)
{
    m_id = id;
    showWords(m_title, title);
    showWords(m_detail, detail);
    setAccessibleName(plainText(title));
    setAccessibleDescription(plainText(detail));
}

QString TouchCard::genericIconPath()
{
    return QStringLiteral(":/icons/category.svg");
}

void TouchCard::setIcon(const QString &path)
{
    if (!m_icon) {
        m_icon = new SvgIconView(this);
        static_cast<QHBoxLayout *>(layout())->insertWidget(0, m_icon, 0, Qt::AlignTop);
    }
    m_icon->setIcon(path, genericIconPath());
}

int TouchCard::heightForWidth(int width) const
{
    return layout()->heightForWidth(width);
}

QSize TouchCard::sizeHint() const
{
    return layout()->sizeHint();
}

QSize TouchCard::minimumSizeHint() const
{
    return layout()->minimumSize().expandedTo(QSize(44, 88));
}
