// Call-back requests painted page by page, for a PDF file or a printer.
#include "core/export/pdfexport.h"

#include "core/callbacks/callbackwords.h"
#include "core/export/atomicfile.h"
#include "core/export/callbacktexts.h"
#include "core/i18n/uitranslations.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QHash>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>
#include <array>

namespace {

// Line and paragraph breaks would break a one-line cell of the printed list.
QString singleLine(const QString &text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Separator_Line || c.category() == QChar::Separator_Paragraph
            || c.category() == QChar::Other_Control)
            return text.simplified();
    }
    return text;
}

// Paints the list page by page. Rows are painted with drawText, not QTextDocument: a layout engine per
// row would take minutes for the 100,000 requests the queue can hold.
class CallbackListPainter
{
public:
    CallbackListPainter(QPagedPaintDevice &device, const ExportContext &context)
        : m_device(device)
        , m_context(context)
        , m_texts(context)
        , m_pixelsPerPoint(device.logicalDpiY() / 72.0)
        , m_page(0, 0, device.width(), device.height())
        , m_titleFont(sizedFont(14, QFont::Bold))
        , m_subtitleFont(sizedFont(10, QFont::Bold))
        , m_smallFont(sizedFont(8, QFont::Normal))
        , m_headingFont(sizedFont(8, QFont::Bold))
        , m_rowFont(sizedFont(9, QFont::Normal))
        , m_noteFont(sizedFont(7.5, QFont::Normal, true))
        , m_titleMetrics(m_titleFont, &device)
        , m_subtitleMetrics(m_subtitleFont, &device)
        , m_smallMetrics(m_smallFont, &device)
        , m_headingMetrics(m_headingFont, &device)
        , m_rowMetrics(m_rowFont, &device)
        , m_noteMetrics(m_noteFont, &device)
    {
        m_padding = points(2.5);
        placeColumns();
        m_rowHeight = m_rowMetrics.height() + 2 * m_padding;
        m_noteLineHeight = m_noteMetrics.lineSpacing();
        m_headerHeight = m_titleMetrics.height() + m_subtitleMetrics.lineSpacing() + m_smallMetrics.lineSpacing()
            + points(6) + m_headingMetrics.height() + 2 * m_padding + points(2);
    }

    [[nodiscard]] std::optional<QString> paint(const QList<CallbackRequest> &requests)
    {
        m_texts.formatPhonesAhead(requests);
        const QList<qsizetype> pageStarts = paginate(requests);
        const int pageCount = int(pageStarts.size());

        QPainter painter;
        if (!painter.begin(&m_device))
            return CallbackTexts::tr("the printer or PDF file could not be started");
        for (int page = 0; page < pageCount; ++page) {
            if (page > 0 && !m_device.newPage())
                return CallbackTexts::tr("the printer or PDF file refused page %1").arg(page + 1);
            qreal top = paintHeader(painter, page, pageCount, requests.size());
            const qsizetype end = page + 1 < pageCount ? pageStarts[page + 1] : requests.size();
            for (qsizetype row = pageStarts[page]; row < end; ++row)
                top += paintRow(painter, requests.at(row), top, row % 2 == 1);
            if (requests.isEmpty()) {
                painter.setFont(m_rowFont);
                painter.drawText(QPointF(0, top + m_padding + m_rowMetrics.ascent()),
                                 CallbackTexts::tr("No call-back requests match this selection."));
            }
        }
        if (!painter.end())
            return CallbackTexts::tr("the printer or PDF file could not be finished");
        return std::nullopt;
    }

private:
    enum Column { Received, FirstName, Phone, Office, BestTime, Topic, Status, ColumnCount };
    static constexpr int maxNoteLines = 3;

    qreal points(qreal size) const { return size * m_pixelsPerPoint; }

    // When to call and in which language: the one the visitor read in.
    static QString bestTimeAndLanguage(BestTimeToCall time, const QString &language)
    {
        return CallbackTexts::tr("%1, %2").arg(CallbackWords::bestTime(time), nativeLanguageName(language));
    }

    static QStringList bestTimesAndLanguages()
    {
        QStringList texts;
        for (BestTimeToCall time : {BestTimeToCall::Morning, BestTimeToCall::Afternoon, BestTimeToCall::AnyTime}) {
            for (const QString &language : {QStringLiteral("en"), QStringLiteral("es")})
                texts.append(bestTimeAndLanguage(time, language));
        }
        return texts;
    }

