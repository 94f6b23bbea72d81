// Invariants the fuzz targets check on every output, beyond "did not crash". A broken invariant
// prints what and where, then aborts, so libFuzzer saves the input as a crash-* file.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/model.h"

namespace fv::fuzz {

[[noreturn]] void fail(const char* what, std::string_view detail, const char* file, int line);

// "" when `html` has the shape sanitize_html promises (only allow-listed elements, no on*
// or style attributes, URL attributes http/https/mailto or relative, '<' only in tags, no
// comments or declarations), else what is wrong. URL schemes are read as a browser would:
// character references decoded, leading C0 controls and spaces stripped, tabs/newlines removed.
std::string sanitized_html_problem(std::string_view html);

// A looser check for HTML we generate ourselves (the export body): read as a browser would,
// no script-running elements, no on* attributes, no script-capable URL in href/src/action.
std::string html_body_problem(std::string_view html);

// "" when every string of the feed is valid UTF-8, links are empty or http(s), titles are one
// line, summaries and contents pass sanitized_html_problem, enclosure lengths are not negative.
std::string feed_problem(const Feed& feed, std::size_t max_items);

// The scheme a browser would see in attribute value `v` (already entity-decoded), lower-case,
// "" for a relative reference.
std::string browser_scheme(std::string_view v);

}  // namespace fv::fuzz

#define FV_FUZZ_CHECK(cond, detail)                                               \
  do {                                                                            \
    if (!(cond)) ::fv::fuzz::fail(#cond, (detail), __FILE__, __LINE__);           \
  } while (0)
