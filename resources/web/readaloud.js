// Read aloud, on the page's side: run by the kiosk in its own script world
// (the page itself allows no script). Finds the blocks read aloud, and marks
// the sentence being read inside one of them, keeping it in view.
var ckRead = ckRead || (function () {
    'use strict';
    var selector = 'main header h1, main header .summary, main article h1, main article h2, main article h3, '
        + 'main article h4, main article p, main article li, main article td, main article th, '
        + 'main article blockquote, main article dt, main article dd, main .get-help h2, main .get-help li, '
        + 'main .get-help p';
    var blocks = [];

    function find() {
        var all = Array.prototype.slice.call(document.querySelectorAll(selector));
        // The innermost ones: a list item holding a paragraph is read once.
        blocks = all.filter(function (element) {
            return !all.some(function (other) { return other !== element && element.contains(other); });
        });
        return blocks;
    }

    function clear() {
        var marks = document.querySelectorAll('mark.ck-reading');
        for (var i = 0; i < marks.length; ++i) {
            var mark = marks[i];
            var parent = mark.parentNode;
            while (mark.firstChild)
                parent.insertBefore(mark.firstChild, mark);
            parent.removeChild(mark);
            parent.normalize();
        }
    }

    function highlight(index, start, length) {
        clear();
        var block = blocks[index];
        if (!block)
            return false;
        var end = start + length;
        var walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        var pieces = [];
        var offset = 0;
        for (var node = walker.nextNode(); node; node = walker.nextNode()) {
            var from = Math.max(start - offset, 0);
            var to = Math.min(end - offset, node.data.length);
            if (from < to)
                pieces.push({node: node, from: from, to: to});
            offset += node.data.length;
            if (offset >= end)
                break;
        }
        var first = null;
        pieces.forEach(function (piece) {
            var range = document.createRange();
            range.setStart(piece.node, piece.from);
            range.setEnd(piece.node, piece.to);
            var mark = document.createElement('mark');
            mark.className = 'ck-reading';
            range.surroundContents(mark);
            first = first || mark;
        });
        if (first) {
            var box = first.getBoundingClientRect();
            if (box.top < window.innerHeight * 0.15 || box.bottom > window.innerHeight * 0.85)
                first.scrollIntoView({block: 'center'});
        }
        return pieces.length > 0;
    }

    return {
        blocks: function () {
            if (!document.documentElement || !document.body)
                return {language: '', blocks: []};  // between two pages
            clear();
            return {language: document.documentElement.lang,
                    blocks: find().map(function (element) { return element.textContent; })};
        },
        highlight: highlight,
        clear: clear,
        marked: function () {
            return Array.prototype.map.call(document.querySelectorAll('mark.ck-reading'),
                                            function (mark) { return mark.textContent; }).join('');
        }
    };
})();
