// Web addresses written in articles and in the configuration: which ones a
// visitor's phone can open, and which are placeholders nobody should see.
#pragma once

#include <QUrl>

namespace WebAddress {
// http or https with a host: what a phone opens from a QR code.
bool isWebAddress(const QUrl &url);
// example.com, example.org, example.net and their sub-domains (RFC 2606):
// reserved for documentation, so a link there is a leftover placeholder.
bool isPlaceholder(const QUrl &url);
}
