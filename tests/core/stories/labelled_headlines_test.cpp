// Story clustering measured against tests/fixtures/stories/labelled_headlines.tsv.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "core/stories/evaluation.h"
#include "../fixtures.h"

namespace {

std::vector<fv::stories::LabelledHeadline> load_set() {
  std::vector<fv::stories::LabelledHeadline> set;
  std::string error;
  INFO(error);
  REQUIRE(fv::stories::parse_labelled_headlines(fv::test::fixture("stories/labelled_headlines.tsv"), set, error));
  return set;
}

}  // namespace

TEST_CASE("Labelled headline set clusters above the precision and recall floors") {
  auto set = load_set();
  REQUIRE(set.size() >= 300);
  fv::stories::PairScores s = fv::stories::evaluate_stories(set, {});
  INFO("precision " << s.precision << " recall " << s.recall << " f1 " << s.f1 << " (tp "
                    << s.true_positives << ", fp " << s.false_positives << ", fn " << s.false_negatives << ")");
  WARN("stories on labelled set: precision " << s.precision << ", recall " << s.recall);
  // Measured with the default options when the set was written: precision 0.966, recall 0.728
  // (404 headlines, 8 languages + hard negatives). The floors sit ~0.06-0.08 below so that
  // honest tuning of stop lists or stems passes, while a real regression (chaining of same-topic
  // events, a broken stemmer or LSH losing candidates) fails. Precision gets the higher floor:
  // a wrong merge hides an event from the reader, a missed merge only shows one more row.
  CHECK(s.precision >= 0.90);
  CHECK(s.recall >= 0.65);
}
