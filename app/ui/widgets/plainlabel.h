// A label that shows its text as it is. QLabel's default guesses: text that
// looks like HTML is drawn as rich text, so a visitor's search words, a
// note or an article's title could draw headings, colours or load a local
// image. Every label of ours starts here.
#pragma once

#include <QLabel>

inline QLabel *plainLabel(QWidget *parent = nullptr, const QString &text = {})
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    return label;
}
