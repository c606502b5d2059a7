// A large touch card for one article: its title and summary; tapping it opens it.
#pragma once

#include <QPushButton>

class QLabel;

class ArticleCard : public QPushButton
{
    Q_OBJECT

public:
    // `titleHtml`/`detailHtml` may hold <mark> highlights (search results).
    ArticleCard(const QString &slug, const QString &titleHtml, const QString &detailHtml, QWidget *parent = nullptr);

    QString slug() const { return m_slug; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;

signals:
    void articleChosen(const QString &slug);

private:
    QString m_slug;
    QLabel *m_title;
    QLabel *m_detail;
};
