// An event filter, owned by the widget it watches.
#include "ui/widgets/languagewatch.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QWidget>

namespace {
class LanguageChangeFilter : public QObject
{
public:
    LanguageChangeFilter(QWidget *widget, std::function<void()> retranslate)
        : QObject(widget), m_retranslate(std::move(retranslate))
    {
        widget->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == parent() && event->type() == QEvent::LanguageChange)
            m_retranslate();
        return false;
    }

private:
    std::function<void()> m_retranslate;
};
} // namespace

void LanguageWatch::onChange(QWidget *widget, std::function<void()> retranslate)
{
    new LanguageChangeFilter(widget, std::move(retranslate));
}

void LanguageWatch::setWords(QWidget *widget, const QObject *owner, Words words)
{
    // The class name is a static string: safe to keep, even while the owner is still being built.
    const char *context = owner->metaObject()->className();
    const auto apply = [widget, context, words] {
        const auto translated = [context](const char *source) { return QCoreApplication::translate(context, source); };
        if (words.text) {
            if (auto *button = qobject_cast<QAbstractButton *>(widget))
                button->setText(translated(words.text));
            else if (auto *label = qobject_cast<QLabel *>(widget))
                label->setText(translated(words.text));
        }
        if (words.accessibleName)
            widget->setAccessibleName(translated(words.accessibleName));
        if (words.placeholder) {
            if (auto *field = qobject_cast<QLineEdit *>(widget))
                field->setPlaceholderText(translated(words.placeholder));
        }
    };
    apply();
    onChange(widget, apply);
}
