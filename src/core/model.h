// feedview's one feed model. Every wire format (RSS 0.9x/1.0/2.0, Atom, JSON Feed) is adapted
// into these structs at one boundary (src/core/formats/*); nothing downstream — the dashboard,
// export, stories — ever sees a pugixml node or a JSON value.
//
// Conventions: strings are valid UTF-8; "absent" is an empty string / empty optional; times are
// seconds since the Unix epoch, UTC.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/refresh/schedule_hints.h"

namespace fv {

using UnixTime = std::optional<std::int64_t>;

enum class Format {
  Unknown,
  Rss090, Rss091n, Rss091u, Rss092, Rss093, Rss094, Rss10, Rss20, Rss,  // Rss: version unknown
  Atom03, Atom10, Atom,                                                   // Atom: version unknown
  Json10, Json11,
};

// "rss20", "atom10", "json11", … as printed by `feedview parse`.
std::string_view format_name(Format f);

struct Person {
  std::string name, email, uri;
  bool empty() const { return name.empty() && email.empty() && uri.empty(); }
};

struct Image {
  std::string url, title, link;
};

struct Enclosure {
  std::string url, type;
  std::optional<std::int64_t> length;  // bytes; absent when missing, negative or absurd
};

// Where an item says it came from (RSS <source url>, Atom <source>).
struct SourceRef {
  std::string title, url;
};

// One entry of an explicit story cluster, e.g. Google News' related-articles list.
struct Related {
  std::string title, link, source;
};

struct Item {
  std::string id;  // stable: guid/id, else derived from link and title
  std::string title;  // plain text
  std::string link;   // absolute http(s) URL or empty
  UnixTime published, updated;
  Person author;                  // first author
  std::vector<Person> authors;    // all authors
  std::string summary;            // sanitized HTML
  std::string content;            // sanitized HTML
  std::string text;               // plain text of content (or summary), structure kept
  std::vector<std::string> categories;
  std::vector<Enclosure> enclosures;
  std::string image;              // best thumbnail/image URL
  std::string comments;
  std::string language;
  SourceRef source;
  std::vector<Related> related;
};

struct Feed {
  Format format = Format::Unknown;
  std::string encoding;             // lower-case name of the encoding the bytes were in
  bool bozo = false;                // the document was not well-formed; see warnings
  // The document ended before its elements were closed (a download cut short) or could be read
  // only up to an error: items after that point may be missing. A refresh that delivers such a
  // feed keeps the items it lacks (core/refresh/item_merge.h).
  bool truncated = false;
  std::vector<std::string> warnings;
  std::string title, subtitle, link, id, language, rights, generator;
  UnixTime updated, published;
  Person author;
  Image image;
  std::string icon;
  refresh::ScheduleHints schedule;  // RSS <ttl>, <skipHours>, <skipDays>: how often to poll
  std::vector<Item> items;
};

}  // namespace fv
