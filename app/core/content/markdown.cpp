// md4c drives both outputs; its parser is linear-time, so hostile input can't
// stall the kiosk.
#include "content/markdown.h"

#include <md4c-html.h>
#include <md4c.h>

namespace {

constexpr unsigned parserFlags = MD_DIALECT_COMMONMARK | MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_NOHTML;

class OutlineCollector
{
public:
    static int enterBlock(MD_BLOCKTYPE, void *, void *) { return 0; }

    static int leaveBlock(MD_BLOCKTYPE type, void *, void *userdata)
    {
        switch (type) {
        case MD_BLOCK_P:
        case MD_BLOCK_H:
        case MD_BLOCK_LI:
        case MD_BLOCK_TH:
        case MD_BLOCK_TD:
        case MD_BLOCK_CODE:
        case MD_BLOCK_QUOTE:
            static_cast<OutlineCollector *>(userdata)->endBlock();
            break;
        default:
            break;
        }
        return 0;
    }

    static int enterSpan(MD_SPANTYPE type, void *detail, void *userdata)
    {
        auto *self = static_cast<OutlineCollector *>(userdata);
        if (type == MD_SPAN_IMG)
            self->m_outline.images.append(attributeText(static_cast<MD_SPAN_IMG_DETAIL *>(detail)->src));
        else if (type == MD_SPAN_A)
            self->m_outline.links.append(attributeText(static_cast<MD_SPAN_A_DETAIL *>(detail)->href));
        return 0;
    }

    static int leaveSpan(MD_SPANTYPE, void *, void *) { return 0; }

    static int text(MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *userdata)
    {
        auto *self = static_cast<OutlineCollector *>(userdata);
        switch (type) {
        case MD_TEXT_BR:
        case MD_TEXT_SOFTBR:
            self->m_current += u' ';
            break;
        case MD_TEXT_NULLCHAR:
            break;
        case MD_TEXT_ENTITY:
            self->m_current += decodeEntity(QString::fromUtf8(text, size));
            break;
        default:
            self->m_current += QString::fromUtf8(text, size);
            break;
        }
        return 0;
    }

    Markdown::Outline take()
    {
        endBlock();
        return std::move(m_outline);
    }

private:
    static QString attributeText(const MD_ATTRIBUTE &attribute)
    {
        return QString::fromUtf8(attribute.text, attribute.size);
    }

    static QString decodeEntity(const QString &entity)
    {
        if (entity == u"&amp;")
            return QStringLiteral("&");
        if (entity == u"&lt;")
            return QStringLiteral("<");
        if (entity == u"&gt;")
            return QStringLiteral(">");
        if (entity == u"&quot;")
            return QStringLiteral("\"");
        return QStringLiteral(" ");
    }

    void endBlock()
    {
        const QString block = m_current.simplified();
        if (!block.isEmpty())
            m_outline.blocks.append(block);
        m_current.clear();
    }

    Markdown::Outline m_outline;
    QString m_current;
};

void appendHtml(const MD_CHAR *text, MD_SIZE size, void *userdata)
{
    static_cast<QByteArray *>(userdata)->append(text, size);
}

} // namespace

QString Markdown::toHtml(const QString &markdown)
{
    const QByteArray source = markdown.toUtf8();
    QByteArray html;
    html.reserve(source.size() * 3 / 2);
    md_html(source.constData(), MD_SIZE(source.size()), appendHtml, &html, parserFlags, 0);
    return QString::fromUtf8(html);
}

Markdown::Outline Markdown::outline(const QString &markdown)
{
    const QByteArray source = markdown.toUtf8();
    OutlineCollector collector;
    MD_PARSER parser = {};
    parser.abi_version = 0;
    parser.flags = parserFlags;
    parser.enter_block = &OutlineCollector::enterBlock;
    parser.leave_block = &OutlineCollector::leaveBlock;
    parser.enter_span = &OutlineCollector::enterSpan;
    parser.leave_span = &OutlineCollector::leaveSpan;
    parser.text = &OutlineCollector::text;
    md_parse(source.constData(), MD_SIZE(source.size()), &parser, &collector);
    return collector.take();
}
