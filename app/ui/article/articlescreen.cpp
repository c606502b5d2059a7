// Article screen layout and wiring of the page's link signals.
#include "ui/article/articlescreen.h"

#include "core/speech/readaloud.h"
#include "ui/readaloudbutton.h"
#include "ui/widgets/languagewatch.h"
#include "ui/widgets/plainlabel.h"
#include "web/articleview.h"
#include "web/kioskpage.h"
#include "web/pagereading.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

ArticleScreen::ArticleScreen(KioskProfile &profile, QWidget *parent)
    : QWidget(parent),
      m_view(new ArticleView(profile, this)),
      m_unavailable(plainLabel(this)),
      m_languageNote(plainLabel(this)),
      m_relatedTitle(plainLabel(this)),
      m_related(new CardList(1, this)),
      m_callback(new QPushButton(this)),
      m_readAloud(new ReadAloud(this)),
      m_pageReading(new PageReading(m_view->kioskPage())),
      m_read(new QPushButton(this)),
      m_stopReading(new QPushButton(this)),
      m_slower(new QPushButton(this)),
      m_soundNotice(plainLabel(this))
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
    // Read aloud first: the big button, then stop and the speed under it, two
    // to a row so that they keep their whole words at 200 % text.
    m_read->setObjectName(QStringLiteral("readAloud"));
    m_read->setProperty("primary", true);
    m_read->setMinimumHeight(72);
    m_stopReading->setObjectName(QStringLiteral("stopReading"));
    m_slower->setObjectName(QStringLiteral("slowerReading"));
    m_slower->setCheckable(true);
    for (QPushButton *button : {m_stopReading, m_slower})
        button->setMinimumHeight(64);
    m_soundNotice->setObjectName(QStringLiteral("soundNotice"));
    m_soundNotice->setWordWrap(true);
    m_soundNotice->hide();
    auto *reading = new QGridLayout;
    reading->setSpacing(12);
    reading->addWidget(m_read, 0, 0, 1, 2);
    reading->addWidget(m_stopReading, 1, 0);
    reading->addWidget(m_slower, 1, 1);
    reading->addWidget(m_soundNotice, 2, 0, 1, 2);
    panelLayout->addLayout(reading);
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

    connect(m_read, &QPushButton::clicked, this, &ArticleScreen::onReadTapped);
    connect(m_stopReading, &QPushButton::clicked, this, &ArticleScreen::stopReading);
    connect(m_slower, &QPushButton::toggled, this, [this](bool slower) {
        m_readAloud->setSpeed(slower ? ReadAloud::Speed::Slower : ReadAloud::Speed::Normal);
        retranslate();
    });
    connect(m_readAloud, &ReadAloud::sentenceStarted, this, [this](int index) {
        const Sentence sentence = m_readAloud->sentences().value(index);
        m_pageReading->highlight(sentence.block, sentence.start, sentence.length);
    });
    connect(m_readAloud, &ReadAloud::stateChanged, this, &ArticleScreen::showReadingState);
    connect(m_view, &QWebEngineView::loadStarted, this, [this] { m_pageLoading = true; });
    connect(m_view, &ArticleView::pageShown, this, [this](bool ok) {
        m_pageLoading = false;
        if (ok && std::exchange(m_readWhenLoaded, 0) == m_readRequest && m_readRequest != 0)
            readPage(m_readRequest);
    });
    retranslate();
    showReadingState();
    LanguageWatch::onChange(this, [this] {
        // A switch stops the reading; a late or repeated notice of the
        // language it started in does not.
        if (ReadAloudButton::screensLanguage() != m_readingLanguage)
            stopReading();
        retranslate();
    });
}

void ArticleScreen::onReadTapped()
{
    switch (m_readAloud->state()) {
    case ReadAloud::State::Reading:
        m_readAloud->pause();
        return;
    case ReadAloud::State::Paused:
        m_readAloud->resume();
        return;
    case ReadAloud::State::Idle:
    case ReadAloud::State::NoSound:
        break;
    }
    m_soundNotice->hide();
    m_readingLanguage = ReadAloudButton::screensLanguage();
    const int request = ++m_readRequest;
    if (m_pageLoading)
        m_readWhenLoaded = request;  // not the page going away: the one coming
    else
        readPage(request);
}

void ArticleScreen::readPage(int request, int triesLeft)
{
    m_pageReading->readableText([this, request, triesLeft](const PageReading::Text &text) {
        if (request != m_readRequest || !isVisible())
            return;  // stopped, or the article changed, before the page answered
        if (text.blocks.isEmpty()) {
            // Between two pages: read the new one once it is there.
            if (m_pageLoading)
                m_readWhenLoaded = request;
            else if (triesLeft > 0)
                QTimer::singleShot(250, this, [this, request, triesLeft] { readPage(request, triesLeft - 1); });
            return;
        }
        m_readAloud->read(text.blocks, text.language);
    });
}

void ArticleScreen::stopReading()
{
    ++m_readRequest;
    m_readAloud->stop();
    m_pageReading->clearHighlight();
    m_soundNotice->hide();
}

void ArticleScreen::endVisit()
{
    stopReading();
    m_slower->setChecked(false);
}

void ArticleScreen::showReadingState()
{
    const ReadAloud::State state = m_readAloud->state();
    const bool going = state == ReadAloud::State::Reading || state == ReadAloud::State::Paused;
    m_stopReading->setEnabled(going);
    if (!going)
        m_pageReading->clearHighlight();
    m_soundNotice->setVisible(state == ReadAloud::State::NoSound);
    retranslate();
}

void ArticleScreen::hideEvent(QHideEvent *event)
{
    stopReading();
    QWidget::hideEvent(event);
}

void ArticleScreen::showArticle(const QString &slug, const QUrl &url, const QList<CardList::Entry> &related)
{
    stopReading();
    m_slug = slug;
    m_pageLoading = true;  // now, not when the view says so: a touch may come first
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


void ArticleScreen::retranslate()
{
    switch (m_readAloud->state()) {
    case ReadAloud::State::Reading:
        m_read->setText(tr("Pause"));
        m_read->setAccessibleName(tr("Pause reading aloud"));
        break;
    case ReadAloud::State::Paused:
        m_read->setText(tr("Resume"));
        m_read->setAccessibleName(tr("Resume reading aloud"));
        break;
    case ReadAloud::State::Idle:
    case ReadAloud::State::NoSound:
        m_read->setText(tr("Read aloud"));
        m_read->setAccessibleName(tr("Read this article aloud"));
        break;
    }
    m_stopReading->setText(tr("Stop"));
    m_stopReading->setAccessibleName(tr("Stop reading aloud"));
    // The button says what a touch will do.
    m_slower->setText(m_slower->isChecked() ? tr("Normal speed") : tr("Slower"));
    m_slower->setAccessibleName(m_slower->isChecked() ? tr("Read at normal speed") : tr("Read more slowly"));
    m_soundNotice->setText(tr("Sound is not available on this kiosk. Please ask the front desk."));
}
