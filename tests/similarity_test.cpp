// Story terms and the similarity model, on sentences written for these tests.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/analytics/minhash.h"
#include "core/analytics/similarity.h"
#include "core/analytics/story_terms.h"
#include "core/morph/analyzer.h"
#include "test_dictionary.h"

namespace kornews::analytics {
namespace {

class SimilarityTest : public ::testing::Test {
 protected:
  Analyzer analyzer{testing::test_dictionary()};
  TextProfile profile(const char* s) {
    return make_profile(story_terms(analyzer, s), s, SimilarityModel::builtin());
  }
  double sim(const char* a, const char* b) {
    return similarity(profile(a), profile(b), SimilarityModel::builtin());
  }
  bool has_term(const char* text, const std::string& term, StoryTermKind kind) {
    const auto terms = story_terms(analyzer, text);
    return std::any_of(terms.begin(), terms.end(),
                       [&](const StoryTerm& t) { return t.text == term && t.kind == kind; });
  }
};

TEST_F(SimilarityTest, TermsAreContentMorphemesNotParticles) {
  // Particles, endings and 새 (MM) go; the compound 반도체 brings its part 도체; the verb its stem.
  const auto terms = story_terms(analyzer, "화웨이가 새 반도체를 내놓았다");
  std::vector<std::string> texts;
  for (const auto& t : terms) texts.push_back(t.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"화웨이", "반도체", "도체", "내놓"}));
}

TEST_F(SimilarityTest, NumbersByValue) {
  EXPECT_TRUE(has_term("주민 12명 부상", "12명", StoryTermKind::kNumber));
  EXPECT_TRUE(has_term("주민 열두 명 부상", "12명", StoryTermKind::kNumber));
  EXPECT_TRUE(has_term("연봉 39만 5천 달러", "395000달러", StoryTermKind::kNumber));
  EXPECT_TRUE(has_term("연봉 395,000달러", "395000달러", StoryTermKind::kNumber));
  EXPECT_TRUE(has_term("규모 3.1 지진", "3.1", StoryTermKind::kNumber));
  // The counter is part of the number: 12월 is not 12일.
  EXPECT_TRUE(has_term("12월 6일 발표", "12월", StoryTermKind::kNumber));
  EXPECT_FALSE(has_term("7월 12일 발표", "12월", StoryTermKind::kNumber));
  // A lone determiner without a counter is no number.
  EXPECT_FALSE(has_term("한 사람의 이야기", "1", StoryTermKind::kNumber));
}

TEST_F(SimilarityTest, HanjaAbbreviationsReadAsTheirName) {
  EXPECT_TRUE(has_term("美 대통령 방한", "미국", StoryTermKind::kName));
  EXPECT_DOUBLE_EQ(sim("美 국무장관 방한", "미국 국무장관 방한"), 1.0);
}

TEST_F(SimilarityTest, RangeSymmetryAndEmpty) {
  const double s = sim("전기요금 인상 발표", "정부, 전기요금 인상안 발표");
  EXPECT_GT(s, 0.0);
  EXPECT_LT(s, 1.0);
  EXPECT_DOUBLE_EQ(s, sim("정부, 전기요금 인상안 발표", "전기요금 인상 발표"));
  EXPECT_EQ(sim("", "전기요금 인상"), 0.0);
  EXPECT_EQ(sim("!!!", "!!!"), 0.0);
  EXPECT_DOUBLE_EQ(sim("삼성전자가 신형 반도체를 공개했다", "삼성전자는 신형 반도체 공개"), 1.0);
}

TEST_F(SimilarityTest, SameEventAboveUnrelatedAndDifferentNumbersBelowSame) {
  const double same = sim("경북 포항서 규모 4.2 지진 발생", "포항 지진 규모 4.2…주민 대피");
  const double unrelated = sim("경북 포항서 규모 4.2 지진 발생", "서울 아파트값 3주 연속 상승");
  EXPECT_GT(same, 0.5);
  EXPECT_LT(unrelated, 0.2);
  EXPECT_LT(sim("포항서 규모 4.2 지진", "포항서 규모 2.1 지진"),
            sim("포항서 규모 4.2 지진", "포항서 규모 4.2 지진 발생"));
}

TEST_F(SimilarityTest, MinHashOfTheSameTermsIsTheSame) {
  MinHashSignature a, b, c;
  ASSERT_TRUE(minhash(profile("포항 지진 발생"), SimilarityModel::builtin(), &a));
  ASSERT_TRUE(minhash(profile("포항에서 지진이 발생"), SimilarityModel::builtin(), &b));
  ASSERT_TRUE(minhash(profile("서울 아파트값 상승"), SimilarityModel::builtin(), &c));
  EXPECT_EQ(band_keys(a), band_keys(b));
  const BandKeys ka = band_keys(a), kc = band_keys(c);
  size_t shared = 0;
  for (uint64_t k : ka) shared += std::count(kc.begin(), kc.end(), k);
  EXPECT_EQ(shared, 0u);
  EXPECT_FALSE(minhash(profile("…"), SimilarityModel::builtin(), &a));
}

}  // namespace
}  // namespace kornews::analytics

TEST(Similarity, ALongTextIsComparedByItsFirstPart) {
  const std::string line = "반도체 수출이 늘었다\n";
  std::string text;
  while (text.size() < 3 * kornews::analytics::kMaxComparedBytes) text += line;
  const std::string_view part = kornews::analytics::compared_part(text);
  EXPECT_LE(part.size(), kornews::analytics::kMaxComparedBytes);
  EXPECT_GT(part.size(), kornews::analytics::kMaxComparedBytes / 2);
  EXPECT_EQ(part.back(), '\n');  // cut at a line end, never inside a character
  EXPECT_EQ(kornews::analytics::compared_part(line), line);
}
