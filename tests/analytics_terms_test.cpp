// The terms analytics counts (src/core/analytics/term_candidates.h), on sentences written for
// these tests.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "core/analytics/stopwords.h"
#include "core/analytics/term_candidates.h"
#include "core/morph/analyzer.h"
#include "test_dictionary.h"

namespace kornews::analytics {
namespace {

std::vector<TermOccurrence> Terms(const std::string& text, const StopWords* stop = nullptr) {
  Analyzer analyzer(testing::test_dictionary());
  std::vector<TermOccurrence> out;
  ExtractTerms(analyzer.analyze(text), stop, &analyzer, CandidateOptions(), out);
  return out;
}

std::vector<std::string> Of(const std::vector<TermOccurrence>& terms, TermKind kind) {
  std::vector<std::string> out;
  for (const auto& t : terms)
    if (t.kind == kind) out.push_back(t.term);
  return out;
}

bool Has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST(AnalyticsTerms, WordsArePrefixesOfEojeolsWithoutParticles) {
  const auto t = Terms("화웨이가 새 반도체를 내놓았다.");
  const auto words = Of(t, TermKind::kWord);
  EXPECT_TRUE(Has(words, "화웨이"));
  EXPECT_TRUE(Has(words, "반도체"));
  EXPECT_FALSE(Has(words, "새"));
  EXPECT_FALSE(Has(words, "내놓"));
}

TEST(AnalyticsTerms, PhrasesJoinAdjacentWordsWithNothingBetween) {
  const auto t = Terms("인공지능 반도체 시장이 커진다. 반도체를 사고 시장에 간다.");
  const auto phrases = Of(t, TermKind::kPhrase);
  EXPECT_TRUE(Has(phrases, "인공지능 반도체"));
  EXPECT_TRUE(Has(phrases, "인공지능 반도체 시장"));
  // A particle ends a phrase: 반도체를 ... 시장에 are not adjacent words.
  EXPECT_FALSE(Has(phrases, "반도체 시장에"));
  EXPECT_EQ(std::count(phrases.begin(), phrases.end(), "반도체 시장"), 1);
}

TEST(AnalyticsTerms, AlphanumericsStayWholeAndCountersDoNot) {
  const auto words = Of(Terms("엔비디아 H100 위성 12기를 실었다."), TermKind::kWord);
  EXPECT_TRUE(Has(words, "H100"));
  EXPECT_FALSE(Has(words, "12기"));
  EXPECT_FALSE(Has(words, "12"));
}

TEST(AnalyticsTerms, HanjaIsReadInHangul) {
  const auto words = Of(Terms("韓國 경제가 회복했다."), TermKind::kWord);
  EXPECT_TRUE(Has(words, "한국"));
}

TEST(AnalyticsTerms, AGluedPrefixBelongsToTheWord) {
  const auto words = Of(Terms("저출생 대책이 나왔다."), TermKind::kWord);
  EXPECT_TRUE(Has(words, "저출생"));
  EXPECT_FALSE(Has(words, "출생"));
}

TEST(AnalyticsTerms, StopWordsAndStopPhrasesTakeTheirWords) {
  const StopWords stop({"기자", "재배포 금지", "무단전재"});
  const auto t = Terms("공연이 열렸다. 김민수 기자 무단 전재 재배포 금지", &stop);
  const auto words = Of(t, TermKind::kWord);
  EXPECT_TRUE(Has(words, "공연"));
  for (const char* gone : {"기자", "김민수", "무단", "전재", "재배포", "금지"})
    EXPECT_FALSE(Has(words, gone)) << gone;
  EXPECT_TRUE(Of(t, TermKind::kPhrase).empty());
  // 금지 is a word of news where it is not the copyright line.
  EXPECT_TRUE(Has(Of(Terms("수입 금지 조치", &stop), TermKind::kWord), "금지"));
}

TEST(AnalyticsTerms, TheFirstSentenceIsTheLead) {
  const auto t = Terms("전기버스가 달린다. 충전소가 늘었다.");
  for (const auto& o : t) {
    if (o.term == "전기버스") {
      EXPECT_TRUE(o.lead);
    }
    if (o.term == "충전소") {
      EXPECT_FALSE(o.lead);
    }
  }
}

TEST(AnalyticsTerms, EmptyAndSymbolOnlyTextsHaveNoTerms) {
  EXPECT_TRUE(Terms("").empty());
  EXPECT_TRUE(Terms("... !!! 123 ,,,").empty());
}

}  // namespace
}  // namespace kornews::analytics
