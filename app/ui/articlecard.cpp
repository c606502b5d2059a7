// Labels inside a button: they let touches through to it, and wrap.
#include "ui/articlecard.h"

#include <QLabel>
#include <QTextDocument>
#include <QVBoxLayout>

namespace {
QString plainText(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText();
}

QLabel *wrappedLabel(const QString &html, const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(html, parent);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::RichText);
    label->setWordWrap(true);
    label->setAttribute(Qt::WA_TransparentForMouseEvents);
    label->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Minimum);
    return label;
}
} // namespace

ArticleCard::ArticleCard(const QString &slug, const QString &titleHtml, const QString &detailHtml, QWidget *parent)
    : QPushButton(parent),
      m_slug(slug),
      m_title(wrappedLabel(titleHtml, QStringLiteral("cardTitle"), this)),
      m_detail(wrappedLabel(detailHtml, QStringLiteral("cardSummary"), this))
{
    setObjectName(QStringLiteral("articleCard"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    setFocusPolicy(Qt::StrongFocus);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addWidget(m_detail);
    m_detail->setVisible(!detailHtml.isEmpty());
    setAccessibleName(plainText(titleHtml));
    setAccessibleDescription(plainText(detailHtml));
    connect(this, &QPushButton::clicked, this, [this] { emit articleChosen(m_slug); });
}

int ArticleCard::heightForWidth(int width) const
{
    return layout()->heightForWidth(width);
}

QSize ArticleCard::sizeHint() const
{
    return layout()->sizeHint();
}

QSize ArticleCard::minimumSizeHint() const
{
    return layout()->minimumSize().expandedTo(QSize(44, 88));
}
