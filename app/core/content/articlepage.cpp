// Filling the article template.
#include "core/content/articlepage.h"

#include "core/qr/qrcode.h"

#include <QLocale>
#include <QRegularExpression>
#include <algorithm>

namespace {

const QStringList placeholders = {
    QStringLiteral("title"),   QStringLiteral("summary"),        QStringLiteral("reviewed"),
    QStringLiteral("getHelp"), QStringLiteral("phoneCodes"),     QStringLiteral("sourcesHeading"),
    QStringLiteral("sources"), QStringLiteral("disclaimer"),     QStringLiteral("body"),
};

// Fills the template in one pass: a value is never searched for placeholders,
// since an article's title or body may well contain text like "{{summary}}".
// Every known placeholder not given is emptied, so a page never shows "{{…}}".
QString filled(const QString &page, const QList<std::pair<QString, QString>> &values)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{\\{(\\w+)\\}\\}"));
    QString result;
    qsizetype copied = 0;
    QRegularExpressionMatchIterator matches = placeholder.globalMatch(page);
    while (matches.hasNext()) {
        const QRegularExpressionMatch match = matches.next();
        const QString name = match.captured(1);
        const auto given = std::find_if(values.cbegin(), values.cend(), [&](const auto &value) { return value.first == name; });
        if (given == values.cend() && !placeholders.contains(name))
            continue;
        result += QStringView(page).mid(copied, match.capturedStart() - copied);
        if (given != values.cend())
            result += given->second;
        copied = match.capturedEnd();
    }
    result += QStringView(page).mid(copied);
    return result;
}

QString themeClass(bool highContrast)
{
    return highContrast ? QStringLiteral("high-contrast") : QString();
}

QString listItems(const QStringList &items)
{
    QString html;
    for (const QString &item : items)
        html += QStringLiteral("<li>%1</li>").arg(item.toHtmlEscaped());
    return QStringLiteral("<ul>%1</ul>").arg(html);
}

QString officeLines(const QList<Office> &offices)
{
    QString html;
    for (const Office &office : offices) {
        QStringList lines = {QStringLiteral("<strong class=\"office-name\">%1</strong>").arg(office.name.toHtmlEscaped())};
        if (!office.phone.isEmpty())
            lines.first() += QStringLiteral(" <span class=\"office-phone\">%1</span>").arg(office.phone.toHtmlEscaped());
        for (const QString &line : {office.hours, office.afterHours}) {
            if (!line.isEmpty())
                lines.append(line.toHtmlEscaped());
        }
        html += QStringLiteral("<p class=\"office\">%1</p>").arg(lines.join(QStringLiteral("<br>")));
    }
    return html.isEmpty() ? QString() : QStringLiteral("<div class=\"offices\">%1</div>").arg(html);
}

QString getHelpSection(const GetHelp &getHelp, const QList<Office> &offices)
{
    if (getHelp.now.isEmpty() && getHelp.callUs.isEmpty())
        return {};
    QString html = QStringLiteral("<section class=\"get-help\" aria-label=\"%1\">")
                       .arg(ArticlePage::tr("When to get help").toHtmlEscaped());
    if (!getHelp.now.isEmpty())
        html += QStringLiteral("<h2 class=\"get-help-now\">%1</h2>").arg(ArticlePage::tr("Get help right away").toHtmlEscaped())
                + listItems(getHelp.now);
    if (!getHelp.callUs.isEmpty())
        html += QStringLiteral("<h2 class=\"get-help-call\">%1</h2>").arg(ArticlePage::tr("Call us if").toHtmlEscaped())
                + listItems(getHelp.callUs) + officeLines(offices);
    return html + QStringLiteral("</section>");
}

QString phoneCode(const QString &caption, const QString &address)
{
    // Percent-encoded in the code: raw UTF-8 without an ECI marker is read as
    // Shift-JIS by some phone decoders. Shown as written beside it.
    const QString encoded = QUrl(address).toString(QUrl::FullyEncoded);
    const QString svg = QrCode(encoded).toSvg(ArticlePage::tr("QR code for %1").arg(address));
    if (svg.isEmpty())
        return {};
    return QStringLiteral("<figure class=\"phone-code\">%1<figcaption>%2<span class=\"web-address\">%3</span>"
                          "</figcaption></figure>")
        .arg(svg, caption.toHtmlEscaped(), address.toHtmlEscaped());
}

// The kiosk never opens the web: a page worth reading elsewhere is offered as
// a QR code for the visitor's own phone.
QString phoneCodes(const Article &article, const QUrl &bookingUrl)
{
    QString html;
    const auto withAddress = std::find_if(article.sources.cbegin(), article.sources.cend(),
                                          [](const ArticleSource &source) { return !source.url.isEmpty(); });
    if (withAddress != article.sources.cend())
        html += phoneCode(ArticlePage::tr("Read more on your phone"), withAddress->url);
    if (!bookingUrl.isEmpty())
        html += phoneCode(ArticlePage::tr("Book a visit"), bookingUrl.toString());
    return html.isEmpty() ? QString() : QStringLiteral("<section class=\"phone-codes\">%1</section>").arg(html);
}

QString sourceList(const QList<ArticleSource> &sources)
{
    QString html;
    for (const ArticleSource &source : sources) {
        html += QStringLiteral("<li>%1").arg(source.title.toHtmlEscaped());
        // Plain text, not a link: there is nothing to follow on a kiosk.
        if (!source.url.isEmpty())
            html += QStringLiteral("<br><span class=\"web-address\">%1</span>").arg(source.url.toHtmlEscaped());
        html += QStringLiteral("</li>");
    }
    return html.isEmpty() ? QString() : QStringLiteral("<ul>%1</ul>").arg(html);
}

} // namespace

QString ArticlePage::render(const Article &article, const QString &templateHtml, bool highContrast, const Clinic &clinic)
{
    const QLocale locale(article.language);
    QString reviewed = tr("Reviewed on %1").arg(locale.toString(article.reviewed, QLocale::LongFormat));
    if (!article.reviewer.isEmpty())
        reviewed += tr(" by %1").arg(article.reviewer);

    const QString sources = sourceList(article.sources);
    return filled(templateHtml,
                  {
                      {QStringLiteral("lang"), article.language.toHtmlEscaped()},
                      {QStringLiteral("themeClass"), themeClass(highContrast)},
                      {QStringLiteral("title"), article.title.toHtmlEscaped()},
                      {QStringLiteral("summary"), article.summary.toHtmlEscaped()},
                      {QStringLiteral("reviewed"), reviewed.toHtmlEscaped()},
                      {QStringLiteral("getHelp"), getHelpSection(article.getHelp, clinic.offices)},
                      {QStringLiteral("phoneCodes"), phoneCodes(article, clinic.bookingUrl)},
                      {QStringLiteral("sourcesHeading"), sources.isEmpty() ? QString() : tr("Sources")},
                      {QStringLiteral("sources"), sources},
                      {QStringLiteral("disclaimer"),
                       tr("This article is general information, not medical advice. Talk to your doctor about "
                          "your own health. In an emergency, call 911.")
                           .toHtmlEscaped()},
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
                                });
}