    static QString heading(Column column)
    {
        switch (column) {
        case Received:
            return CallbackTexts::tr("Received");
        case FirstName:
            return CallbackTexts::tr("First name");
        case Phone:
            return CallbackTexts::tr("Phone");
        case Office:
            return CallbackTexts::tr("Office");
        case BestTime:
            return CallbackTexts::tr("Best time, language");
        case Topic:
            return CallbackTexts::tr("Topic");
        case Status:
            return CallbackTexts::tr("Status");
        case ColumnCount:
            break;
        }
        return {};
    }

    // The columns whose longest text is known (a time, a phone number, the words for the best time and
    // the status) are made wide enough for it, in this font and language, so they are never cut; names,
    // offices and topics share what is left and are cut with "…" when they don't fit.
    void placeColumns()
    {
        const auto widest = [this](Column column, const QStringList &texts) {
            qreal width = m_headingMetrics.horizontalAdvance(heading(column));
            for (const QString &text : texts)
                width = std::max(width, m_rowMetrics.horizontalAdvance(text));
            // A point to spare: elidedText rounds to 1/64 pixel and would cut a text of exactly the width.
            return width + 2 * m_padding + points(1);
        };
        std::array<qreal, ColumnCount> widths {};
        widths[Received] = widest(Received, {QStringLiteral("0000-00-00 00:00")});
        // As long as most international numbers; a longer one is cut.
        widths[Phone] = widest(Phone, {QStringLiteral("+00 000 0000 0000"), QStringLiteral("(000) 000-0000")});
        widths[BestTime] = widest(BestTime, bestTimesAndLanguages());
        widths[Status] = widest(Status, {CallbackWords::status(CallbackStatus::New), CallbackWords::status(CallbackStatus::Called),
                                         CallbackWords::status(CallbackStatus::NoAnswer), CallbackWords::status(CallbackStatus::Done)});
        const qreal fixed = widths[Received] + widths[Phone] + widths[BestTime] + widths[Status];
        const qreal rest = m_page.width() - fixed;
        if (rest >= m_page.width() / 3) {
            widths[FirstName] = rest * 0.30;
            widths[Office] = rest * 0.25;
            widths[Topic] = rest * 0.45;
        } else {
            // A page too narrow for that (a receipt printer): every column gets its share and may be cut.
            static constexpr std::array<qreal, ColumnCount> shares = {0.14, 0.16, 0.16, 0.14, 0.09, 0.20, 0.11};
            for (int column = 0; column < ColumnCount; ++column)
                widths[column] = m_page.width() * shares[column];
        }
        qreal left = 0;
        for (int column = 0; column < ColumnCount; ++column) {
            m_columnLeft[column] = left;
            left += widths[column];
        }
        m_columnLeft[ColumnCount] = m_page.width();
    }

    static QFont sizedFont(qreal pointSize, QFont::Weight weight, bool italic = false)
    {
        // The application's font, so names in any script find a glyph through its fall-backs.
        QFont font = QGuiApplication::font();
        font.setPointSizeF(pointSize);
        font.setWeight(weight);
        font.setItalic(italic);
        return font;
    }

    // The index of the first request of each page; a page holds at least one request, and there is
    // always one page, if only to say that nothing matched.
    QList<qsizetype> paginate(const QList<CallbackRequest> &requests) const
    {
        QList<qsizetype> starts = {0};
        const qreal available = m_page.height() - m_headerHeight;
        qreal used = 0;
        for (qsizetype row = 0; row < requests.size(); ++row) {
            const qreal height = rowHeight(requests.at(row));
            if (used > 0 && used + height > available) {
                starts.append(row);
                used = 0;
            }
            used += height;
        }
        return starts;
    }

    qreal rowHeight(const CallbackRequest &request) const
    {
        const qsizetype lines = noteLineCount(request.note);
        return m_rowHeight + (lines > 0 ? lines * m_noteLineHeight + m_padding : 0);
    }

    qreal noteWidth() const { return m_page.width() - m_columnLeft[FirstName] - m_padding; }

