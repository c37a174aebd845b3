// Keywords of one document (keywords.h) on titled passages written for these tests, with a
// term model made here from other sentences written for them: the title is among the top 5,
// phrases and their parts are never both listed, and the model and a collection move weights.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "core/analytics/keywords.h"
#include "core/analytics/stopwords.h"
#include "core/analytics/term_candidates.h"
#include "core/analytics/term_model.h"
#include "core/error.h"
#include "core/morph/analyzer.h"
#include "test_dictionary.h"

namespace kornews::analytics {
namespace {

class KeywordsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    analyzer_ = std::make_unique<Analyzer>(testing::test_dictionary());
    // Background: everyday news sentences where 정부, 서울, 발표 are common.
    TermModelBuilder b;
    for (const char* s : {"정부가 새 대책을 발표했다.", "서울 시내에 비가 내렸다.",
                          "정부는 예산을 늘린다고 발표했다.", "서울 지하철 요금이 오른다.",
                          "정부와 서울시가 협약을 맺었다.", "경찰이 사고 원인을 조사한다."})
      b.add_document(TermsOf(s, nullptr));
    background_ = b.finish(1);
  }

  std::vector<TermOccurrence> TermsOf(const std::string& text, const StopWords* stop) {
    std::vector<TermOccurrence> out;
    ExtractTerms(analyzer_->analyze(text), stop, analyzer_.get(), CandidateOptions(), out);
    return out;
  }

  std::vector<std::string> Keywords(const std::string& text, size_t k,
                                    const TermModel* collection = nullptr) {
    KeywordOptions o;
    o.k = k;
    o.background = &background_;
    o.collection = collection;
    std::vector<std::string> out;
    for (const Keyword& kw : RankKeywords(TermsOf(text, &stop_), o)) out.push_back(kw.term);
    return out;
  }

  std::unique_ptr<Analyzer> analyzer_;
  TermModel background_;
  StopWords stop_{std::vector<std::string>{"기자", "무단전재", "재배포", "배포금지", "이날"}};
};

bool Has(const std::vector<std::string>& v, const std::string& s) {
  return std::find(v.begin(), v.end(), s) != v.end();
}

TEST_F(KeywordsTest, TheTitleIsAmongTheTopFive) {
  struct Passage {
    const char* title;
    const char* text;
  };
  const Passage passages[] = {
      {"도서관",
       "구립 도서관이 밤 11시까지 문을 연다. 도서관 이용객이 늘었기 때문이다. 서울 "
       "시민들은 도서관 연장 운영을 반겼다."},
      {"드론 배송",
       "정부가 섬 지역에 드론 배송을 시작한다. 드론 배송은 약과 생필품을 나른다. "
       "주민들은 드론 배송 덕분에 배를 기다리지 않아도 된다."},
      {"무인 매장",
       "무인 매장이 빠르게 늘고 있다. 무인 매장은 인건비 부담이 적다. 다만 도난 "
       "사고가 잦아 보안 대책이 필요하다. 박철민 기자 무단전재 및 재배포 금지"},
  };
  for (const Passage& p : passages) EXPECT_TRUE(Has(Keywords(p.text, 5), p.title)) << p.title;
}

TEST_F(KeywordsTest, APhraseAndItsPartsAreNotBothListed) {
  const auto kw =
      Keywords("정부가 드론 배송을 시작한다. 드론 배송은 약을 나른다. 드론 배송이 늘었다.", 10);
  ASSERT_TRUE(Has(kw, "드론 배송"));
  EXPECT_FALSE(Has(kw, "드론"));
  EXPECT_FALSE(Has(kw, "배송"));
}

TEST_F(KeywordsTest, ACommonTermWeighsLessAndACollectionMovesIt) {
  const std::string text = "서울 도서관이 문을 연다. 서울 도서관 이용객이 늘었다.";
  // 도서관 is rarer than 서울 in the background.
  const auto plain = Keywords(text, 1);
  ASSERT_EQ(plain.size(), 1u);
  EXPECT_EQ(plain[0], "서울 도서관");
  // A collection where 도서관 is in every document: it weighs less there.
  TermModel collection;
  collection.set_docs(100);
  collection.set("도서관", 100);
  collection.set("서울 도서관", 100);
  const auto in_collection = Keywords(text, 3, &collection);
  ASSERT_FALSE(in_collection.empty());
  EXPECT_NE(in_collection[0], "서울 도서관");
}

TEST_F(KeywordsTest, NoKeywordsForNothingOrBoilerplate) {
  EXPECT_TRUE(Keywords("", 5).empty());
  EXPECT_TRUE(Keywords("이날 기자 무단전재 재배포", 5).empty());
}

TEST_F(KeywordsTest, TheModelRoundTripsThroughItsFile) {
  std::stringstream file;
  background_.Write(file);
  const TermModel back = TermModel::Parse(file, "test");
  EXPECT_EQ(back.docs(), background_.docs());
  EXPECT_EQ(back.df("정부"), background_.df("정부"));
  EXPECT_GT(back.df("정부"), 0u);
  std::stringstream bad("not a model\n");
  EXPECT_THROW(TermModel::Parse(bad, "bad"), kornews::Error);
}

}  // namespace
}  // namespace kornews::analytics
