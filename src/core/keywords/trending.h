// Trending terms over all loaded headlines, for the dashboard's keyword chart.
//
// All loaded headlines together form one document whose term counts are decayed by age
// (weight 2^(-age / half_life) per headline), scored against the loaded set as background:
//     score(term) = sum over headlines containing it of decay(age) * idf(term)
// with idf as in tags.h. A term must appear in at least `min_headlines` headlines to trend.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"

namespace fv::keywords {

struct Headline {
  std::string_view text;      // headline without source suffix (see headline.h)
  std::string_view language;  // hint, may be empty
  UnixTime time;              // absent counts as "now"
};

struct TrendingOptions {
  double half_life_hours = 24;
  std::size_t limit = 20;
  std::size_t min_headlines = 2;
};

struct TrendingTerm {
  std::string term;        // the most frequent case-folded surface form of the term
  double score = 0;
  std::size_t headlines = 0;  // how many headlines contain it
  std::string key;            // the match key (words.h) shared by its inflected forms
  std::vector<std::size_t> members;  // indices of the input headlines containing it, ascending
};

// Highest score first; ties by more headlines, then alphabetically.
std::vector<TrendingTerm> trending_terms(const std::vector<Headline>& headlines, std::int64_t now,
                                         const TrendingOptions& options = {});

// Indices of the headlines with a word whose match key is `key` (the slow path behind a keyword
// filter whose term is no longer among the top trending ones).
std::vector<std::size_t> headlines_with_key(const std::vector<Headline>& headlines,
                                            const std::string& key);

}  // namespace fv::keywords
