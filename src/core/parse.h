// The one entry point from bytes to the feed model: sniffs the format from the content,
// decodes the encoding, parses leniently and adapts into fv::Feed.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/model.h"

namespace fv {

struct ParseOptions {
  std::string base_url;      // where the bytes came from; resolves relative links
  std::string content_type;  // the HTTP Content-Type header, if any (its charset counts)
  std::size_t max_bytes = std::size_t(64) << 20;
  std::size_t max_items = 200000;
  std::size_t max_depth = 1024;
};

struct ParseResult {
  bool ok = false;
  std::string error;  // one line, for people, when !ok ("not a feed: HTML page", …)
  Feed feed;
};

ParseResult parse_feed(std::string_view bytes, const ParseOptions& options = {});

}  // namespace fv