    qsizetype noteLineCount(const QString &note) const
    {
        if (note.isEmpty())
            return 0;
        // Most notes are short: measuring is much cheaper than a line layout.
        if (!note.contains(u'\n') && m_noteMetrics.horizontalAdvance(note) <= noteWidth())
            return 1;
        return noteLines(note).size();
    }

    QStringList noteLines(const QString &note) const
    {
        const QString text = note.simplified();
        if (m_noteMetrics.horizontalAdvance(text) <= noteWidth())
            return {text};

        QTextLayout layout(text, m_noteFont, &m_device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        QStringList lines;
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(noteWidth());
            if (lines.size() == maxNoteLines - 1) {
                // The last line takes the rest of the note, cut with "…" if it is still too long.
                lines.append(m_noteMetrics.elidedText(text.mid(line.textStart()), Qt::ElideRight, noteWidth()));
                break;
            }
            lines.append(text.mid(line.textStart(), line.textLength()).trimmed());
        }
        layout.endLayout();
        return lines;
    }

    QString fitted(const QString &text, const QFontMetricsF &metrics, qreal width) const
    {
        return metrics.elidedText(singleLine(text), Qt::ElideRight, width);
    }

    // Offices, topics, times to call and statuses repeat on every page; each is measured once.
    QString fittedCell(Column column, const QString &text)
    {
        QHash<QString, QString> &cache = m_fittedCells[column];
        const auto found = cache.constFind(text);
        if (found != cache.cend())
            return *found;
        return *cache.insert(text, fitted(text, m_rowMetrics, cellWidth(column)));
    }

    qreal cellWidth(int column) const { return m_columnLeft[column + 1] - m_columnLeft[column] - 2 * m_padding; }

    qreal paintHeader(QPainter &painter, int page, qsizetype pageCount, qsizetype requestCount) const
    {
        const qreal width = m_page.width();
        qreal top = 0;

        painter.setPen(Qt::black);
        painter.setFont(m_titleFont);
        painter.drawText(QPointF(0, top + m_titleMetrics.ascent()),
                         fitted(m_context.clinicName, m_titleMetrics, width));
        top += m_titleMetrics.height();

        QString subtitle = CallbackTexts::tr("Call-back requests");
        if (!m_context.selectionDescription.isEmpty())
            subtitle = CallbackTexts::tr("%1: %2").arg(subtitle, m_context.selectionDescription);
        painter.setFont(m_subtitleFont);
        painter.drawText(QPointF(0, top + m_subtitleMetrics.ascent()), fitted(subtitle, m_subtitleMetrics, width));
        top += m_subtitleMetrics.lineSpacing();

        const QString pageText = CallbackTexts::tr("page %1 of %2").arg(page + 1).arg(pageCount);
        const qreal pageTextWidth = m_smallMetrics.horizontalAdvance(pageText);
        const QString made = CallbackTexts::tr("Generated %1 · Requests: %2")
                                 .arg(m_context.localTime(m_context.generatedUtc))
                                 .arg(requestCount);
        painter.setFont(m_smallFont);
        painter.drawText(QPointF(0, top + m_smallMetrics.ascent()),
                         fitted(made, m_smallMetrics, width - pageTextWidth - points(12)));
        painter.drawText(QPointF(width - pageTextWidth, top + m_smallMetrics.ascent()), pageText);
        top += m_smallMetrics.lineSpacing() + points(6);

        const qreal headingHeight = m_headingMetrics.height() + 2 * m_padding;
        painter.fillRect(QRectF(0, top, width, headingHeight), QColor(0xd9, 0xd9, 0xd9));
        painter.setFont(m_headingFont);
        for (int column = 0; column < ColumnCount; ++column) {
            painter.drawText(QPointF(m_columnLeft[column] + m_padding, top + m_padding + m_headingMetrics.ascent()),
                             fitted(heading(Column(column)), m_headingMetrics, cellWidth(column)));
        }
        top += headingHeight;
        painter.setPen(QPen(Qt::black, points(0.75)));
        painter.drawLine(QPointF(0, top), QPointF(width, top));
        return top + points(2);
    }

