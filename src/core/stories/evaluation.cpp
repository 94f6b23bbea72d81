#include "core/stories/evaluation.h"

#include <algorithm>
#include <cstdio>
#include <map>
#include <numeric>
#include <tuple>
#include <unordered_map>

namespace fv::stories {
namespace {

// "2026-01-08T17:41Z" or "2026-01-08T17:41:12Z" to Unix seconds.
bool parse_time(const std::string& s, std::int64_t& out) {
  int y, mo, d, h, mi, sec = 0;
  char z = 0;
  if (std::sscanf(s.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d%c", &y, &mo, &d, &h, &mi, &sec, &z) != 7) {
    sec = 0;
    if (std::sscanf(s.c_str(), "%4d-%2d-%2dT%2d:%2d%c", &y, &mo, &d, &h, &mi, &z) != 6) return false;
  }
  if (z != 'Z' || mo < 1 || mo > 12 || d < 1 || d > 31) return false;
  // Days from civil (H. Hinnant).
  y -= mo <= 2;
  long long era = (y >= 0 ? y : y - 399) / 400;
  long long yoe = y - era * 400;
  long long doy = (153 * (mo + (mo > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  long long days = era * 146097 + doe - 719468;
  out = days * 86400 + h * 3600 + mi * 60 + sec;
  return true;
}

long long pairs(std::size_t n) { return static_cast<long long>(n) * (static_cast<long long>(n) - 1) / 2; }

}  // namespace

bool parse_labelled_headlines(std::string_view tsv, std::vector<LabelledHeadline>& out,
                              std::string& error) {
  std::size_t pos = 0, line_no = 0;
  while (pos < tsv.size()) {
    std::size_t end = tsv.find('\n', pos);
    if (end == std::string_view::npos) end = tsv.size();
    std::string line(tsv.substr(pos, end - pos));
    pos = end + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f;
    std::size_t a = 0;
    for (std::size_t b; (b = line.find('\t', a)) != std::string::npos; a = b + 1) f.push_back(line.substr(a, b - a));
    f.push_back(line.substr(a));
    if (f.size() != 5) {
      error = "line " + std::to_string(line_no) + ": expected 5 tab-separated fields, got " + std::to_string(f.size());
      return false;
    }
    LabelledHeadline h{f[0], f[1], f[2], f[4], std::nullopt};
    std::int64_t t;
    if (!parse_time(f[3], t)) {
      error = "line " + std::to_string(line_no) + ": bad time '" + f[3] + "'";
      return false;
    }
    h.time = t;
    out.push_back(std::move(h));
  }
  return true;
}

PairScores score_pairs(const std::vector<std::string>& truth, const std::vector<std::string>& language,
                       const std::vector<std::size_t>& predicted) {
  std::map<std::size_t, std::size_t> by_pred;
  std::map<std::pair<std::string, std::size_t>, std::size_t> by_truth_pred;
  std::map<std::tuple<std::string, std::string, std::size_t>, std::size_t> by_truth_lang_pred;
  std::map<std::pair<std::string, std::string>, std::size_t> by_truth_lang;
  for (std::size_t i = 0; i < truth.size(); ++i) {
    ++by_pred[predicted[i]];
    ++by_truth_pred[{truth[i], predicted[i]}];
    ++by_truth_lang_pred[{truth[i], language[i], predicted[i]}];
    ++by_truth_lang[{truth[i], language[i]}];
  }
  long long predicted_pairs = 0, same_truth_pred = 0, tp = 0, positives = 0;
  for (auto& [k, n] : by_pred) predicted_pairs += pairs(n);
  for (auto& [k, n] : by_truth_pred) same_truth_pred += pairs(n);
  for (auto& [k, n] : by_truth_lang_pred) tp += pairs(n);
  for (auto& [k, n] : by_truth_lang) positives += pairs(n);
  PairScores s;
  s.true_positives = static_cast<std::size_t>(tp);
  s.false_positives = static_cast<std::size_t>(predicted_pairs - same_truth_pred);
  s.false_negatives = static_cast<std::size_t>(positives - tp);
  s.precision = tp + s.false_positives ? double(tp) / double(tp + s.false_positives) : 1.0;
  s.recall = positives ? double(tp) / double(positives) : 1.0;
  s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0.0;
  return s;
}

PairScores evaluate_stories(const std::vector<LabelledHeadline>& set, const StoryOptions& options) {
  std::vector<std::size_t> order(set.size());
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return set[a].time.value_or(0) < set[b].time.value_or(0);
  });
  StoryIndex index(options);
  std::vector<EntryId> entry_of(set.size());
  for (std::size_t i : order) {
    Item item;
    item.id = "fixture-" + std::to_string(i);
    item.title = set[i].headline;
    item.published = set[i].time;
    item.language = set[i].language;
    item.source.title = set[i].source;
    entry_of[i] = index.add(set[i].source, item, set[i].language);
  }
  std::vector<std::string> truth, language;
  std::vector<std::size_t> predicted;
  for (std::size_t i = 0; i < set.size(); ++i) {
    truth.push_back(set[i].group);
    language.push_back(set[i].language);
    predicted.push_back(index.story_key(entry_of[i]));
  }
  return score_pairs(truth, language, predicted);
}

}  // namespace fv::stories
