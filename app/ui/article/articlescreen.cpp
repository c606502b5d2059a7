// Article screen layout and wiring of the page's link signals.
#include "ui/article/articlescreen.h"

#include "ui/widgets/languagewatch.h"
#include "ui/widgets/plainlabel.h"
#include "web/articleview.h"
#include "web/kioskpage.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

ArticleScreen::ArticleScreen(KioskProfile &profile, QWidget *parent)
    : QWidget(parent),
      m_view(new ArticleView(profile, this)),
      m_unavailable(plainLabel(this)),
      m_languageNote(plainLabel(this)),
      m_relatedTitle(plainLabel(this)),
      m_related(new CardList(1, this)),
      m_callback(new QPushButton(this))
{
    m_relatedTitle->setObjectName(QStringLiteral("sectionTitle"));
    LanguageWatch::setWords(m_relatedTitle, this, {QT_TR_NOOP("Related topics")});
    m_callback->setProperty("primary", true);
    m_callback->setMinimumHeight(72);
    LanguageWatch::setWords(m_callback, this, {QT_TR_NOOP("Request a call back about this"),
                                               QT_TR_NOOP("Request a call back about this article")});
    LanguageWatch::setWords(m_view, this, {nullptr, QT_TR_NOOP("Article")});

    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("relatedPanel"));
    panel->setAttribute(Qt::WA_StyledBackground);
    auto *panelLayout = new QVBoxLayout(panel);
    panelLayout->setContentsMargins(24, 20, 24, 20);
    panelLayout->setSpacing(14);
    panelLayout->addWidget(m_relatedTitle);
    panelLayout->addWidget(m_related, 1);
    panelLayout->addWidget(m_callback);

    // A calm native notice over the reader while its renderer can't start.
    // Over it, not instead of it: the view stays visible, so its heartbeat
    // still notices a renderer that never comes back.
    m_unavailable->setObjectName(QStringLiteral("readerUnavailable"));
    m_unavailable->setWordWrap(true);
    m_unavailable->setAlignment(Qt::AlignCenter);
    m_unavailable->setAttribute(Qt::WA_StyledBackground);
    m_unavailable->hide();
    LanguageWatch::setWords(m_unavailable, this,
                            {QT_TR_NOOP("This page can't be shown right now.\nPlease ask the front desk.")});
    m_languageNote->setObjectName(QStringLiteral("languageNote"));
    m_languageNote->setWordWrap(true);
    m_languageNote->setAttribute(Qt::WA_StyledBackground);
    m_languageNote->hide();
    auto *reader = new QWidget(this);
    auto *readerLayout = new QGridLayout(reader);
    readerLayout->setContentsMargins(0, 0, 0, 0);
    readerLayout->setSpacing(0);
    readerLayout->addWidget(m_languageNote, 0, 0);
    readerLayout->addWidget(m_view, 1, 0);
    readerLayout->addWidget(m_unavailable, 1, 0);
    readerLayout->setRowStretch(1, 1);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(reader, 13);
    layout->addWidget(panel, 7);

    connect(m_related, &CardList::chosen, this, &ArticleScreen::articleChosen);
    connect(m_view->kioskPage(), &KioskPage::articleLinkActivated, this,
            [this](const QString &, const QString &slug) { emit articleChosen(slug); });
    connect(m_view->kioskPage(), &KioskPage::externalLinkActivated, this, &ArticleScreen::externalLinkActivated);
    connect(m_view, &ArticleView::pageFailed, this, &ArticleScreen::pageFailed);
    connect(m_view, &ArticleView::readerAvailabilityChanged, this, [this](bool available) {
        m_unavailable->setVisible(!available);
        if (!available)
            m_unavailable->raise();
    });
    connect(m_view, &ArticleView::rendererGaveUp, this, &ArticleScreen::readerGaveUp);
    connect(m_callback, &QPushButton::clicked, this, [this] { emit callbackRequested(m_slug); });
}

void ArticleScreen::showArticle(const QString &slug, const QUrl &url, const QList<CardList::Entry> &related)
{
    m_slug = slug;
    m_view->open(url);
    m_related->setEntries(related);
    m_relatedTitle->setVisible(!related.isEmpty());
}

void ArticleScreen::setLanguageNote(const QString &note)
{
    m_languageNote->setText(note);
    m_languageNote->setVisible(!note.isEmpty());
}

void ArticleScreen::setTextPercent(int percent)
{
    m_view->setZoomFactor(percent / 100.0);
}
