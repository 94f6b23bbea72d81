// OPML import on any bytes: a refusal is one line; an import stays within max_depth and
// max_outlines, holds valid UTF-8 only, keeps no script-capable URL, converts to valid JSON,
// and exporting it then importing the export gives the same tree back.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/opml/opml.h"
#include "core/text/utf8.h"
#include "fuzz_checks.h"

namespace {

using fv::opml::Outline;

std::size_t depth_of(const std::vector<Outline>& outlines) {
  std::size_t d = 0;
  for (const Outline& o : outlines) d = std::max(d, 1 + depth_of(o.children));
  return d;
}

std::size_t count_of(const std::vector<Outline>& outlines) {
  std::size_t n = 0;
  for (const Outline& o : outlines) n += 1 + count_of(o.children);
  return n;
}

void check_outlines(const std::vector<Outline>& outlines) {
  for (const Outline& o : outlines) {
    for (const std::string* s : {&o.text, &o.title, &o.type, &o.xml_url, &o.html_url,
                                 &o.description, &o.language})
      FV_FUZZ_CHECK(fv::text::is_valid_utf8(*s), "invalid UTF-8 in an outline");
    for (const std::string* u : {&o.xml_url, &o.html_url}) {
      std::string scheme = fv::fuzz::browser_scheme(*u);
      FV_FUZZ_CHECK(scheme != "javascript" && scheme != "vbscript" && scheme != "data",
                    "outline URL with scheme " + scheme + ": " + *u);
    }
    check_outlines(o.children);
  }
}

// The parts of a tree that must survive export → import.
std::string shape(const std::vector<Outline>& outlines) {
  std::string s;
  for (const Outline& o : outlines) {
    s += "(" + o.text + "|" + o.xml_url + "|" + o.html_url + shape(o.children) + ")";
  }
  return s;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fv::opml::ImportOptions options;
  options.max_depth = 16;
  options.max_outlines = 2000;
  fv::opml::ImportResult r =
      fv::opml::import_opml(std::string_view(reinterpret_cast<const char*>(data), size), options);
  if (!r.ok) {
    FV_FUZZ_CHECK(!r.error.empty(), "refusal without an error message");
    FV_FUZZ_CHECK(r.error.find('\n') == std::string::npos, r.error);
    FV_FUZZ_CHECK(fv::text::is_valid_utf8(r.error), r.error);
    return 0;
  }
  const fv::opml::Document& doc = r.document;
  FV_FUZZ_CHECK(depth_of(doc.outlines) <= options.max_depth, "deeper than max_depth");
  FV_FUZZ_CHECK(count_of(doc.outlines) <= options.max_outlines, "more than max_outlines");
  FV_FUZZ_CHECK(fv::text::is_valid_utf8(doc.title), "invalid UTF-8 in the title");
  for (const auto& w : doc.warnings) FV_FUZZ_CHECK(fv::text::is_valid_utf8(w), "invalid UTF-8 in a warning");
  check_outlines(doc.outlines);

  std::string json = fv::opml::to_json(doc, -1);
  auto parsed = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
  FV_FUZZ_CHECK(!parsed.is_discarded() && parsed.is_object(), json);

  std::string exported = fv::opml::export_opml(doc);
  fv::opml::ImportResult again = fv::opml::import_opml(exported, options);
  FV_FUZZ_CHECK(again.ok, "export does not import: " + again.error + "\n" + exported);
  FV_FUZZ_CHECK(shape(again.document.outlines) == shape(doc.outlines),
                "export → import changed the tree:\n" + shape(doc.outlines) + "\n" +
                    shape(again.document.outlines) + "\n--- export:\n" + exported);
  return 0;
}
