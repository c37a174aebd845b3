// New-word discovery on sentences written for these tests: a made-up market name the dictionary
// splits (달빛시장 = 달빛 + 시장), seen with several particles, must come out as one candidate.
#include "core/discover/word_discovery.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
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
  // The smallest examples by value (not the first seen), so any order of the texts gives them.
  EXPECT_EQ(c->examples[0], "달빛시장도 붐볐다.");
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

// The same texts in any order give the same rows, field for field: a Citus cluster (or a
// parallel scan) returns a query's rows in a different order from run to run.
TEST(WordDiscovery, SameResultsForAnyOrderOfTheTexts) {
  std::vector<std::string> texts = kTexts;
  // More contexts than examples kept (3), and a second candidate with ties in its examples.
  for (const char* t :
       {"어제 달빛시장에서 만났다.", "달빛시장까지 걸어갔다.", "새 달빛시장은 크다.",
        "별빛공원이 문을 열었다.", "별빛공원의 나무가 자랐다.", "아이들은 별빛공원을 찾았다.",
        "별빛공원은 조용하다.", "별빛공원도 붐볐다.", "주말에 별빛공원에 갔다."})
    texts.emplace_back(t);
  const auto describe = [](const std::vector<WordCandidate>& all) {
    std::string out;
    for (const WordCandidate& c : all) {
      out += c.word + " " + std::to_string(c.score) + " " + std::to_string(c.count) + " " +
             c.suggested_tag + " " + c.pieces + " |";
      for (const std::string& p : c.parts) out += " " + p;
      out += " |";
      for (const std::string& e : c.examples) out += " [" + e + "]";
      out += "\n";
    }
    return out;
  };
  const std::string expected = describe(discover(texts, 5));
  ASSERT_NE(expected.find("달빛시장 "), std::string::npos);
  ASSERT_NE(expected.find("별빛공원 "), std::string::npos);
  std::mt19937 random(20261204);
  for (int round = 0; round < 20; round++) {
    std::shuffle(texts.begin(), texts.end(), random);
    EXPECT_EQ(describe(discover(texts, 5)), expected) << "after shuffle " << round;
  }
  // Reversed too (the order the old first-seen rule was most sensitive to).
  std::reverse(texts.begin(), texts.end());
  EXPECT_EQ(describe(discover(texts, 5)), expected);
}

// The examples are the smallest by value, not the first seen, and never repeat.
TEST(WordDiscovery, ExamplesAreTheSmallestByValue) {
  std::vector<std::string> texts = kTexts;
  texts.emplace_back("가을 달빛시장이 열렸다.");
  const auto all = discover(texts, 5);
  const WordCandidate* c = find(all, "달빛시장");
  ASSERT_NE(c, nullptr);
  ASSERT_EQ(c->examples.size(), 3u);
  EXPECT_TRUE(std::is_sorted(c->examples.begin(), c->examples.end()));
  EXPECT_EQ(c->examples.front(), "가을 달빛시장이 열렸다.");
}

}  // namespace
}  // namespace kornews
