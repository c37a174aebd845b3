#include <gtest/gtest.h>

#include "core/news/headline_parser.h"

namespace kornews::news {
namespace {

const Reference kFeb7{CivilDate{2025, 2, 7}, std::nullopt};

std::vector<HeadlineRow> parse(std::string_view text, const Reference& ref = kFeb7) {
  std::vector<HeadlineRow> rows;
  parse_headlines(text, ref, [&](HeadlineRow& row) { rows.push_back(row); });
  return rows;
}

std::string when(const HeadlineRow& row) {
  return row.published ? format_local(*row.published) : "null";
}

TEST(NewsHeadlineParser, WhitespaceBoardWithHeader) {
  const auto rows = parse(
      "번호 제목 글쓴이 날짜 조회\n"
      "1203 [단독] 지하철 3호선 새벽 운행 검토 한빛일보 2025.02.07 1,204\n"
      "1202 물동량 역대 최대…2천만 개 돌파(종합) 한빛일보 2025.02.06 88\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].line_no, 2);
  EXPECT_EQ(*rows[0].item_no, 1203);
  EXPECT_EQ(*rows[0].title, "[단독] 지하철 3호선 새벽 운행 검토");
  EXPECT_EQ(*rows[0].author, "한빛일보");
  EXPECT_EQ(when(rows[0]), "2025-02-07 00:00:00");
  EXPECT_EQ(rows[0].labels, std::vector<std::string>({"단독"}));
  EXPECT_EQ(*rows[0].views, 1204);
  EXPECT_EQ(rows[1].labels, std::vector<std::string>({"종합"}));
}

TEST(NewsHeadlineParser, HeaderlessBoardIsInferred) {
  const auto rows = parse(
      "501 항만 자동화 첫 시험 바다일보 2025.02.07\n"
      "500 눈길 교통사고 잇따라 바다일보 2025.02.07\n"
      "499 새벽 배송 확대 한빛일보 07:42\n");
  ASSERT_EQ(rows.size(), 3u);
  for (const auto& row : rows) EXPECT_TRUE(row.parsed) << row.raw;
  EXPECT_EQ(*rows[1].title, "눈길 교통사고 잇따라");
  EXPECT_EQ(*rows[1].author, "바다일보");
  EXPECT_EQ(when(rows[2]), "2025-02-07 07:42:00");
}

TEST(NewsHeadlineParser, HeaderlessListWithoutAuthors) {
  // Last words that never repeat are title words, not an author column.
  const auto rows = parse(
      "항만 자동화 첫 시험 2025.02.07\n"
      "눈길 교통사고 잇따라 2025.02.07\n"
      "새벽 배송 확대 2025.02.06\n"
      "청년 고용률 하락 2025.02.06\n");
  ASSERT_EQ(rows.size(), 4u);
  EXPECT_EQ(*rows[0].title, "항만 자동화 첫 시험");
  EXPECT_FALSE(rows[0].author.has_value());
}

TEST(NewsHeadlineParser, MultiWordAuthorsWhenRowsAgree) {
  const auto rows = parse(
      "제목 글쓴이 날짜\n"
      "항만 자동화 첫 시험 김민수 기자 2025.02.07\n"
      "눈길 교통사고 잇따라 이영희 기자 2025.02.07\n"
      "새벽 배송 확대 연합뉴스 TV 2025.02.07\n"
      "청년 고용률 하락 연합뉴스 TV 2025.02.07\n"
      "반도체 수출 반등 연합뉴스 TV 2025.02.07\n"
      "전기차 보조금 축소 한빛일보 2025.02.07\n");
  ASSERT_EQ(rows.size(), 6u);
  EXPECT_EQ(*rows[0].author, "김민수 기자");
  EXPECT_EQ(*rows[0].title, "항만 자동화 첫 시험");
  EXPECT_EQ(*rows[2].author, "연합뉴스 TV");
  EXPECT_EQ(*rows[2].title, "새벽 배송 확대");
  EXPECT_EQ(*rows[5].author, "한빛일보");
  EXPECT_EQ(*rows[5].title, "전기차 보조금 축소");
}

TEST(NewsHeadlineParser, TabAndPipeTables) {
  const auto rows = parse(
      "번호\t제목\t작성자\t등록일\t조회\n"
      "7\t\"보조금 줄인다\"…업계 반발 [4]\t한빛일보\t2025-02-02 09:31\t15\n"
      "\n"
      "| 번호 | 제목 | 작성자 | 등록일 |\n"
      "|---|---|---|---|\n"
      "| 55 | 〈인터뷰〉 새 시즌 앞둔 감독 | 김민수 기자 | 2025년 2월 1일 |\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(*rows[0].title, "\"보조금 줄인다\"…업계 반발");
  EXPECT_EQ(*rows[0].comments, 4);
  EXPECT_EQ(*rows[0].views, 15);
  EXPECT_EQ(when(rows[0]), "2025-02-02 09:31:00");
  EXPECT_EQ(rows[1].line_no, 6);
  EXPECT_EQ(*rows[1].author, "김민수 기자");
  EXPECT_EQ(rows[1].labels, std::vector<std::string>({"인터뷰"}));
}

TEST(NewsHeadlineParser, PortalLists) {
  const auto rows = parse(
      "대학 등록금 동결 6년째 - 연합뉴스 TV 2025-02-02 09:31\n"
      "청년 고용률 석 달째 하락 - 한빛일보 어제\n"
      "전기차 보조금 축소 · 바다일보 · 3시간 전\n");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(*rows[0].title, "대학 등록금 동결 6년째");
  EXPECT_EQ(*rows[0].author, "연합뉴스 TV");
  EXPECT_EQ(when(rows[1]), "2025-02-06 00:00:00");
  EXPECT_EQ(*rows[2].title, "전기차 보조금 축소");
  EXPECT_EQ(*rows[2].author, "바다일보");
  EXPECT_EQ(when(rows[2]), "2025-02-07 00:00:00");
}

TEST(NewsHeadlineParser, NoticeRows) {
  const auto rows = parse(
      "번호 제목 글쓴이 날짜\n"
      "공지 게시판 이용 안내 운영자 2025.01.02\n"
      "[공지] 서버 점검 안내 운영자\n"
      "88 항만 자동화 첫 시험 바다일보 2025.02.07\n");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_TRUE(rows[0].notice);
  EXPECT_FALSE(rows[0].item_no.has_value());
  EXPECT_EQ(*rows[0].title, "게시판 이용 안내");
  EXPECT_TRUE(rows[1].parsed);  // a notice may come without a date
  EXPECT_TRUE(rows[1].notice);
  EXPECT_FALSE(rows[1].published.has_value());
  EXPECT_FALSE(rows[2].notice);
}

TEST(NewsHeadlineParser, NothingIsLost) {
  const auto rows = parse(
      "번호 제목 글쓴이 날짜\r\n"
      "\r\n"
      "날짜가 빠진 줄 바다일보\r\n"
      "   \r\n"
      "77 정상 행 바다일보 2025.02.07\r\n"
      "이 줄은 아무 형식도 아닙니다.");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_FALSE(rows[0].parsed);
  EXPECT_EQ(rows[0].line_no, 3);
  EXPECT_EQ(rows[0].raw, "날짜가 빠진 줄 바다일보");
  EXPECT_FALSE(rows[0].title.has_value());
  EXPECT_TRUE(rows[0].labels.empty());
  EXPECT_TRUE(rows[1].parsed);
  EXPECT_EQ(rows[1].line_no, 5);
  EXPECT_FALSE(rows[2].parsed);
  EXPECT_EQ(rows[2].line_no, 6);
}

TEST(NewsHeadlineParser, EmptyAndOversizedInput) {
  EXPECT_TRUE(parse("").empty());
  EXPECT_TRUE(parse("\n\n  \n").empty());
  const std::string huge(HeadlineParser::kMaxLineBytes + 1, 'x');
  const auto rows = parse(huge + " 바다일보 2025.02.07");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_FALSE(rows[0].parsed);
  EXPECT_EQ(rows[0].raw.size(), huge.size() + std::string(" 바다일보 2025.02.07").size());
}

TEST(NewsHeadlineParser, StreamsInBlocks) {
  // Rows come out before the input ends, in order, across block boundaries.
  HeadlineParser parser(kFeb7);
  size_t seen = 0;
  int64_t last_line = 0;
  for (size_t i = 0; i < 3 * HeadlineParser::kBlockLines; ++i) {
    parser.add_line(std::to_string(9000 - i) + " 항만 자동화 시험 " + std::to_string(i) +
                    "호 바다일보 2025.02.07");
    for (const auto& row : parser.ready_rows()) {
      EXPECT_TRUE(row.parsed);
      EXPECT_EQ(row.line_no, last_line + 1);
      last_line = row.line_no;
    }
    seen += parser.ready_rows().size();
    parser.ready_rows().clear();
  }
  EXPECT_GE(seen, 2 * HeadlineParser::kBlockLines);
  parser.finish();
  seen += parser.ready_rows().size();
  EXPECT_EQ(seen, 3 * HeadlineParser::kBlockLines);
}

}  // namespace
}  // namespace kornews::news
