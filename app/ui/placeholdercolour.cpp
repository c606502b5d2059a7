// A field's placeholder colour is set when it is polished and again whenever
// its palette or style changes (a style sheet polishing it again derives the
// placeholder from the text colour anew).
#include "ui/placeholdercolour.h"

#include "ui/theme.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLineEdit>

namespace {
void colourField(QLineEdit *field)
{
    if (field->palette().color(QPalette::Active, QPalette::PlaceholderText) == PlaceholderColour::colour()
        && field->palette().color(QPalette::Inactive, QPalette::PlaceholderText) == PlaceholderColour::colour())
        return;  // already: setting it again would only come back here
    QPalette colours = field->palette();
    colours.setColor(QPalette::PlaceholderText, PlaceholderColour::colour());
    field->setPalette(colours);
}
} // namespace

QColor PlaceholderColour::colour()
{
    return QColor(Theme::palette(false).value(QStringLiteral("placeholder")));
}

PlaceholderColour::PlaceholderColour(QObject *parent) : QObject(parent)
{
    QCoreApplication::instance()->installEventFilter(this);
}

bool PlaceholderColour::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::Polish:
    case QEvent::PaletteChange:  // a style sheet (re)polishing it sets its palette anew
    case QEvent::StyleChange:
        if (auto *field = qobject_cast<QLineEdit *>(watched))
            colourField(field);
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
