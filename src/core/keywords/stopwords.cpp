#include "core/keywords/stopwords.h"

#include <algorithm>
#include <unordered_set>

namespace fv::keywords {
namespace {

struct List {
  const char* language;
  const char* text;
};

// Each data file is one raw string literal; '#' lines inside it are comments.
const List kLists[] = {
    {"en",
#include "core/keywords/stopwords/en.txt"
    },
    {"de",
#include "core/keywords/stopwords/de.txt"
    },
    {"fr",
#include "core/keywords/stopwords/fr.txt"
    },
    {"es",
#include "core/keywords/stopwords/es.txt"
    },
    {"it",
#include "core/keywords/stopwords/it.txt"
    },
    {"pt",
#include "core/keywords/stopwords/pt.txt"
    },
    {"ru",
#include "core/keywords/stopwords/ru.txt"
    },
    {"uk",
#include "core/keywords/stopwords/uk.txt"
    },
};
constexpr std::size_t kListCount = sizeof kLists / sizeof kLists[0];

struct Sets {
  std::unordered_set<std::string> by_language[kListCount];
  std::unordered_set<std::string> any;
};

const Sets& sets() {
  static const Sets loaded = [] {
    Sets s;
    for (std::size_t i = 0; i < kListCount; ++i) {
      std::string_view text = kLists[i].text;
      std::size_t pos = 0;
      while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        if (!line.empty() && line[0] == '#') continue;
        // Tokenise entries like the headlines they are compared with ("aren't" -> "aren", "t").
        for (const Word& w : split_words(line)) {
          s.by_language[i].insert(w.plain);
          s.any.insert(w.plain);
        }
      }
    }
    return s;
  }();
  return loaded;
}

int list_index(std::string_view language) {
  for (std::size_t i = 0; i < kListCount; ++i)
    if (language == kLists[i].language) return static_cast<int>(i);
  return -1;
}

bool contains_any(std::string_view s, std::initializer_list<const char*> needles) {
  for (const char* n : needles)
    if (s.find(n) != std::string_view::npos) return true;
  return false;
}

}  // namespace

const std::vector<std::string>& stopword_languages() {
  static const std::vector<std::string> langs = [] {
    std::vector<std::string> v;
    for (const auto& l : kLists) v.emplace_back(l.language);
    return v;
  }();
  return langs;
}

bool is_stopword(std::string_view language, std::string_view plain) {
  const Sets& s = sets();
  int i = list_index(language);
  const auto& set = i < 0 ? s.any : s.by_language[i];
  return set.count(std::string(plain)) > 0;
}

std::string guess_language(const std::vector<Word>& words, std::string_view hint) {
  if (hint.size() >= 2) {
    std::string primary = fold(hint.substr(0, 2), false);
    if ((hint.size() == 2 || hint[2] == '-' || hint[2] == '_') && list_index(primary) >= 0)
      return primary;
  }
  bool cyrillic = false, ukrainian_letters = false, russian_letters = false;
  for (const Word& w : words) {
    // Cyrillic letters are two bytes starting 0xD0..0xD3.
    unsigned char c = w.folded.empty() ? 0 : static_cast<unsigned char>(w.folded[0]);
    if (c >= 0xD0 && c <= 0xD3) cyrillic = true;
    if (contains_any(w.folded, {"і", "ї", "є", "ґ"})) ukrainian_letters = true;
    if (contains_any(w.folded, {"ы", "э", "ъ", "ё"})) russian_letters = true;
  }
  if (cyrillic && ukrainian_letters != russian_letters) return ukrainian_letters ? "uk" : "ru";

  // Evidence per language: each stop word counts 1 / (number of lists it is in), so words shared
  // by several languages ("in", "a") weigh little; letters only some languages use add 1.
  const Sets& s = sets();
  double score[kListCount] = {};
  int evidence[kListCount] = {};  // how many words or letter cues speak for the language
  for (const Word& w : words) {
    if (w.length < 2) continue;  // "s", "l", "d": elisions and possessives say little
    int lists = 0;
    for (std::size_t i = 0; i < kListCount; ++i) lists += s.by_language[i].count(w.plain) > 0;
    for (std::size_t i = 0; i < kListCount && lists > 0; ++i)
      if (s.by_language[i].count(w.plain)) score[i] += 1.0 / lists, ++evidence[i];
  }
  auto cue = [&](const char* language, std::initializer_list<const char*> letters) {
    for (const Word& w : words)
      if (contains_any(w.folded, letters)) {
        score[list_index(language)] += 1.0;
        ++evidence[list_index(language)];
        return;
      }
  };
  cue("de", {"ä", "ö", "ü", "ß"});
  cue("es", {"ñ"});
  cue("pt", {"ã", "õ"});
  cue("fr", {"è", "ê", "ë", "œ"});
  int best = -1;
  double best_score = 0;
  for (std::size_t i = 0; i < kListCount; ++i) {
    bool list_cyrillic = std::string_view(kLists[i].language) == "ru" ||
                         std::string_view(kLists[i].language) == "uk";
    if (list_cyrillic != cyrillic) continue;
    if (score[i] > best_score) best = static_cast<int>(i), best_score = score[i];
  }
  if (cyrillic) return best >= 0 ? kLists[best].language : "ru";
  // Latin script defaults to English; one stray hit ("war" is a German stop word) is not enough
  // to switch lists, so another language needs two pieces of evidence.
  if (best >= 0 && (std::string_view(kLists[best].language) == "en" || evidence[best] >= 2))
    return kLists[best].language;
  return "en";
}

std::vector<Word> content_words(std::vector<Word> words, std::string_view language) {
  words.erase(std::remove_if(words.begin(), words.end(),
                             [&](const Word& w) {
                               return (!w.numeric && w.length < 2) || is_stopword(language, w.plain);
                             }),
              words.end());
  return words;
}

}  // namespace fv::keywords