    // Returns the height it took.
    qreal paintRow(QPainter &painter, const CallbackRequest &request, qreal top, bool shaded)
    {
        const QStringList notes = request.note.isEmpty() ? QStringList() : noteLines(request.note);
        const qreal height = m_rowHeight + (notes.isEmpty() ? 0 : notes.size() * m_noteLineHeight + m_padding);
        // Light enough to print on any office printer, dark enough to guide the eye along a row.
        if (shaded)
            painter.fillRect(QRectF(0, top, m_page.width(), height), QColor(0xee, 0xee, 0xee));

        painter.setPen(Qt::black);
        painter.setFont(m_rowFont);
        const qreal baseline = top + m_padding + m_rowMetrics.ascent();
        const auto cell = [&](Column column, const QString &text) {
            painter.drawText(QPointF(m_columnLeft[column] + m_padding, baseline), text);
        };
        cell(Received, fitted(m_context.localTime(request.createdUtc), m_rowMetrics, cellWidth(Received)));
        cell(FirstName, fitted(request.firstName, m_rowMetrics, cellWidth(FirstName)));
        cell(Phone, fitted(m_texts.phone(request.phoneE164), m_rowMetrics, cellWidth(Phone)));
        cell(Office, fittedCell(Office, m_context.officeName(request.officeId)));
        // The language the visitor read in is the one to call back in.
        cell(BestTime, fittedCell(BestTime, bestTimeAndLanguage(request.bestTime, request.language)));
        cell(Topic, fittedCell(Topic, m_context.topicTitle(request.topicSlug)));
        cell(Status, fittedCell(Status, CallbackWords::status(request.status)));

        if (!notes.isEmpty()) {
            painter.setPen(QColor(0x33, 0x33, 0x33));
            painter.setFont(m_noteFont);
            qreal noteBaseline = top + m_rowHeight + m_noteMetrics.ascent();
            for (const QString &line : notes) {
                painter.drawText(QPointF(m_columnLeft[FirstName] + m_padding, noteBaseline), line);
                noteBaseline += m_noteLineHeight;
            }
        }
        return height;
    }

    QPagedPaintDevice &m_device;
    const ExportContext &m_context;
    CallbackTexts m_texts;
    qreal m_pixelsPerPoint;
    QRectF m_page;  // the printable area, in device pixels, margins already taken off by the device
    QFont m_titleFont;
    QFont m_subtitleFont;
    QFont m_smallFont;
    QFont m_headingFont;
    QFont m_rowFont;
    QFont m_noteFont;
    QFontMetricsF m_titleMetrics;
    QFontMetricsF m_subtitleMetrics;
    QFontMetricsF m_smallMetrics;
    QFontMetricsF m_headingMetrics;
    QFontMetricsF m_rowMetrics;
    QFontMetricsF m_noteMetrics;
    std::array<qreal, ColumnCount + 1> m_columnLeft {};
    qreal m_padding = 0;
    qreal m_rowHeight = 0;
    qreal m_noteLineHeight = 0;
    qreal m_headerHeight = 0;
    std::array<QHash<QString, QString>, ColumnCount> m_fittedCells;
};

} // namespace

QPageSize defaultPageSize(const QString &phoneRegion)
{
    // Where Letter, not A4, is the usual office paper.
    static const QStringList letterRegions = {
        QStringLiteral("US"), QStringLiteral("CA"), QStringLiteral("MX"), QStringLiteral("PR"), QStringLiteral("PH"),
    };
    return QPageSize(letterRegions.contains(phoneRegion.trimmed().toUpper()) ? QPageSize::Letter : QPageSize::A4);
}

std::optional<QString> paintCallbackList(QPagedPaintDevice &device, const QList<CallbackRequest> &requests,
                                         const ExportContext &context)
{
    // Fonts can't be measured without the GUI part of Qt; say so rather than crash in a CLI run.
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return CallbackTexts::tr("the printed list needs the graphical part of Qt (a QGuiApplication)");
    return CallbackListPainter(device, context).paint(requests);
}

std::optional<QString> writeCallbackPdf(const QString &path, const QList<CallbackRequest> &requests,
                                        const ExportContext &context, const QPageSize &pageSize)
{
    return writeFileAtomically(path, [&](QIODevice &device) {
        QPdfWriter pdf(&device);
        pdf.setCreator(QStringLiteral("CareKiosk"));
        pdf.setTitle(CallbackTexts::tr("Call-back requests"));
        pdf.setPageSize(pageSize);
        pdf.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        return paintCallbackList(pdf, requests, context);
    });
}
