// Mute rules: hide headlines that mention a word or phrase, or come from a source.
//
// - A word/phrase rule matches a headline's title when its folded text (case and accents
//   folded as in search: text::fold_for_search, so "Cafe" mutes "CAFÉ") occurs there as whole
//   words: "war" mutes "War in …" and "post-war" but not "award" or "software".
// - A source rule matches when the headline's source name equals it, ignoring case (and
//   accents, folded as above): "reuters" mutes "Reuters", not "Reuters Pictures".
// Rules are kept in the settings as text, one rule per line: "word\t<text>" or "source\t<text>".
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace fv::filters {

struct MuteRule {
  enum class Kind { Word, Source };
  Kind kind = Kind::Word;
  std::string text;  // as the reader typed it (trimmed, one line)
  bool operator==(const MuteRule& o) const { return kind == o.kind && text == o.text; }
};

// The text a headline is matched on, computed once per headline when feeds change.
struct MuteSubject {
  std::string title;   // fold_for_search(title)
  std::string source;  // fold_for_search(source)
};
MuteSubject mute_subject(std::string_view title, std::string_view source);

class MuteRules {
 public:
  MuteRules() = default;
  explicit MuteRules(std::vector<MuteRule> rules);

  const std::vector<MuteRule>& rules() const { return rules_; }
  bool empty() const { return rules_.empty(); }

  // Adds a rule unless it is blank or already there (same kind, same folded text). Returns
  // whether it was added.
  bool add(MuteRule rule);
  void remove(std::size_t index);
  // Removes the rule of that kind with the same folded text (the undo of an add); returns
  // whether there was one.
  bool remove_rule(const MuteRule& rule);

  bool mutes(const MuteSubject& subject) const;

  std::string serialize() const;
  static MuteRules parse(std::string_view text);  // unknown or malformed lines are skipped

 private:
  void prepare();
  std::vector<MuteRule> rules_;
  std::vector<std::string> folded_;  // per rule
};

// Indices (ascending) of the `count` headlines no rule mutes, `subjects` being their mute
// subjects (it may be empty when there are no rules): what the Trends charts count, so a muted
// source neither fills the timeline nor makes a keyword trend.
std::vector<std::size_t> unmuted_indices(const MuteRules& rules,
                                         const std::vector<MuteSubject>& subjects,
                                         std::size_t count);

// True when `needle` occurs in `haystack` with no letter or digit right before or after it.
// Bytes >= 0x80 count as letters, so a folded non-Latin word is not matched inside another.
bool contains_whole_words(std::string_view haystack, std::string_view needle);

}  // namespace fv::filters
