#include "core/stories/story_index.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "core/keywords/headline.h"
#include "core/keywords/stopwords.h"
#include "core/keywords/words.h"
#include "core/url/url.h"

namespace fv::stories {
namespace {

constexpr double kSameArticleSimilarity = 0.8;

}  // namespace

std::string_view reason_name(Reason r) {
  switch (r) {
    case Reason::Explicit: return "explicit";
    case Reason::SameLink: return "same-link";
    case Reason::SameGuid: return "same-guid";
    case Reason::SimilarHeadline: return "similar-headline";
    case Reason::None: break;
  }
  return "none";
}

StoryIndex::StoryIndex(StoryOptions options) : options_(options) {
  options_.threshold = std::max(options_.threshold, options_.candidate_floor);
}

EntryId StoryIndex::add(std::string_view feed_id, const Item& item, std::string_view language_hint) {
  if (!item.id.empty()) {
    auto known = by_feed_item_.find(std::string(feed_id) + '\n' + item.id);
    if (known != by_feed_item_.end()) return known->second;
  }
  Entry e;
  e.feed_id = std::string(feed_id);
  e.item_id = item.id;
  e.title = std::string(keywords::headline_of(item));
  e.link = item.link;
  e.time = item.published ? item.published : item.updated;
  e.language = std::string(language_hint.empty() ? std::string_view(item.language) : language_hint);
  e.lists_related = !item.related.empty();
  e.source = item.source.title;
  const std::string item_link_key = url::normalize_for_identity(item.link);
  for (const Related& r : item.related)
    if (e.source.empty() && !r.source.empty() && url::normalize_for_identity(r.link) == item_link_key)
      e.source = r.source;  // Google News names the outlet in the item's own related entry
  if (e.source.empty()) e.source = url::host(item.link);
  if (e.source.empty()) e.source = e.feed_id;
  const std::string hint = e.language;

  EntryId id = add_entry(std::move(e));
  if (!item.id.empty()) {
    by_feed_item_[std::string(feed_id) + '\n' + item.id] = id;
    auto [it, inserted] = by_guid_.emplace(item.id, id);
    if (!inserted && entries_[it->second].feed_id != entries_[id].feed_id)
      link(it->second, id, Reason::SameGuid, 1.0);
  }
  index_headline(id);

  for (const Related& r : item.related) {
    if (!item_link_key.empty() && url::normalize_for_identity(r.link) == item_link_key) continue;
    Entry re;
    re.feed_id = entries_[id].feed_id;
    re.title = r.title;
    re.link = r.link;
    re.source = r.source.empty() ? url::host(r.link) : r.source;
    re.language = hint;
    re.time = entries_[id].time;
    re.related = true;
    re.parent = id;
    EntryId rid = add_entry(std::move(re));
    link(id, rid, Reason::Explicit, 1.0);
    index_headline(rid);
  }
  return id;
}

EntryId StoryIndex::add_entry(Entry e) {
  EntryId id = entries_.size();
  e.source_key = keywords::fold(e.source, false);
  std::string link_key = url::normalize_for_identity(e.link);
  entries_.push_back(std::move(e));
  terms_.emplace_back();
  parent_.push_back(id);
  seen_stamp_.push_back(0);
  if (!link_key.empty()) {
    auto [it, inserted] = by_link_.emplace(link_key, id);
    if (!inserted) link(it->second, id, Reason::SameLink, 1.0);
  }
  return id;
}

void StoryIndex::index_headline(EntryId id) {
  Entry& e = entries_[id];
  std::vector<keywords::Word> words = keywords::split_words(e.title);
  std::string language = keywords::guess_language(words, e.language);
  e.language = language;
  Terms& t = terms_[id];
  {
    std::vector<std::pair<std::uint32_t, std::string>> terms;
    for (auto& w : keywords::content_words(std::move(words), language)) {
      auto [it, inserted] = term_ids_.emplace(w.key, static_cast<std::uint32_t>(term_ids_.size()));
      if (inserted) document_frequency_.push_back(0);
      terms.emplace_back(it->second, std::move(w.folded));
    }
    std::stable_sort(terms.begin(), terms.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    for (auto& p : terms) {
      if (!t.ids.empty() && t.ids.back() == p.first) continue;
      t.ids.push_back(p.first);
      t.folded.push_back(std::move(p.second));
    }
  }
  if (t.ids.empty()) return;
  for (std::uint32_t term : t.ids) ++document_frequency_[term];

  std::vector<std::uint64_t> hashes;
  for (std::uint32_t term : t.ids) hashes.push_back(term_hash(term));
  auto keys = band_keys(minhash(hashes));

  // Candidates: earlier entries sharing any band bucket, each checked once.
  if (++stamp_ == 0) {
    std::fill(seen_stamp_.begin(), seen_stamp_.end(), 0);
    stamp_ = 1;
  }
  seen_stamp_[id] = stamp_;
  for (std::uint64_t key : keys) {
    std::vector<EntryId>& bucket = buckets_[key];
    std::size_t scanned = 0;
    for (auto it = bucket.rbegin(); it != bucket.rend() && scanned < options_.max_bucket_scan; ++it) {
      EntryId other = *it;
      if (seen_stamp_[other] == stamp_) continue;
      seen_stamp_[other] = stamp_;
      ++scanned;
      const Entry& o = entries_[other];
      if (!within_window(e, o)) continue;
      // One feed's headlines are separate articles by construction (an aggregator feed has
      // already grouped its own); one outlet's headlines in two feeds join only as the same
      // article, i.e. nearly identical.
      if (o.feed_id == e.feed_id) continue;
      std::size_t shared = 0;
      double s = similarity(t, terms_[other], &shared);
      if (o.source_key == e.source_key && s < kSameArticleSimilarity) continue;
      if (shared >= options_.min_shared_terms && s >= options_.candidate_floor)
        link(other, id, Reason::SimilarHeadline, s);
    }
    bucket.push_back(id);
  }
}

void StoryIndex::link(EntryId a, EntryId b, Reason reason, double similarity) {
  edges_.push_back({a, b, reason, similarity});
  if (reason != Reason::SimilarHeadline || similarity >= options_.threshold) unite(a, b);
}

EntryId StoryIndex::find(EntryId id) const {
  while (parent_[id] != id) {
    parent_[id] = parent_[parent_[id]];
    id = parent_[id];
  }
  return id;
}

void StoryIndex::unite(EntryId a, EntryId b) {
  a = find(a);
  b = find(b);
  if (a == b) return;
  // The smaller id stays root: keys are stable under later additions to a story.
  if (b < a) std::swap(a, b);
  parent_[b] = a;
}

EntryId StoryIndex::story_key(EntryId id) const { return find(id); }

void StoryIndex::set_threshold(double threshold) {
  options_.threshold = std::max(threshold, options_.candidate_floor);
  for (EntryId i = 0; i < parent_.size(); ++i) parent_[i] = i;
  for (const Edge& e : edges_)
    if (e.reason != Reason::SimilarHeadline || e.similarity >= options_.threshold) unite(e.a, e.b);
}

double StoryIndex::idf(std::uint32_t term) const {
  return std::log((1.0 + double(entries_.size())) / (1.0 + double(document_frequency_[term]))) + 1.0;
}

double StoryIndex::similarity(const Terms& a, const Terms& b, std::size_t* shared) const {
  double inter = 0, uni = 0;
  std::size_t n = 0, i = 0, j = 0;
  while (i < a.ids.size() || j < b.ids.size()) {
    if (j == b.ids.size() || (i < a.ids.size() && a.ids[i] < b.ids[j])) {
      uni += idf(a.ids[i++]);
    } else if (i == a.ids.size() || b.ids[j] < a.ids[i]) {
      uni += idf(b.ids[j++]);
    } else {
      double w = idf(a.ids[i]);
      inter += w;
      uni += w;
      ++n, ++i, ++j;
    }
  }
  if (shared) *shared = n;
  return uni > 0 ? inter / uni : 0.0;
}

bool StoryIndex::within_window(const Entry& a, const Entry& b) const {
  if (!a.time || !b.time) return true;
  return std::llabs(*a.time - *b.time) <= options_.window_seconds;
}

std::vector<Story> StoryIndex::stories() const {
  std::unordered_map<EntryId, std::size_t> slot;
  std::vector<Story> out;
  for (EntryId id = 0; id < entries_.size(); ++id) {
    auto [it, inserted] = slot.emplace(find(id), out.size());
    if (inserted) out.emplace_back();
    out[it->second].members.push_back(id);
  }
  for (Story& s : out) {
    std::unordered_set<std::string> sources;
    bool explicit_lead = false;
    s.lead = s.members.front();
    for (EntryId id : s.members) {
      const Entry& e = entries_[id];
      sources.insert(e.source_key);
      if (e.time) {
        if (!s.first_seen || *e.time < *s.first_seen) s.first_seen = e.time;
        if (!s.last_seen || *e.time > *s.last_seen) s.last_seen = e.time;
      }
      // The item that brought the explicit cluster leads; otherwise the earliest item.
      const Entry& lead = entries_[s.lead];
      bool better;
      if (e.lists_related != explicit_lead) better = e.lists_related;
      else if (e.related != lead.related) better = !e.related;
      else better = e.time && (!lead.time || *e.time < *lead.time);
      if (better) {
        s.lead = id;
        explicit_lead = e.lists_related;
      }
    }
    s.source_count = sources.size();
  }
  std::stable_sort(out.begin(), out.end(), [](const Story& a, const Story& b) {
    if (a.source_count != b.source_count) return a.source_count > b.source_count;
    return a.last_seen.value_or(INT64_MIN) > b.last_seen.value_or(INT64_MIN);
  });
  return out;
}

Explanation StoryIndex::explain(EntryId a, EntryId b) const {
  Explanation x;
  if (a >= entries_.size() || b >= entries_.size()) return x;
  x.same_story = find(a) == find(b);
  for (const Edge& e : edges_) {
    if ((e.a == a && e.b == b) || (e.a == b && e.b == a)) {
      if (x.reason == Reason::None || e.reason < x.reason) x.reason = e.reason;
    }
  }
  x.similarity = similarity(terms_[a], terms_[b], nullptr);
  // Shared words, rarest (most telling) first.
  std::vector<std::pair<double, std::string>> shared;
  const Terms& ta = terms_[a];
  const Terms& tb = terms_[b];
  for (std::size_t i = 0; i < ta.ids.size(); ++i)
    if (std::binary_search(tb.ids.begin(), tb.ids.end(), ta.ids[i]))
      shared.emplace_back(-idf(ta.ids[i]), ta.folded[i]);
  std::sort(shared.begin(), shared.end());
  for (auto& s : shared) x.shared_terms.push_back(std::move(s.second));
  return x;
}

std::vector<StoryLink> StoryIndex::links(const Story& story) const {
  std::vector<StoryLink> out;
  if (story.members.empty()) return out;
  const EntryId root = find(story.members.front());
  for (const Edge& e : edges_) {
    if (e.reason == Reason::SimilarHeadline && e.similarity < options_.threshold) continue;
    if (find(e.a) == root) out.push_back({e.a, e.b, e.reason, e.similarity});
  }
  return out;
}

std::optional<EntryId> StoryIndex::find_item(std::string_view feed_id, std::string_view item_id) const {
  auto it = by_feed_item_.find(std::string(feed_id) + '\n' + std::string(item_id));
  if (it == by_feed_item_.end()) return std::nullopt;
  return it->second;
}

}  // namespace fv::stories
