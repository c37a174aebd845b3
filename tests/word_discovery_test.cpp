// New-word discovery on sentences written for these tests: a made-up market name the dictionary
// splits (달빛시장 = 달빛 + 시장), seen with several particles, must come out as one candidate.
#include "core/discover/word_discovery.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "core/morph/analyzer.h"
#include "test_dictionary.h"

namespace kornews {
namespace {

const WordCandidate* find(const std::vector<WordCandidate>& all, const std::string& word) {
  const auto it =
      std::find_if(all.begin(), all.end(), [&](const WordCandidate& c) { return c.word == word; });
  return it == all.end() ? nullptr : &*it;
}

std::vector<WordCandidate> discover(const std::vector<std::string>& texts, uint64_t min_count) {
  Analyzer analyzer(testing::test_dictionary());
  DiscoveryOptions options;
  options.min_count = min_count;
  WordDiscoverer d(options);
  for (const std::string& t : texts) d.add(analyzer, t);
  return d.results();
}

const std::vector<std::string> kTexts = {
    "달빛시장이 오늘 열렸다.", "달빛시장의 상인들이 모였다.", "시민들은 달빛시장을 좋아한다.",
    "달빛시장은 밤에 연다.",   "달빛시장도 붐볐다.",          "오늘 달빛시장 행사가 있었다.",
};

TEST(WordDiscovery, FindsACompoundTheCorpusUsesAsAUnit) {
  const auto all = discover(kTexts, 5);
  const WordCandidate* c = find(all, "달빛시장");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->count, 6u);
  EXPECT_EQ(c->pieces, "달빛/NNG+시장/NNG");
  EXPECT_EQ(c->suggested_tag, "NNG");
  // 달빛 and 시장 are never used alone here: no parts are suggested (see below).
  EXPECT_TRUE(c->parts.empty());
  // Particles and the eojeol's end follow it: a whole word.
  EXPECT_DOUBLE_EQ(c->boundary, 1.0);
  EXPECT_GT(c->entropy, 2.0);
  ASSERT_EQ(c->examples.size(), 3u);
  EXPECT_NE(c->examples[0].find("달빛시장이 오늘"), std::string::npos) << c->examples[0];
  EXPECT_GT(c->score, 0);
}

TEST(WordDiscovery, SuggestsPartsTheCorpusAlsoUsesAlone) {
  std::vector<std::string> texts = kTexts;
  texts.push_back("그 시장은 크다.");
  const auto without = discover(texts, 5);
  ASSERT_NE(find(without, "달빛시장"), nullptr);
  EXPECT_TRUE(find(without, "달빛시장")->parts.empty());  // 달빛 is still never alone
  texts.push_back("달빛이 밝다.");
  const auto with = discover(texts, 5);
  ASSERT_NE(find(with, "달빛시장"), nullptr);
  EXPECT_EQ(find(with, "달빛시장")->parts, (std::vector<std::string>{"달빛", "시장"}));
}

TEST(WordDiscovery, ALineBreakStartsAnEojeol) {
  // One text of many lines (an article) counts like its lines given one by one.
  std::string article;
  for (const std::string& line : kTexts) article += line + "\n";
  const auto all = discover({article}, 5);
  const WordCandidate* c = find(all, "달빛시장");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(c->count, 6u);
}

TEST(WordDiscovery, MinCountHoldsBack) {
  EXPECT_EQ(find(discover(kTexts, 7), "달빛시장"), nullptr);
}

TEST(WordDiscovery, PiecesUsedApartLowerTheCohesion) {
  // 시장 also stands alone here, so 달빛시장 is less of a unit than before.
  std::vector<std::string> texts = kTexts;
  for (int i = 0; i < 6; i++) texts.push_back("그 시장은 크다.");
  const auto all_before = discover(kTexts, 5), all_after = discover(texts, 5);
  const WordCandidate* before = find(all_before, "달빛시장");
  const WordCandidate* after = find(all_after, "달빛시장");
  ASSERT_NE(before, nullptr);
  ASSERT_NE(after, nullptr);
  EXPECT_DOUBLE_EQ(before->cohesion, 1.0);
  EXPECT_LT(after->cohesion, 0.8);
  EXPECT_LT(after->score, before->score);
}

TEST(WordDiscovery, OnlyRunsAtTheStartOfAnEojeol) {
  // 달빛시장 never starts an eojeol here (옛/MM comes first): only the whole run is a candidate.
  const auto all =
      discover({"옛달빛시장이", "옛달빛시장을", "옛달빛시장의", "옛달빛시장은", "옛달빛시장도"}, 5);
  EXPECT_NE(find(all, "옛달빛시장"), nullptr);
  EXPECT_EQ(find(all, "달빛시장"), nullptr);
}

}  // namespace
}  // namespace kornews
