#include <gtest/gtest.h>

#include "core/news/headline_key.h"
#include "core/news/labels.h"

namespace kornews::news {
namespace {

std::vector<std::string> labels_of(std::string_view title) {
  return split_title(title).labels;
}

TEST(NewsLabels, BracketedTagsAtEitherEnd) {
  using V = std::vector<std::string>;
  EXPECT_EQ(labels_of("[단독] 항만 자동화 첫 시험"), V({"단독"}));
  EXPECT_EQ(labels_of("[속보][단독] 금리 동결"), V({"속보", "단독"}));
  EXPECT_EQ(labels_of("【포토】 눈 내린 광화문"), V({"포토"}));
  EXPECT_EQ(labels_of("<인터뷰> 새 시즌 앞둔 감독"), V({"인터뷰"}));
  EXPECT_EQ(labels_of("지진 피해 접수 없어(종합)"), V({"종합"}));
  EXPECT_EQ(labels_of("[속보] 금리 동결 (종합 2보)"), V({"속보", "종합2보"}));
  EXPECT_EQ(labels_of("[ 현장 ] 눈길 출근"), V({"현장"}));
  EXPECT_EQ(labels_of("금리 동결 (1보)"), V({"1보"}));
}

TEST(NewsLabels, OrdinaryParenthesesStayInTheTitle) {
  EXPECT_TRUE(labels_of("신곡 공개 (feat. 친구)").empty());
  EXPECT_TRUE(labels_of("인공지능(AI) 투자 확대").empty());
  EXPECT_TRUE(labels_of("가격 [12]").empty());
  // A long bracketed phrase is part of the headline, not a tag.
  EXPECT_TRUE(labels_of("[이것은 꽤 길어서 태그라고 보기 어려운 문장입니다] 본문").empty());
}

TEST(NewsLabels, TrailingCommentCount) {
  const TitleParts p = split_title("[단독] 강원 산간 주민 대피 [12]");
  EXPECT_EQ(p.display, "[단독] 강원 산간 주민 대피");
  EXPECT_EQ(p.bare, "강원 산간 주민 대피");
  ASSERT_TRUE(p.comments.has_value());
  EXPECT_EQ(*p.comments, 12);
  const TitleParts q = split_title("지진(종합) [3]");
  EXPECT_EQ(q.display, "지진(종합)");
  EXPECT_EQ(q.labels, std::vector<std::string>({"종합"}));
  // Only a number is a count.
  EXPECT_FALSE(split_title("강추위 [영상]").comments.has_value());
  EXPECT_EQ(split_title("강추위 [영상]").labels, std::vector<std::string>({"영상"}));
}

TEST(NewsHeadlineKey, SameStoryFromTwoBoards) {
  const std::string a = headline_key("[단독] “항만 자동화” 첫 시험…운영 시작 [12]");
  const std::string b = headline_key("\"항만 자동화\" 첫 시험 운영 시작(종합)");
  EXPECT_EQ(a, b);
  EXPECT_EQ(a, "항만자동화첫시험운영시작");
  EXPECT_EQ(headline_key("ＡＩ 반도체 ‘H100’"), headline_key("ai 반도체 'h100'"));
  EXPECT_EQ(headline_key("美 계란값"), "美계란값");
  EXPECT_NE(headline_key("금리 동결"), headline_key("금리 인상"));
}

TEST(NewsHeadlineKey, EdgeCases) {
  EXPECT_EQ(headline_key(""), "");
  EXPECT_EQ(headline_key("…!?"), "");
  EXPECT_EQ(headline_key("[속보]"), "속보");  // only a tag: its letters, not the empty key
  EXPECT_EQ(headline_key("깨진\xff바이트"), "깨진바이트");
}

}  // namespace
}  // namespace kornews::news
