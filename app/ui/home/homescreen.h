// Home: a search field, the categories as big tiles, and the featured articles.
#pragma once

#include "ui/cardlist.h"

#include <QWidget>

class QGridLayout;
class QLabel;
class QPushButton;

class HomeScreen : public QWidget
{
    Q_OBJECT

public:
    explicit HomeScreen(QWidget *parent = nullptr);

    void setContent(const QString &clinicName, const QStringList &categories, const QList<CardList::Entry> &featured);
    QList<QPushButton *> categoryTiles() const { return m_tiles; }
    CardList *featuredList() const { return m_featured; }
    QPushButton *searchLauncher() const { return m_searchLauncher; }

signals:
    void categoryChosen(const QString &category);
    void articleChosen(const QString &slug);
    void searchRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_welcome;
    QLabel *m_categoriesTitle;
    QLabel *m_featuredTitle;
    QPushButton *m_searchLauncher;
    QWidget *m_tileArea;
    QGridLayout *m_tileGrid;
    QList<QPushButton *> m_tiles;
    CardList *m_featured;
    QString m_clinicName;
};
