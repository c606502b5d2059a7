// Lays equal cells left to right and wraps to a new row when the next one
// doesn't fit: a row of choices that stays whole at 200 % text instead of
// cutting its words or widening the screen.
#pragma once

#include <QLayout>
#include <QList>

class FlowLayout : public QLayout
{
public:
    explicit FlowLayout(QWidget *parent = nullptr, int spacing = 12);
    ~FlowLayout() override;

    void addItem(QLayoutItem *item) override;
    int count() const override { return int(m_items.size()); }
    QLayoutItem *itemAt(int index) const override { return m_items.value(index); }
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override;
    void setGeometry(const QRect &rect) override;
    // Every cell in one row.
    QSize sizeHint() const override;
    // One cell: the widest item.
    QSize minimumSize() const override;

private:
    QSize cellSize() const;
    int columnsFor(int width) const;
    int arrange(const QRect &rect, bool place) const;

    QList<QLayoutItem *> m_items;
};
