// Home: a search field, the categories as big tiles, and the featured articles.
#pragma once

#include "ui/cardlist.h"

#include <QWidget>

class QLabel;
class QPushButton;

class HomeScreen : public QWidget
{
    Q_OBJECT

public:
    explicit HomeScreen(QWidget *parent = nullptr);

    // Category entries have the category as their id.
    void setContent(const QString &clinicName, const QList<CardList::Entry> &categories,
                    const QList<CardList::Entry> &featured);
    CardList *categoryList() const { return m_categories; }
    CardList *featuredList() const { return m_featured; }
    QPushButton *searchLauncher() const { return m_searchLauncher; }
    QPushButton *callbackButton() const { return m_callback; }

signals:
    void categoryChosen(const QString &category);
    void articleChosen(const QString &slug);
    void searchRequested();
    void callbackRequested();

private:
    void retranslate();

    QLabel *m_welcome;
    QLabel *m_categoriesTitle;
    QLabel *m_featuredTitle;
    QPushButton *m_searchLauncher;
    QPushButton *m_callback;
    CardList *m_categories;
    CardList *m_featured;
    QString m_clinicName;
};
