// The parsed feed as compact bytes, for handing a model from one Wasm instance to another: the
// parse worker (web/parse-worker.mjs) parses off the page's main thread and sends this; the
// app's module rebuilds the same fv::Feed from it. Every field of the model survives, schedule
// hints included (feed_to_json's schema leaves some out).
//
// Why bytes and not the feed JSON: rebuilding the model from this is a bounds-checked copy of
// each string, several times faster than parsing JSON (figures in docs/performance.md), and it
// runs on the main thread.
//
// Layout: a sequence of parts, each a 32-bit little-endian length then that many bytes. The
// first part is the feed without its items (and the item count); each following part holds a
// run of items, at most about `part_bytes` long, so the receiver can rebuild a large feed a part
// per task and never block the page for long. Strings are a 32-bit length then UTF-8 bytes.
// Each item is followed by its text's search key (core/view/headline_rows.h text_search_key),
// or an empty string: the worker folds it so the page's main thread does not have to.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"

namespace fv::handover {

constexpr std::size_t kDefaultPartBytes = std::size_t(256) << 10;

// The whole feed as framed parts (header part first). `text_keys`, when given, holds one search
// key per item (others are sent empty).
std::string encode_feed(const Feed& feed, std::size_t part_bytes = kDefaultPartBytes,
                        const std::vector<std::string>* text_keys = nullptr);

// Rebuilds a feed one part at a time. Any malformed part (truncated, wrong magic, lengths past
// the end, more items than announced) makes add() return false and the decoder failed for good.
class FeedDecoder {
 public:
  bool add(std::string_view part);
  bool failed() const { return failed_; }
  // The header and every announced item have arrived.
  bool complete() const { return have_header_ && !failed_ && feed_.items.size() == expected_items_; }
  std::size_t expected_items() const { return expected_items_; }
  Feed take() { return std::move(feed_); }
  // The items rebuilt so far, and one text search key per item (empty when the sender sent
  // none: the receiver may fold them a part at a time, view::fill_text_keys).
  const std::vector<Item>& items() const { return feed_.items; }
  std::vector<std::string>& text_keys() { return text_keys_; }
  std::vector<std::string> take_text_keys() { return std::move(text_keys_); }

 private:
  Feed feed_;
  std::vector<std::string> text_keys_;
  std::size_t expected_items_ = 0;
  bool have_header_ = false;
  bool failed_ = false;
};

// Splits framed bytes into their parts; false when the framing is broken.
bool split_parts(std::string_view framed, std::vector<std::string_view>& parts);

// encode_feed's inverse in one call: false (and `out` untouched) unless it is a complete feed.
bool decode_feed(std::string_view framed, Feed& out);

}  // namespace fv::handover
