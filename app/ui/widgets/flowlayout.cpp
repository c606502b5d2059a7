// Each cell is as wide as the widest item wants; as many columns as fit,
// stretched to the full width.
#include "ui/widgets/flowlayout.h"

#include <QWidget>

FlowLayout::FlowLayout(QWidget *parent, int spacing) : QLayout(parent)
{
    setContentsMargins(0, 0, 0, 0);
    setSpacing(spacing);
}

FlowLayout::~FlowLayout()
{
    while (QLayoutItem *item = takeAt(0))
        delete item;
}

void FlowLayout::addItem(QLayoutItem *item)
{
    m_items.append(item);
}

QLayoutItem *FlowLayout::takeAt(int index)
{
    if (index < 0 || index >= m_items.size())
        return nullptr;
    return m_items.takeAt(index);
}

QSize FlowLayout::cellSize() const
{
    QSize cell;
    for (const QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            cell = cell.expandedTo(item->sizeHint().expandedTo(item->minimumSize()));
    }
    return cell;
}

int FlowLayout::columnsFor(int width) const
{
    const QSize cell = cellSize();
    if (cell.width() <= 0)
        return 1;
    return qMax(1, (width + spacing()) / (cell.width() + spacing()));
}

int FlowLayout::arrange(const QRect &rect, bool place) const
{
    QList<QLayoutItem *> shown;
    for (QLayoutItem *item : m_items) {
        if (!item->isEmpty())
            shown.append(item);
    }
    if (shown.isEmpty())
        return 0;
    const QSize cell = cellSize();
    const int columns = qMin(int(shown.size()), columnsFor(rect.width()));
    const int width = qMax(cell.width(), (rect.width() - (columns - 1) * spacing()) / columns);
    const int rows = (int(shown.size()) + columns - 1) / columns;
    if (place) {
        for (int i = 0; i < shown.size(); ++i) {
            const int row = i / columns;
            const int column = i % columns;
            shown.at(i)->setGeometry(QRect(rect.x() + column * (width + spacing()),
                                           rect.y() + row * (cell.height() + spacing()), width, cell.height()));
        }
    }
    return rows * cell.height() + (rows - 1) * spacing();
}

int FlowLayout::heightForWidth(int width) const
{
    return arrange(QRect(0, 0, width, 0), false);
}

void FlowLayout::setGeometry(const QRect &rect)
{
    QLayout::setGeometry(rect);
    arrange(rect, true);
}

QSize FlowLayout::sizeHint() const
{
    int shown = 0;
    for (const QLayoutItem *item : m_items)
        shown += item->isEmpty() ? 0 : 1;
    const QSize cell = cellSize();
    return QSize(shown * cell.width() + qMax(0, shown - 1) * spacing(), cell.height());
}

QSize FlowLayout::minimumSize() const
{
    return cellSize();
}
