// cmark-gfm was chosen for its linear-time parser: hostile input (thousands of
// unclosed brackets or emphasis markers) can't stall the kiosk.
#include "core/content/markdown.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <cstdlib>
#include <memory>

namespace {

constexpr int options = CMARK_OPT_DEFAULT;  // safe: no raw HTML, no dangerous URLs

struct NodeDeleter
{
    void operator()(cmark_node *node) const { cmark_node_free(node); }
};
struct ParserDeleter
{
    void operator()(cmark_parser *parser) const { cmark_parser_free(parser); }
};
struct IteratorDeleter
{
    void operator()(cmark_iter *iterator) const { cmark_iter_free(iterator); }
};

class Document
{
public:
    explicit Document(const QString &markdown)
    {
        cmark_gfm_core_extensions_ensure_registered();
        m_parser.reset(cmark_parser_new(options));
        for (const char *name : {"table", "strikethrough"}) {
            if (cmark_syntax_extension *extension = cmark_find_syntax_extension(name))
                cmark_parser_attach_syntax_extension(m_parser.get(), extension);
        }
        const QByteArray source = markdown.toUtf8();
        cmark_parser_feed(m_parser.get(), source.constData(), size_t(source.size()));
        m_root.reset(cmark_parser_finish(m_parser.get()));
    }

    QString html() const
    {
        char *rendered = cmark_render_html(m_root.get(), options, cmark_parser_get_syntax_extensions(m_parser.get()));
        const QString result = QString::fromUtf8(rendered);
        std::free(rendered);
        return result;
    }

    cmark_node *root() const { return m_root.get(); }

private:
    std::unique_ptr<cmark_parser, ParserDeleter> m_parser;
    std::unique_ptr<cmark_node, NodeDeleter> m_root;
};

bool endsTextBlock(cmark_node *node)
{
    switch (cmark_node_get_type(node)) {
    case CMARK_NODE_PARAGRAPH:
    case CMARK_NODE_HEADING:
    case CMARK_NODE_CODE_BLOCK:
        return true;
    default:
        // Table cells come from the extension, which names its node types.
        return qstrcmp(cmark_node_get_type_string(node), "table_cell") == 0;
    }
}

// The line a node starts on. cmark-gfm's table extension gives the paragraph
// it splits off before a table's header row (and what is in it) no position,
// but the table keeps the line that paragraph started on.
int startLine(cmark_node *node)
{
    for (cmark_node *at = node; at; at = cmark_node_parent(at)) {
        if (const int line = cmark_node_get_start_line(at); line > 0)
            return line;
        cmark_node *next = cmark_node_next(at);
        if (cmark_node_get_type(at) == CMARK_NODE_PARAGRAPH && next && cmark_node_get_start_line(next) > 0)
            return cmark_node_get_start_line(next);
    }
    return 1;
}

QString literal(cmark_node *node)
{
    return QString::fromUtf8(cmark_node_get_literal(node));
}

} // namespace

QString Markdown::toHtml(const QString &markdown)
{
    return Document(markdown).html();
}

Markdown::Outline Markdown::outline(const QString &markdown)
{
    const Document document(markdown);
    Outline outline;
    QString current;
    const auto endBlock = [&] {
        const QString block = current.simplified();
        if (!block.isEmpty())
            outline.blocks.append(block);
        current.clear();
    };

    const std::unique_ptr<cmark_iter, IteratorDeleter> iterator(cmark_iter_new(document.root()));
    for (cmark_event_type event = cmark_iter_next(iterator.get()); event != CMARK_EVENT_DONE;
         event = cmark_iter_next(iterator.get())) {
        cmark_node *node = cmark_iter_get_node(iterator.get());
        if (event == CMARK_EVENT_EXIT) {
            if (endsTextBlock(node))
                endBlock();
            continue;
        }
        switch (cmark_node_get_type(node)) {
        case CMARK_NODE_TEXT:
        case CMARK_NODE_CODE:
            current += literal(node);
            break;
        case CMARK_NODE_CODE_BLOCK:
            current += literal(node);
            endBlock();  // a leaf: it has no exit event
            break;
        case CMARK_NODE_SOFTBREAK:
        case CMARK_NODE_LINEBREAK:
            current += u' ';
            break;
        case CMARK_NODE_IMAGE:
            outline.images.append({QString::fromUtf8(cmark_node_get_url(node)), startLine(node)});
            break;
        case CMARK_NODE_LINK:
            outline.links.append({QString::fromUtf8(cmark_node_get_url(node)), startLine(node)});
            break;
        default:
            break;
        }
    }
    endBlock();
    return outline;
}
