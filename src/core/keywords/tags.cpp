#include "core/keywords/tags.h"

#include <algorithm>
#include <cmath>
#include <unordered_set>

#include "core/keywords/stopwords.h"
#include "core/keywords/words.h"

namespace fv::keywords {
namespace {

std::vector<Word> candidate_words(std::string_view headline, std::string_view language_hint) {
  std::vector<Word> words = split_words(headline);
  std::string language = guess_language(words, language_hint);
  std::vector<Word> content = content_words(std::move(words), language);
  content.erase(std::remove_if(content.begin(), content.end(), [](const Word& w) { return w.numeric; }),
                content.end());
  return content;
}

}  // namespace

void TermStats::add(std::string_view headline, std::string_view language_hint) {
  ++documents_;
  std::unordered_set<std::string> seen;
  for (const Word& w : candidate_words(headline, language_hint))
    if (seen.insert(w.key).second) ++df_[w.key];
}

std::size_t TermStats::document_frequency(const std::string& key) const {
  auto it = df_.find(key);
  return it == df_.end() ? 0 : it->second;
}

double TermStats::idf(const std::string& key) const {
  return std::log((1.0 + double(documents_)) / (1.0 + double(document_frequency(key)))) + 1.0;
}

std::vector<Tag> score_tags(std::string_view headline, const TermStats& stats, std::size_t max_tags,
                            std::string_view language_hint) {
  struct Scored { Tag tag; std::size_t position; };
  std::vector<Scored> scored;
  std::unordered_set<std::string> seen;
  for (const Word& w : candidate_words(headline, language_hint)) {
    if (!seen.insert(w.key).second) continue;
    double score = stats.idf(w.key) * std::log(1.0 + double(w.length));
    scored.push_back({{w.folded, score}, scored.size()});
  }
  std::stable_sort(scored.begin(), scored.end(), [](const Scored& a, const Scored& b) {
    // Scores equal to within rounding count as ties so headline order decides.
    if (std::fabs(a.tag.score - b.tag.score) > 1e-9) return a.tag.score > b.tag.score;
    return a.position < b.position;
  });
  std::vector<Tag> tags;
  for (std::size_t i = 0; i < scored.size() && i < max_tags; ++i) tags.push_back(scored[i].tag);
  return tags;
}

std::vector<std::string> tags_for(std::string_view headline, const TermStats& stats,
                                  std::size_t max_tags, std::string_view language_hint) {
  std::vector<std::string> out;
  for (Tag& t : score_tags(headline, stats, max_tags, language_hint)) out.push_back(std::move(t.term));
  return out;
}

}  // namespace fv::keywords
