// OPML 1.0 / 2.0 subscription lists: import into a tree (folders nested as written), export
// back to OPML, and the outline as JSON (`feedview opml`). Leniency as for feeds: the same
// pre-clean and repair of ill-formed XML, reported as warnings.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"

namespace fv::opml {

struct Outline {
  std::string text, title, type;  // type: "rss", "atom", "link", … as written ("" when none)
  std::string xml_url, html_url, description, language;
  std::vector<Outline> children;
  // A subscription: it names a feed. Anything else with children is a folder.
  bool is_feed() const { return !xml_url.empty(); }
};

struct Document {
  std::string version;  // "1.0", "1.1", "2.0" as written
  std::string title, owner_name, owner_email;
  UnixTime date_created, date_modified;
  std::vector<Outline> outlines;
  bool bozo = false;
  std::vector<std::string> warnings;
};

struct ImportOptions {
  std::size_t max_bytes = std::size_t(16) << 20;
  std::size_t max_depth = 64;         // folder nesting
  std::size_t max_outlines = 100000;
};

struct ImportResult {
  bool ok = false;
  std::string error;  // one line ("not an OPML document: …")
  Document document;
};

ImportResult import_opml(std::string_view bytes, const ImportOptions& options = {});

// OPML text of `doc`; version "2.0" (default) or "1.0".
std::string export_opml(const Document& doc, std::string_view version = "2.0");

// The document as JSON; keys absent rather than empty (README, "CLI").
std::string to_json(const Document& doc, int indent = 2);

// Number of subscriptions in the whole tree.
std::size_t count_feeds(const std::vector<Outline>& outlines);

}  // namespace fv::opml
