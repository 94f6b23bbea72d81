#include "core/filters/mute_rules.h"

#include "core/text/lines.h"
#include "core/text/unicode.h"

namespace fv::filters {
namespace {

bool is_word_byte(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
}

// One line, no tabs, trimmed: what a rule may hold so it round-trips through serialize().
std::string clean(std::string_view s) {
  std::string out;
  for (char c : s) out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
  const std::size_t b = out.find_first_not_of(' ');
  if (b == std::string::npos) return {};
  const std::size_t e = out.find_last_not_of(' ');
  return out.substr(b, e - b + 1);
}

}  // namespace

bool contains_whole_words(std::string_view haystack, std::string_view needle) {
  if (needle.empty()) return false;
  for (std::size_t at = haystack.find(needle); at != std::string_view::npos;
       at = haystack.find(needle, at + 1)) {
    const bool start_ok = at == 0 || !is_word_byte(static_cast<unsigned char>(haystack[at - 1])) ||
                          !is_word_byte(static_cast<unsigned char>(needle.front()));
    const std::size_t end = at + needle.size();
    const bool end_ok = end == haystack.size() ||
                        !is_word_byte(static_cast<unsigned char>(haystack[end])) ||
                        !is_word_byte(static_cast<unsigned char>(needle.back()));
    if (start_ok && end_ok) return true;
  }
  return false;
}

MuteSubject mute_subject(std::string_view title, std::string_view source) {
  return {text::fold_for_search(title), text::fold_for_search(source)};
}

MuteRules::MuteRules(std::vector<MuteRule> rules) {
  for (MuteRule& r : rules) add(std::move(r));
}

void MuteRules::prepare() {
  folded_.clear();
  for (const MuteRule& r : rules_) folded_.push_back(text::fold_for_search(r.text));
}

bool MuteRules::add(MuteRule rule) {
  rule.text = clean(rule.text);
  const std::string folded = text::fold_for_search(rule.text);
  if (folded.find_first_not_of(' ') == std::string::npos) return false;
  for (std::size_t i = 0; i < rules_.size(); ++i)
    if (rules_[i].kind == rule.kind && folded_[i] == folded) return false;
  rules_.push_back(std::move(rule));
  folded_.push_back(folded);
  return true;
}

void MuteRules::remove(std::size_t index) {
  if (index >= rules_.size()) return;
  rules_.erase(rules_.begin() + std::ptrdiff_t(index));
  folded_.erase(folded_.begin() + std::ptrdiff_t(index));
}

bool MuteRules::remove_rule(const MuteRule& rule) {
  const std::string folded = text::fold_for_search(clean(rule.text));
  for (std::size_t i = 0; i < rules_.size(); ++i)
    if (rules_[i].kind == rule.kind && folded_[i] == folded) {
      remove(i);
      return true;
    }
  return false;
}

std::vector<std::size_t> unmuted_indices(const MuteRules& rules,
                                         const std::vector<MuteSubject>& subjects,
                                         std::size_t count) {
  std::vector<std::size_t> kept;
  kept.reserve(count);
  const bool check = !rules.empty() && subjects.size() == count;
  for (std::size_t i = 0; i < count; ++i)
    if (!check || !rules.mutes(subjects[i])) kept.push_back(i);
  return kept;
}

bool MuteRules::mutes(const MuteSubject& subject) const {
  for (std::size_t i = 0; i < rules_.size(); ++i) {
    if (rules_[i].kind == MuteRule::Kind::Source) {
      if (subject.source == folded_[i]) return true;
    } else if (contains_whole_words(subject.title, folded_[i])) {
      return true;
    }
  }
  return false;
}

std::string MuteRules::serialize() const {
  std::string out;
  for (const MuteRule& r : rules_) {
    out += r.kind == MuteRule::Kind::Source ? "source\t" : "word\t";
    out += r.text;
    out += '\n';
  }
  return out;
}

MuteRules MuteRules::parse(std::string_view text) {
  MuteRules rules;
  for (const std::string_view line : text::split_lines(text)) {
    const std::size_t tab = line.find('\t');
    if (tab == std::string_view::npos) continue;
    const std::string_view kind = line.substr(0, tab);
    MuteRule r;
    if (kind == "word") r.kind = MuteRule::Kind::Word;
    else if (kind == "source") r.kind = MuteRule::Kind::Source;
    else continue;
    r.text = std::string(line.substr(tab + 1));
    rules.add(std::move(r));
  }
  return rules;
}

}  // namespace fv::filters
