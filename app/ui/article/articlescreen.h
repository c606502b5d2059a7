// An article: the web reader, related topics as cards beside it, and the
// call-back button below.
#pragma once

#include "ui/cardlist.h"

#include <QWidget>

class ArticleView;
class KioskProfile;
class QLabel;
class QPushButton;

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

signals:
    void articleChosen(const QString &slug);
    void externalLinkActivated(const QUrl &url);
    void callbackRequested(const QString &slug);
    void pageFailed();
    // The reader can't be started again here: the kiosk should be started fresh.
    void readerGaveUp();

private:
    QString m_slug;
    ArticleView *m_view;
    QLabel *m_unavailable;
    QLabel *m_languageNote;
    QLabel *m_relatedTitle;
    CardList *m_related;
    QPushButton *m_callback;
};
