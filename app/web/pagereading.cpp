// Runs resources/web/readaloud.js and one of its calls in the page.
#include "web/pagereading.h"

#include <QFile>
#include <QPointer>
#include <QVariantMap>
#include <QWebEnginePage>
#include <QWebEngineScript>

PageReading::PageReading(QWebEnginePage *page) : QObject(page), m_page(page)
{
    QFile script(QStringLiteral(":/web/readaloud.js"));
    if (script.open(QIODevice::ReadOnly))
        m_script = QString::fromUtf8(script.readAll());
}

void PageReading::run(const QString &call, const std::function<void(const QVariant &)> &done)
{
    const QString source = m_script + QStringLiteral("\n") + call;
    if (!done) {
        m_page->runJavaScript(source, QWebEngineScript::ApplicationWorld);
        return;
    }
    QPointer<PageReading> alive(this);
    m_page->runJavaScript(source, QWebEngineScript::ApplicationWorld, [alive, done](const QVariant &result) {
        if (alive)
            done(result);
    });
}

void PageReading::readableText(const std::function<void(const Text &)> &done)
{
    run(QStringLiteral("ckRead.blocks()"), [done](const QVariant &result) {
        const QVariantMap map = result.toMap();
        done({map.value(QStringLiteral("language")).toString(), map.value(QStringLiteral("blocks")).toStringList()});
    });
}

void PageReading::highlight(int block, int start, int length)
{
    run(QStringLiteral("ckRead.highlight(%1, %2, %3)").arg(block).arg(start).arg(length));
}

void PageReading::clearHighlight()
{
    run(QStringLiteral("ckRead.clear()"));
}

void PageReading::markedText(const std::function<void(const QString &)> &done)
{
    run(QStringLiteral("ckRead.marked()"), [done](const QVariant &result) { done(result.toString()); });
}
