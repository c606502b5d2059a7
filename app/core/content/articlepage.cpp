// Filling the article template.
#include "core/content/articlepage.h"

#include <QLocale>

namespace {

QString filled(QString page, const QList<std::pair<QString, QString>> &values)
{
    for (const auto &[name, value] : values)
        page.replace(QStringLiteral("{{%1}}").arg(name), value);
    return page;
}

QString themeClass(bool highContrast)
{
    return highContrast ? QStringLiteral("high-contrast") : QString();
}

} // namespace

QString ArticlePage::render(const Article &article, const QString &templateHtml, bool highContrast)
{
    const QLocale locale(article.language);
    QString reviewed = tr("Reviewed on %1").arg(locale.toString(article.reviewed, QLocale::LongFormat));
    if (!article.reviewer.isEmpty())
        reviewed += tr(" by %1").arg(article.reviewer);

    QString sources;
    for (const QString &source : article.sources)
        sources += QStringLiteral("<li>%1</li>").arg(source.toHtmlEscaped());
    if (!sources.isEmpty())
        sources = QStringLiteral("<ul>%1</ul>").arg(sources);

    return filled(templateHtml,
                  {
                      {QStringLiteral("lang"), article.language.toHtmlEscaped()},
                      {QStringLiteral("themeClass"), themeClass(highContrast)},
                      {QStringLiteral("title"), article.title.toHtmlEscaped()},
                      {QStringLiteral("summary"), article.summary.toHtmlEscaped()},
                      {QStringLiteral("reviewed"), reviewed.toHtmlEscaped()},
                      {QStringLiteral("sourcesHeading"), sources.isEmpty() ? QString() : tr("Sources")},
                      {QStringLiteral("sources"), sources},
                      {QStringLiteral("disclaimer"),
                       tr("This article is general information, not medical advice. Talk to your doctor about "
                          "your own health. In an emergency, call 911.")
                           .toHtmlEscaped()},
                      // Last: the body may contain text that looks like a placeholder.
                      {QStringLiteral("body"), Markdown::toHtml(article.bodyMarkdown)},
                  });
}

QString ArticlePage::renderMessage(const QString &title, const QString &message, const QString &templateHtml,
                                  bool highContrast)
{
    return filled(templateHtml, {
                                    {QStringLiteral("lang"), QStringLiteral("en")},
                                    {QStringLiteral("themeClass"), themeClass(highContrast)},
                                    {QStringLiteral("title"), title.toHtmlEscaped()},
                                    {QStringLiteral("summary"), message.toHtmlEscaped()},
                                    {QStringLiteral("reviewed"), QString()},
                                    {QStringLiteral("sourcesHeading"), QString()},
                                    {QStringLiteral("sources"), QString()},
                                    {QStringLiteral("disclaimer"), QString()},
                                    {QStringLiteral("body"), QString()},
                                });
}
