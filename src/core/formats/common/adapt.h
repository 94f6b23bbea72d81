// Helpers every format adapter shares: turning wire values (strings as the feed wrote them)
// into model values (plain text, sanitized HTML, UTC times, absolute links), with warnings.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"

namespace fv::adapt {

// State an adapter carries through one feed.
struct Context {
  std::vector<std::string>* warnings = nullptr;
  std::size_t max_depth = 1024;
  bool depth_exceeded = false;  // markup nested deeper than max_depth: the parse fails
  std::size_t item_index = 0;   // for warnings ("item 3: …"); 0 = the feed itself
  // Base for items when neither the caller nor xml:base gave one: the feed's own site link,
  // which is where relative links in content are relative to in practice.
  std::string site_base;
  void warn(std::string message);
};

// Titles, names, categories: entities decoded, tags removed, whitespace collapsed.
std::string plain(std::string_view maybe_html);

// A date as the feed wrote it, in UTC; absent plus a warning when unparseable.
UnixTime date(std::string_view raw, Context& ctx, const char* field);

// `ref` resolved against `base`; empty unless the result is an absolute http(s) URL.
std::string link(std::string_view base, std::string_view ref);

// Like link() but also keeps other absolute URLs as written (ids, enclosure URLs may be
// tag:, urn:, ftp:…): for fields where any absolute reference is meaningful.
std::string absolute(std::string_view base, std::string_view ref);

// Byte length of an enclosure: absent when missing, not a number, negative or absurd.
std::optional<std::int64_t> length(std::string_view raw);

// "joe@example.com (Joe Bloggs)", "Joe Bloggs <joe@example.com>", "Joe", "joe@example.com".
Person person_from_text(std::string_view raw);

// Adds unless an enclosure with the same URL is already there (RSS enclosure + media:content
// of the same file is common).
void add_enclosure(Item& item, Enclosure e);
void add_author(Item& item, Person p);
void add_category(std::vector<std::string>& categories, std::string_view raw);

// Fills item.summary, item.content (sanitized, relative URLs resolved against base) and
// item.text (plain text of the content, else of the summary).
void set_html_fields(Item& item, std::string_view summary_html, std::string_view content_html,
                     std::string_view base);

// Plain text escaped as HTML, for fields that are text but the model stores as HTML.
std::string text_as_html(std::string_view text);

}  // namespace fv::adapt
