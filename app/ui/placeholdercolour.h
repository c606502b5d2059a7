// Readable placeholder text in every text field of the application, found,
// not listed, so a new field is covered.
// Qt 6.4's style sheets draw a placeholder as the text colour at half
// strength (3:1, under WCAG's 4.5:1), have no property to change it, and
// derive it again each time they polish the field.
#pragma once

#include <QColor>
#include <QObject>

class PlaceholderColour : public QObject
{
    Q_OBJECT

public:
    // The theme's "placeholder": one mid grey for both themes (4.5:1 on white,
    // 4.6:1 on black), so that the filter needs to know no theme.
    static QColor colour();

    // Watches the whole application from now on.
    explicit PlaceholderColour(QObject *parent = nullptr);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};
