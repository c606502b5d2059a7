// Opening the next article in the page already shown, run by the kiosk in its
// own script world. A new document costs Chromium a navigation, a parse of the
// whole page, a style recalculation from nothing and a first paint; the
// article's <main> swapped in place costs a fraction of that, so the article
// is on screen within a frame or two of the tap. The page comes from the same
// code that answers a request for it; nothing in it runs (it is parsed inert,
// and the page's policy forbids scripts anyway), and everything it loads
// still goes through the kiosk's own scheme and its checks.
//
// The document keeps the address it was loaded with: our scheme is local, so
// its pages have no origin of their own and history.replaceState refuses to
// change it. The links and images of the new article are therefore made
// absolute against its own address, as a load would have resolved them.
// Returns false when the shown page is not an article, so that the kiosk
// loads the new one instead.
var ckShowInPlace = ckShowInPlace || function (html, address) {
    'use strict';
    var shown = document.querySelector('body > main');
    var next = new DOMParser().parseFromString(html, 'text/html');
    var nextMain = next.querySelector('body > main');
    if (!shown || !nextMain)
        return false;
    var linked = nextMain.querySelectorAll('[href], [src]');
    for (var i = 0; i < linked.length; ++i) {
        ['href', 'src'].forEach(function (name) {
            var value = linked[i].getAttribute(name);
            if (value !== null)
                linked[i].setAttribute(name, new URL(value, address).href);
        });
    }
    document.documentElement.lang = next.documentElement.lang;
    document.documentElement.className = next.documentElement.className;
    shown.replaceWith(document.adoptNode(nextMain));
    window.scrollTo(0, 0);
    document.title = next.title;
    return true;
};
