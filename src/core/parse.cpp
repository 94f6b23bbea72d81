// parse_feed: bytes → fv::Feed. The only place that knows the order of the steps:
// bounds → encoding → what kind of document → lenient XML / JSON → format reader → identity.
#include "core/parse.h"

#include "core/bounds/bounds.h"
#include "core/detect.h"
#include "core/encoding/decode.h"
#include "core/formats/atom/atom.h"
#include "core/formats/common/adapt.h"
#include "core/formats/jsonfeed/jsonfeed.h"
#include "core/formats/rdf/rdf.h"
#include "core/formats/rss/rss.h"
#include "core/formats/xml/load.h"
#include "core/formats/xml/namespaces.h"
#include "core/identity/identity.h"

namespace fv {
namespace {

ParseResult fail(std::string error) {
  ParseResult r;
  r.error = std::move(error);
  return r;
}

bool is_rss(Format f) {
  return f == Format::Rss091n || f == Format::Rss091u || f == Format::Rss092 ||
         f == Format::Rss093 || f == Format::Rss094 || f == Format::Rss20 || f == Format::Rss;
}

// The text before the root element's start tag (declaration, comments, DOCTYPE).
std::string_view head_of(std::string_view s) {
  std::size_t i = 0;
  while ((i = s.find('<', i)) != std::string_view::npos) {
    if (i + 1 < s.size() && s[i + 1] != '?' && s[i + 1] != '!') return s.substr(0, i);
    ++i;
  }
  return s;
}

}  // namespace

ParseResult parse_feed(std::string_view bytes, const ParseOptions& options) {
  if (std::string err = bounds::check_size(bytes.size(), options.max_bytes); !err.empty())
    return fail(err);

  encoding::Decoded decoded =
      encoding::to_utf8(bytes, encoding::charset_from_content_type(options.content_type));
  ParseResult result;
  Feed& feed = result.feed;
  feed.encoding = decoded.encoding;
  if (!decoded.warning.empty()) {
    feed.bozo = true;
    feed.warnings.push_back(decoded.warning);
  }
  adapt::Context ctx;
  ctx.warnings = &feed.warnings;
  ctx.max_depth = options.max_depth;
  bool complete = true;

  DocumentKind kind = sniff_document(decoded.utf8);
  if (kind == DocumentKind::Json) {
    if (bounds::json_depth(decoded.utf8, options.max_depth) > options.max_depth)
      return fail(bounds::depth_error(options.max_depth));
    std::string err = jsonfeed::parse_document(decoded.utf8, options.base_url, options.max_items,
                                               ctx, feed, complete);
    if (!err.empty()) return fail(err);
  } else if (kind != DocumentKind::Xml) {
    return fail(describe_non_feed(kind, nullptr));
  } else {
    xml::LoadedXml loaded;
    xml::load_lenient(decoded.utf8, loaded);
    if (!loaded.ok()) {
      std::string why = describe_non_feed(DocumentKind::Xml, nullptr);
      if (!loaded.warnings.empty()) why = "not a feed: unreadable XML (" + loaded.warnings.back() + ")";
      return fail(why);
    }
    feed.format = detect_xml_format(loaded.doc, head_of(decoded.utf8));
    if (feed.format == Format::Unknown) return fail(describe_non_feed(DocumentKind::Xml, &loaded.doc));
    if (loaded.bozo) feed.bozo = true;
    if (loaded.truncated) feed.truncated = true;
    for (auto& w : loaded.warnings) feed.warnings.push_back(std::move(w));

    pugi::xml_node root = loaded.doc.document_element();
    xml::NsContext ns;
    ns.add(root);
    if (is_rss(feed.format)) {
      complete = rss::parse_document(root, ns, options.base_url, options.max_items, ctx, feed);
    } else if (feed.format == Format::Rss10 || feed.format == Format::Rss090) {
      complete = rdf::parse_document(root, ns, options.base_url, options.max_items, ctx, feed);
    } else {
      complete = atom::parse_document(root, ns, options.base_url, options.max_items, ctx, feed);
    }
  }
  if (ctx.depth_exceeded) return fail(bounds::depth_error(options.max_depth));
  if (!complete) feed.warnings.push_back(bounds::items_warning(options.max_items));

  std::size_t merged = identity::assign_ids_and_merge(feed.items);
  if (merged)
    feed.warnings.push_back(std::to_string(merged) + " duplicate item" + (merged > 1 ? "s" : "") +
                            " merged");
  result.ok = true;
  return result;
}

}  // namespace fv
