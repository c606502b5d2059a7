// The article page's side of reading aloud: the blocks of text to read, and
// the mark on the sentence being read. Scripts run in the application's own
// world, so the page's Content-Security-Policy (no script) stays as it is
// and nothing new is loaded.
#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

class QWebEnginePage;

class PageReading : public QObject
{
    Q_OBJECT

public:
    explicit PageReading(QWebEnginePage *page);

    struct Text
    {
        QString language;  // the page's lang, e.g. "es"
        QStringList blocks;  // title, summary, then the body's blocks, in order
    };
    // Calls back with the page's text (empty if the page has none or is gone).
    void readableText(const std::function<void(const Text &)> &done);
    // Marks `length` characters from `start` of block `block` and scrolls
    // them into view if they are near an edge.
    void highlight(int block, int start, int length);
    void clearHighlight();
    // The text now marked (for tests).
    void markedText(const std::function<void(const QString &)> &done);

private:
    void run(const QString &call, const std::function<void(const QVariant &)> &done = {});

    QWebEnginePage *m_page;
    QString m_script;
};
