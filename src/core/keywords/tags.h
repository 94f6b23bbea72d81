// Per-item tags: the few words that best describe a headline.
//
// Scoring (documented in docs/export.md, "Tags"): candidates are the headline's content words
// (stop words of its language, single letters and pure numbers dropped; the " - Source" suffix
// is not part of the headline). Each candidate scores
//     idf(word) * ln(1 + length(word))
// where idf = ln((1 + N) / (1 + df)) + 1 is the smoothed inverse document frequency of the
// word's match key over the N loaded headlines (TermStats) — words every headline shares sink —
// and the length factor is a specificity prior standing in for a background corpus we do not
// ship: long words are rarer in running text (Zipf's law of abbreviation), so among words equally
// rare in the loaded set the longer one is more telling. Ties keep headline order; a word whose
// key repeats appears once. Tags are shown case-folded ("ukraine").
//
// Over the bundled Google News sample this gives the reference item
// ("US backs security guarantees for Ukraine at summit of Kyiv's allies in Paris") the tags
// guarantees, security, ukraine, summit, allies — computed, not looked up (tests/core/keywords).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace fv::keywords {

// Document frequencies of match keys over a set of headlines (one document per headline).
class TermStats {
 public:
  void add(std::string_view headline, std::string_view language_hint = {});
  std::size_t documents() const { return documents_; }
  std::size_t document_frequency(const std::string& key) const;
  double idf(const std::string& key) const;

 private:
  std::size_t documents_ = 0;
  std::unordered_map<std::string, std::size_t> df_;
};

struct Tag {
  std::string term;  // case-folded surface form, e.g. "guarantees"
  double score = 0;
};

std::vector<Tag> score_tags(std::string_view headline, const TermStats& stats,
                            std::size_t max_tags = 5, std::string_view language_hint = {});

// Just the terms of score_tags.
std::vector<std::string> tags_for(std::string_view headline, const TermStats& stats,
                                  std::size_t max_tags = 5, std::string_view language_hint = {});

}  // namespace fv::keywords
