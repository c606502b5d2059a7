// An article: the web reader, read-aloud controls and related topics as
// cards beside it, and the call-back button below.
#pragma once

#include "ui/cardlist.h"

#include <QWidget>

class ArticleView;
class KioskProfile;
class PageReading;
class QLabel;
class QPushButton;
class ReadAloud;

class ArticleScreen : public QWidget
{
    Q_OBJECT

public:
    ArticleScreen(KioskProfile &profile, QWidget *parent = nullptr);

    void showArticle(const QString &slug, const QUrl &url, const QList<CardList::Entry> &related);
    void setTextPercent(int percent);
    // Above the article, e.g. that it is shown in another language; empty hides it.
    void setLanguageNote(const QString &note);
    QString slug() const { return m_slug; }
    ArticleView *view() const { return m_view; }
    CardList *relatedList() const { return m_related; }
    QPushButton *callbackButton() const { return m_callback; }
    QLabel *unavailableNotice() const { return m_unavailable; }

    // Read aloud: title, summary and body, sentence by sentence, the sentence
    // marked in the page. Stops when the article changes, the screen is left,
    // the language is switched or the visit ends.
    void stopReading();
    // Also forgets the visitor's speed.
    void endVisit();
    ReadAloud *readAloud() const { return m_readAloud; }
    PageReading *pageReading() const { return m_pageReading; }
    QPushButton *readButton() const { return m_read; }
    QPushButton *stopReadingButton() const { return m_stopReading; }
    QPushButton *slowerButton() const { return m_slower; }
    QLabel *soundNotice() const { return m_soundNotice; }

signals:
    void articleChosen(const QString &slug);
    void externalLinkActivated(const QUrl &url);
    void callbackRequested(const QString &slug);
    void pageFailed();
    // The reader can't be started again here: the kiosk should be started fresh.
    void readerGaveUp();

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void retranslate();
    void onReadTapped();
    // Asks the page for its text and reads it, unless `request` was stopped;
    // a page with no text yet is asked again a few times.
    void readPage(int request, int triesLeft = 8);
    void showReadingState();

    QString m_slug;
    ArticleView *m_view;
    QLabel *m_unavailable;
    QLabel *m_languageNote;
    QLabel *m_relatedTitle;
    CardList *m_related;
    QPushButton *m_callback;
    ReadAloud *m_readAloud;
    PageReading *m_pageReading;
    QPushButton *m_read;
    QPushButton *m_stopReading;
    QPushButton *m_slower;
    QLabel *m_soundNotice;
    // A new number at each stop: the page's text arriving after it is not read.
    int m_readRequest = 0;
    // The request to read when the page has loaded (0: none).
    int m_readWhenLoaded = 0;
    bool m_pageLoading = false;
    QString m_readingLanguage;  // the screens' language when reading was asked for
};
