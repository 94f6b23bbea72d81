#include <catch2/catch.hpp>

#include "core/stories/evaluation.h"

using fv::stories::score_pairs;

TEST_CASE("Pairwise scores count same-language pairs and ignore cross-language pairs of one event") {
  // Truth: {0,1,2} event x (2 in German), {3} event y. Prediction merges 0,1,3; 2 alone.
  std::vector<std::string> truth = {"x", "x", "x", "y"};
  std::vector<std::string> lang = {"en", "en", "de", "en"};
  std::vector<std::size_t> predicted = {7, 7, 8, 7};
  auto s = score_pairs(truth, lang, predicted);
  CHECK(s.true_positives == 1);   // (0,1)
  CHECK(s.false_positives == 2);  // (0,3), (1,3)
  CHECK(s.false_negatives == 0);  // (0,2), (1,2) are cross-language: not counted
  CHECK(s.precision == Approx(1.0 / 3));
  CHECK(s.recall == Approx(1.0));
}

TEST_CASE("Labelled headline TSV rejects a line with a missing field and names it") {
  std::vector<fv::stories::LabelledHeadline> out;
  std::string error;
  CHECK_FALSE(fv::stories::parse_labelled_headlines("# c\ng\ten\tsrc\t2026-01-08T10:00Z\tok\ng\ten\t2026-01-08T10:00Z\tbad\n", out, error));
  CHECK(error.find("line 3") != std::string::npos);
  out.clear();
  REQUIRE(fv::stories::parse_labelled_headlines("g\ten\tsrc\t2026-01-08T10:00Z\tHeadline one\n", out, error));
  REQUIRE(out.size() == 1);
  CHECK(out[0].time == 1767866400);
  CHECK(out[0].headline == "Headline one");
}
