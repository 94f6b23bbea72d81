// parse_feed on any bytes (RSS, Atom, RDF, JSON Feed, or none): the model it returns keeps its
// promises (valid UTF-8, http(s) links, sanitized HTML, bounded items) and feed_to_json of it
// is valid JSON; a refusal is one non-empty line.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/feed_json.h"
#include "core/parse.h"
#include "core/text/utf8.h"
#include "fuzz_checks.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  fv::ParseOptions options;
  options.base_url = "https://example.org/feeds/main.xml";
  options.max_items = 500;
  options.max_depth = 256;
  fv::ParseResult r = fv::parse_feed(bytes, options);
  if (!r.ok) {
    FV_FUZZ_CHECK(!r.error.empty(), "refusal without an error message");
    FV_FUZZ_CHECK(r.error.find('\n') == std::string::npos, r.error);
    FV_FUZZ_CHECK(fv::text::is_valid_utf8(r.error), r.error);
    return 0;
  }
  std::string problem = fv::fuzz::feed_problem(r.feed, options.max_items);
  FV_FUZZ_CHECK(problem.empty(), problem);
  std::string json = fv::feed_to_json(r.feed, -1);
  FV_FUZZ_CHECK(fv::text::is_valid_utf8(json), "feed_to_json output is not valid UTF-8");
  auto parsed = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
  FV_FUZZ_CHECK(!parsed.is_discarded() && parsed.is_object(), json);
  return 0;
}
