#include "core/identity/identity.h"

#include <unordered_map>

namespace fv::identity {
namespace {

template <typename T>
void fill(T& into, const T& from) {
  if (into.empty()) into = from;
}

void fill_time(UnixTime& into, const UnixTime& from) {
  if (!into) into = from;
}

void merge_into(Item& first, const Item& dup) {
  fill(first.title, dup.title);
  fill(first.link, dup.link);
  fill_time(first.published, dup.published);
  fill_time(first.updated, dup.updated);
  if (first.author.empty()) first.author = dup.author;
  for (const auto& a : dup.authors) {
    bool seen = false;
    for (const auto& b : first.authors) seen = seen || (a.name == b.name && a.email == b.email);
    if (!seen) first.authors.push_back(a);
  }
  fill(first.summary, dup.summary);
  fill(first.content, dup.content);
  fill(first.text, dup.text);
  for (const auto& c : dup.categories) {
    bool seen = false;
    for (const auto& d : first.categories) seen = seen || c == d;
    if (!seen) first.categories.push_back(c);
  }
  for (const auto& e : dup.enclosures) {
    bool seen = false;
    for (const auto& f : first.enclosures) seen = seen || e.url == f.url;
    if (!seen) first.enclosures.push_back(e);
  }
  fill(first.image, dup.image);
  fill(first.comments, dup.comments);
  fill(first.language, dup.language);
  if (first.source.title.empty() && first.source.url.empty()) first.source = dup.source;
  if (first.related.empty()) first.related = dup.related;
}

}  // namespace

std::uint64_t fnv1a64(std::string_view s, std::uint64_t h) {
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

std::string hex64(std::uint64_t v) {
  static const char* kHex = "0123456789abcdef";
  std::string out(16, '0');
  for (int i = 15; i >= 0; --i, v >>= 4) out[std::size_t(i)] = kHex[v & 15];
  return out;
}

std::size_t assign_ids_and_merge(std::vector<Item>& items) {
  std::unordered_map<std::string, std::size_t> by_id;
  // Guid-less items: does any other guid-less item share the link under another title? Decided
  // over the whole document first, so an item's id does not depend on the order of the items
  // (a new item added above it on the next fetch must not take its id).
  struct LinkUse {
    std::uint64_t title_hash;
    bool shared;
  };
  std::unordered_map<std::string, LinkUse> link_use;
  for (const Item& item : items) {
    if (!item.id.empty() || item.link.empty()) continue;
    const std::uint64_t title_hash = fnv1a64(item.title);
    auto [it, inserted] = link_use.emplace(item.link, LinkUse{title_hash, false});
    if (!inserted && it->second.title_hash != title_hash) it->second.shared = true;
  }
  by_id.reserve(items.size() * 2);
  std::vector<Item> kept;
  kept.reserve(items.size());
  std::size_t merged = 0;
  for (Item& item : items) {
    if (item.id.empty()) {
      std::uint64_t title_hash = fnv1a64(item.title);
      if (!item.link.empty()) {
        item.id = item.link;
        if (link_use[item.link].shared) item.id += "#" + hex64(title_hash).substr(0, 8);
      } else {
        std::uint64_t h = fnv1a64(item.summary.empty() ? item.content : item.summary,
                                  fnv1a64("\n", title_hash));
        item.id = "urn:fv:" + hex64(h);
      }
    }
    auto found = by_id.find(item.id);
    if (found != by_id.end()) {
      merge_into(kept[found->second], item);
      ++merged;
      continue;
    }
    by_id.emplace(item.id, kept.size());
    kept.push_back(std::move(item));
  }
  items = std::move(kept);
  return merged;
}

}  // namespace fv::identity
