#include "core/keywords/trending.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <unordered_map>
#include <unordered_set>

#include "core/keywords/stopwords.h"
#include "core/keywords/words.h"

namespace fv::keywords {

std::vector<TrendingTerm> trending_terms(const std::vector<Headline>& headlines, std::int64_t now,
                                         const TrendingOptions& options) {
  struct Acc {
    double decayed = 0;
    std::size_t df = 0;
    std::map<std::string, std::size_t> surfaces;
    std::vector<std::size_t> members;
  };
  std::unordered_map<std::string, Acc> terms;
  const double half_life = std::max(options.half_life_hours, 1e-3) * 3600.0;
  for (std::size_t index = 0; index < headlines.size(); ++index) {
    const Headline& h = headlines[index];
    std::vector<Word> words = split_words(h.text);
    std::string language = guess_language(words, h.language);
    double age = h.time ? std::max<double>(0.0, double(now - *h.time)) : 0.0;
    double weight = std::exp2(-age / half_life);
    std::unordered_set<std::string> seen;
    for (const Word& w : content_words(std::move(words), language)) {
      if (w.numeric) continue;
      Acc& a = terms[w.key];
      ++a.surfaces[w.folded];
      if (!seen.insert(w.key).second) continue;
      a.decayed += weight;
      ++a.df;
      a.members.push_back(index);
    }
  }
  const double n = double(headlines.size());
  std::vector<TrendingTerm> out;
  for (auto& [key, a] : terms) {
    if (a.df < options.min_headlines) continue;
    double idf = std::log((1.0 + n) / (1.0 + double(a.df))) + 1.0;
    auto best = std::max_element(a.surfaces.begin(), a.surfaces.end(),
                                 [](const auto& x, const auto& y) { return x.second < y.second; });
    out.push_back({best->first, a.decayed * idf, a.df, key, std::move(a.members)});
  }
  std::sort(out.begin(), out.end(), [](const TrendingTerm& a, const TrendingTerm& b) {
    if (a.score != b.score) return a.score > b.score;
    if (a.headlines != b.headlines) return a.headlines > b.headlines;
    return a.term < b.term;
  });
  if (out.size() > options.limit) out.resize(options.limit);
  return out;
}

std::vector<std::size_t> headlines_with_key(const std::vector<Headline>& headlines,
                                            const std::string& key) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < headlines.size(); ++i)
    for (const Word& w : split_words(headlines[i].text))
      if (w.key == key) {
        out.push_back(i);
        break;
      }
  return out;
}

}  // namespace fv::keywords
