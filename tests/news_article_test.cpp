#include <gtest/gtest.h>

#include "core/news/article_parser.h"

namespace kornews::news {
namespace {

std::vector<std::string> parts_of(std::string_view page) {
  std::vector<std::string> parts;
  for (const auto& s : parse_article(page)) parts.push_back(part_name(s.part));
  return parts;
}

TEST(NewsArticleParser, PageInOrder) {
  const std::string page =
      "메뉴 건너뛰기\n"
      "홈 > 경제 > 산업\n"
      "\n"
      "항만 자동화, 첫 무인 하역 시험\n"
      "“하역 속도 30% 빨라져”\n"
      "\n"
      "사진=바다일보 DB\n"
      "\n"
      "부산항 신항에서 무인 크레인이 컨테이너를 옮기는 첫 시험이 열렸다. 항만공사는 이번 시험에서 "
      "하역 속도가 기존보다 빨라졌다고 밝혔다.\n"
      "\n"
      "■ 남은 과제\n"
      "노조와의 협의가 남아 있다.\n"
      "\n"
      "김민수 기자 minsu@example.com\n"
      "ⓒ 바다일보, 무단 전재 및 재배포 금지\n"
      "\n"
      "번호 제목 글쓴이 날짜\n"
      "12 눈길 교통사고 잇따라 바다일보 2025.02.07\n"
      "11 새벽 배송 확대 바다일보 2025.02.07\n";
  EXPECT_EQ(parts_of(page), std::vector<std::string>({"navigation", "navigation", "title",
                                                      "subtitle", "caption", "body", "subtitle",
                                                      "body", "byline", "copyright", "headlines"}));
  const auto sections = parse_article(page);
  EXPECT_EQ(sections.back().content,
            "번호 제목 글쓴이 날짜\n12 눈길 교통사고 잇따라 바다일보 2025.02.07\n"
            "11 새벽 배송 확대 바다일보 2025.02.07");
  EXPECT_EQ(sections.back().line_no, 17);
}

TEST(NewsArticleParser, OutletAfterBody) {
  EXPECT_EQ(parts_of("짧은 제목\n\n본문 문장이 여기에 있습니다.\n\n바다일보\n"),
            std::vector<std::string>({"title", "body", "byline"}));
}

TEST(NewsArticleParser, EmptyPage) {
  EXPECT_TRUE(parse_article("").empty());
}

}  // namespace
}  // namespace kornews::news
