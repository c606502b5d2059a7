// An event filter, owned by the widget it watches.
#include "ui/widgets/languagewatch.h"

#include <QEvent>
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
