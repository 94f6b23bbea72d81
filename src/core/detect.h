// Format detection from the content alone: what kind of document the bytes hold, and which feed
// format and version an XML root or a JSON object is. Nothing else in core decides this.
#pragma once

#include <string>
#include <string_view>

#include "core/model.h"
#include "pugixml.hpp"

namespace fv {

enum class DocumentKind { Empty, Xml, Json, Html, Text };

// Looks at the first significant characters of UTF-8 text (BOM and whitespace skipped).
DocumentKind sniff_document(std::string_view utf8);

// The feed format of a parsed XML document, Format::Unknown when it is no feed. `head` is the
// text before the root element (a DOCTYPE tells RSS 0.91 Netscape from UserLand).
Format detect_xml_format(const pugi::xml_document& doc, std::string_view head);

// JSON Feed version from the top-level "version" string, Format::Unknown when it is not one.
Format detect_json_feed_version(std::string_view version);

// "not a feed: HTML page" and friends, for a document that is no feed.
std::string describe_non_feed(DocumentKind kind, const pugi::xml_document* doc);

}  // namespace fv
