// Stop words for en, de, fr, es, it, pt, ru, uk (data in stopwords/<lang>.txt, compiled in),
// and a headline language guess that picks which list applies — one list at a time, because
// the lists collide across languages ("war" and "die" are German function words but English
// news words).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/keywords/words.h"

namespace fv::keywords {

// The languages that have a list, as ISO 639-1 codes.
const std::vector<std::string>& stopword_languages();

// `plain` is Word::plain (folded, marks stripped). An unknown language uses the union of all lists.
bool is_stopword(std::string_view language, std::string_view plain);

// The list to use for a headline: the hint's primary subtag when it has a list ("de-AT" -> "de");
// otherwise the language with the most evidence: stop words (each weighted 1 / the number of lists
// it is in) and letters only some languages use (ä ö ü ß, ñ, ã õ, è ê ë œ; for Cyrillic і ї є ґ
// say Ukrainian, ы э ъ ё Russian). Latin script stays "en" unless another language wins with at
// least two stop words or cues ("Ukraine war briefing" is English although "war" is a German
// stop word);
// Cyrillic without evidence is "ru".
std::string guess_language(const std::vector<Word>& words, std::string_view hint = {});

// The words that carry meaning: not stop words of `language`, not a single letter.
std::vector<Word> content_words(std::vector<Word> words, std::string_view language);

}  // namespace fv::keywords
