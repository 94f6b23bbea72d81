// Measuring story clustering against a labelled headline set (tests/fixtures/stories/), shared
// by the unit test and the bench so both report the same figures.
//
// Fixture format: UTF-8 TSV, one headline per line, '#' lines are comments:
//     group <TAB> language <TAB> source <TAB> time (YYYY-MM-DDTHH:MMZ) <TAB> headline
// `group` names the event; headlines with the same group are one story.
//
// Pairwise scores: a pair is positive when both headlines have the same group. Pairs of the same
// event in different languages are left out entirely: grouping them needs translation, which
// headline-token matching does not attempt, and counting them either way would measure that
// non-goal. Pairs of different events in any languages count (a wrong merge is a wrong merge).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"
#include "core/stories/story_index.h"

namespace fv::stories {

struct LabelledHeadline {
  std::string group, language, source, headline;
  UnixTime time;
};

// False with a one-line message (naming the line) on a malformed line.
bool parse_labelled_headlines(std::string_view tsv, std::vector<LabelledHeadline>& out,
                              std::string& error);

struct PairScores {
  std::size_t true_positives = 0, false_positives = 0, false_negatives = 0;
  double precision = 0, recall = 0, f1 = 0;
};

// truth[i], language[i], predicted[i]: headline i's group, language and predicted cluster key.
// Counts in O(n) via contingency tables, so the bench can score 50,000 headlines.
PairScores score_pairs(const std::vector<std::string>& truth, const std::vector<std::string>& language,
                       const std::vector<std::size_t>& predicted);

// Feeds the headlines to a StoryIndex in time order (each source as its own feed, as they would
// arrive) and scores the resulting stories.
PairScores evaluate_stories(const std::vector<LabelledHeadline>& set, const StoryOptions& options);

}  // namespace fv::stories
