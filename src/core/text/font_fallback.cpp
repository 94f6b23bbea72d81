#include "core/text/font_fallback.h"

#include <algorithm>

#include "core/text/lines.h"
#include "core/text/utf8.h"

namespace fv::text {
namespace {

bool parse_hex(std::string_view s, char32_t& out) {
  if (s.empty() || s.size() > 6) return false;
  char32_t v = 0;
  for (char c : s) {
    int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10
            : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
    if (d < 0) return false;
    v = v * 16 + static_cast<char32_t>(d);
  }
  if (v > 0x10FFFF) return false;
  out = v;
  return true;
}

// Splits `s` at runs of blanks into at most `n` fields (the last takes the rest).
std::vector<std::string_view> fields(std::string_view s) {
  std::vector<std::string_view> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r')) ++i;
    std::size_t j = i;
    while (j < s.size() && s[j] != ' ' && s[j] != '\t' && s[j] != '\r') ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

}  // namespace

FallbackManifest FallbackManifest::parse(std::string_view text) {
  FallbackManifest m;
  for (const std::string_view line : split_lines(text)) {
    if (line.empty() || line[0] == '#') continue;
    const std::vector<std::string_view> f = fields(line);
    if (f.size() != 3) continue;
    std::vector<Run> runs;
    bool ok = true;
    std::string_view ranges = f[2];
    while (ok && !ranges.empty()) {
      const std::size_t comma = ranges.find(',');
      const std::string_view r = ranges.substr(0, comma);
      ranges = comma == std::string_view::npos ? std::string_view{} : ranges.substr(comma + 1);
      const std::size_t dash = r.find('-');
      Run run{0, 0, static_cast<int>(m.chunks_.size())};
      ok = parse_hex(r.substr(0, dash), run.first) &&
           (dash == std::string_view::npos ? (run.last = run.first, true)
                                           : parse_hex(r.substr(dash + 1), run.last)) &&
           run.first <= run.last;
      runs.push_back(run);
    }
    if (!ok || runs.empty()) continue;
    m.runs_.insert(m.runs_.end(), runs.begin(), runs.end());
    m.chunks_.push_back({std::string(f[0]), f[1] == "-" ? std::string() : std::string(f[1])});
  }
  std::sort(m.runs_.begin(), m.runs_.end(),
            [](const Run& a, const Run& b) { return a.first < b.first; });
  // Overlaps (a broken manifest): the earlier run wins, the later one is cut or dropped.
  std::vector<Run> clean;
  for (Run r : m.runs_) {
    if (!clean.empty() && r.first <= clean.back().last) {
      if (r.last <= clean.back().last) continue;
      r.first = clean.back().last + 1;
    }
    clean.push_back(r);
  }
  m.runs_ = std::move(clean);
  return m;
}

int FallbackManifest::chunk_for(char32_t cp) const {
  auto it = std::upper_bound(runs_.begin(), runs_.end(), cp,
                             [](char32_t c, const Run& r) { return c < r.first; });
  if (it == runs_.begin()) return -1;
  --it;
  return cp <= it->last ? it->chunk : -1;
}

bool is_invisible(char32_t cp) {
  return cp < 0x20 || (cp >= 0x7F && cp < 0xA0) || cp == 0xAD || cp == 0x34F ||
         (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x202A && cp <= 0x202E) ||
         (cp >= 0x2060 && cp <= 0x206F) || (cp >= 0xFE00 && cp <= 0xFE0F) || cp == 0xFEFF ||
         (cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0xE0000 && cp <= 0xE0FFF);
}

std::vector<char32_t> codepoints(std::string_view utf8) {
  std::vector<char32_t> out;
  out.reserve(utf8.size());
  for (std::size_t i = 0; i < utf8.size();) out.push_back(next_code_point(utf8, i));
  return out;
}

bool RecentCodepoints::note(char32_t cp) {
  auto it = where_.find(cp);
  if (it != where_.end()) {
    order_.splice(order_.end(), order_, it->second);  // seen again: now the newest
    return false;
  }
  if (cap_ == 0) return false;
  if (order_.size() >= cap_) evict_oldest(1);
  order_.push_back(cp);
  where_[cp] = std::prev(order_.end());
  return true;
}

void RecentCodepoints::evict_oldest(std::size_t n) {
  for (; n > 0 && !order_.empty(); --n) {
    where_.erase(order_.front());
    order_.pop_front();
  }
}

}  // namespace fv::text
