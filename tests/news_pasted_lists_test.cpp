// Headline lists in the forms people paste (issue 17): portal lists without separators, the
// browser-copied stacked layout, spreadsheet quoting, thousands separators, numbers at the end
// of a title, raw HTML, and the doubts a row carries. Lists written for these tests.
#include <gtest/gtest.h>

#include "core/news/headline_key.h"
#include "core/news/headline_parser.h"
#include "core/news/html_rows.h"
#include "core/news/outlets.h"
#include "core/news/quoted_fields.h"

namespace kornews::news {
namespace {

const Reference kFeb7{CivilDate{2025, 2, 7}, std::nullopt};
const Reference kFeb7At1040{CivilDate{2025, 2, 7}, 10 * 3600 + 40 * 60};

std::vector<HeadlineRow> parse(std::string_view text, const Reference& ref = kFeb7,
                               const OutletList* outlets = nullptr) {
  std::vector<HeadlineRow> rows;
  parse_headlines(text, ref, [&](HeadlineRow& row) { rows.push_back(row); }, outlets);
  return rows;
}

std::string when(const HeadlineRow& row) {
  return row.published ? format_local(*row.published) : "null";
}

using Doubts = std::vector<std::string>;

TEST(NewsPastedLists, PortalListWithoutSeparatorSplitsKnownOutlets) {
  const auto rows = parse(
      "반도체 수출 두 달 연속 늘어 한국경제 3분 전\n"
      "항만 자동화 첫 시험 운영 매일경제 12분 전\n"
      "겨울 가뭄에 저수율 뚝 연합뉴스 TV 1시간 전\n",
      kFeb7At1040);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(*rows[0].title, "반도체 수출 두 달 연속 늘어");
  EXPECT_EQ(*rows[0].author, "한국경제");
  EXPECT_EQ(when(rows[0]), "2025-02-07 10:37:00");
  EXPECT_EQ(*rows[1].author, "매일경제");
  EXPECT_EQ(when(rows[1]), "2025-02-07 10:28:00");
  // A two-word name, matched with its space or without.
  EXPECT_EQ(*rows[2].title, "겨울 가뭄에 저수율 뚝");
  EXPECT_EQ(*rows[2].author, "연합뉴스 TV");
  for (const auto& row : rows) EXPECT_EQ(row.doubts, Doubts{});
}

TEST(NewsPastedLists, AnEditedOutletListIsUsed) {
  OutletList mine({"바다일보"});
  const auto rows = parse("겨울 가뭄에 저수율 뚝 바다일보 3분 전\n", kFeb7At1040, &mine);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(*rows[0].author, "바다일보");
  EXPECT_EQ(*rows[0].title, "겨울 가뭄에 저수율 뚝");
  EXPECT_EQ(rows[0].doubts, Doubts{});
  // Without it, the last word is still taken as the author, but the row says it is a guess.
  OutletList none;
  const auto plain = parse("겨울 가뭄에 저수율 뚝 바다일보 3분 전\n", kFeb7At1040, &none);
  ASSERT_EQ(plain.size(), 1u);
  EXPECT_EQ(*plain[0].author, "바다일보");
  EXPECT_EQ(plain[0].doubts, Doubts{"author_guessed"});
}

TEST(NewsPastedLists, StackedPortalLayoutOutletTimeTitle) {
  const auto rows = parse(
      "한국경제\n"
      "3분 전\n"
      "반도체 수출 두 달 연속 늘어\n"
      "매일경제\n"
      "12분 전\n"
      "[단독] 항만 자동화 첫 시험 운영\n"
      "바다일보\n"
      "1시간 전\n"
      "겨울 가뭄에 저수율 뚝\n",
      kFeb7At1040);
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].line_no, 1);
  EXPECT_EQ(*rows[0].title, "반도체 수출 두 달 연속 늘어");
  EXPECT_EQ(*rows[0].author, "한국경제");
  EXPECT_EQ(when(rows[0]), "2025-02-07 10:37:00");
  EXPECT_EQ(rows[0].raw, "한국경제\n3분 전\n반도체 수출 두 달 연속 늘어");
  EXPECT_EQ(rows[1].line_no, 4);
  EXPECT_EQ(rows[1].labels, std::vector<std::string>({"단독"}));
  // An outlet the list does not know, recognized by its place above the time: flagged.
  EXPECT_EQ(*rows[2].author, "바다일보");
  EXPECT_EQ(rows[2].doubts, Doubts{"outlet_guessed"});
}

TEST(NewsPastedLists, StackedTitleOverOutletAndTime) {
  const auto rows = parse(
      "반도체 수출 두 달 연속 늘어\n"
      "한국경제 · 3분 전\n"
      "항만 자동화 첫 시험 운영\n"
      "바다일보 · 12분 전\n",
      kFeb7At1040);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(*rows[0].title, "반도체 수출 두 달 연속 늘어");
  EXPECT_EQ(*rows[0].author, "한국경제");
  EXPECT_EQ(*rows[1].title, "항만 자동화 첫 시험 운영");
  EXPECT_EQ(*rows[1].author, "바다일보");
  EXPECT_EQ(when(rows[1]), "2025-02-07 10:28:00");
}

TEST(NewsPastedLists, StackedEntriesAcrossABlockBoundary) {
  std::string text;
  const int entries = static_cast<int>(HeadlineParser::kBlockLines);  // 3 lines each
  for (int i = 0; i < entries; ++i) text += "한국경제\n3분 전\n제목 번호 " + std::to_string(i) + "\n";
  const auto rows = parse(text, kFeb7At1040);
  ASSERT_EQ(rows.size(), static_cast<size_t>(entries));
  for (int i = 0; i < entries; ++i) {
    ASSERT_TRUE(rows[i].parsed) << i;
    EXPECT_EQ(*rows[i].title, "제목 번호 " + std::to_string(i));
    EXPECT_EQ(rows[i].line_no, 3 * i + 1);
  }
}

TEST(NewsPastedLists, CsvQuotingIsUndone) {
  const auto rows = parse(
      "번호,제목,글쓴이,날짜\n"
      "12,\"트럼프 \"\"관세\"\" 발표, 증시 출렁\",바다일보,2025-02-07\n"
      "\"1,203\",새벽 배송 확대,한빛일보,2025-02-06\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(*rows[0].item_no, 12);
  EXPECT_EQ(*rows[0].title, "트럼프 \"관세\" 발표, 증시 출렁");
  EXPECT_EQ(*rows[0].author, "바다일보");
  EXPECT_EQ(*rows[1].item_no, 1203);
  EXPECT_EQ(when(rows[1]), "2025-02-06 00:00:00");
}

TEST(NewsPastedLists, QuotedRowWithoutHeaderAndUnbalancedQuotes) {
  const auto rows = parse(
      "\"12\",\"트럼프 \"\"관세\"\" 발표\",\"바다일보\",\"2025-02-07\"\n"
      "13\t\"조선업 \"\"수주\"\" 호조\"\t바다일보\t2025-02-07\n"
      "14\t\"닫히지 않은 따옴표\t바다일보\t2025-02-07\n");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(*rows[0].title, "트럼프 \"관세\" 발표");
  EXPECT_EQ(*rows[1].title, "조선업 \"수주\" 호조");
  EXPECT_EQ(rows[1].doubts, Doubts{});
  EXPECT_EQ(rows[2].doubts, Doubts{"quotes_unbalanced"});
}

TEST(NewsPastedLists, CommasInATitleAreNotCsv) {
  const auto rows = parse("501 신한금융, 작년 순익 늘어 바다일보 2025.02.07\n"
                          "500 눈길, 교통사고 잇따라 바다일보 2025.02.07\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(*rows[0].title, "신한금융, 작년 순익 늘어");
  EXPECT_EQ(*rows[0].author, "바다일보");
}

TEST(NewsPastedLists, ThousandsSeparatorInTheItemNumber) {
  const auto rows = parse("1,203 지하철 3호선 새벽 운행 재개 검토 한빛일보 2025.02.07\n"
                          "1,202 강원 산간 대설특보 한빛일보 2025.02.06\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(*rows[0].item_no, 1203);
  EXPECT_EQ(*rows[0].title, "지하철 3호선 새벽 운행 재개 검토");
  EXPECT_EQ(*rows[1].item_no, 1202);
  // Not groups of three: not a number.
  const auto odd = parse("1,20 제목 한빛일보 2025.02.07\n");
  ASSERT_EQ(odd.size(), 1u);
  EXPECT_FALSE(odd[0].item_no.has_value());
}

TEST(NewsPastedLists, APercentageIsTheEndOfTheTitleNotItsAuthor) {
  const auto rows = parse("한은 기준금리 동결…연 3.0% 10:32\n", kFeb7At1040);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(*rows[0].title, "한은 기준금리 동결…연 3.0%");
  EXPECT_FALSE(rows[0].author.has_value());
  EXPECT_EQ(when(rows[0]), "2025-02-07 10:32:00");
}

TEST(NewsPastedLists, HtmlTableRowsTagsReadNotKept) {
  const auto rows = parse(
      "<table>\n"
      "<tr><th>번호</th><th>제목</th><th>글쓴이</th><th>날짜</th></tr>\n"
      "<tr><td>31</td><td><a href=\"/v/31\"><b>[속보]</b> 폭설에 항공편 &amp; 여객선 결항</a>"
      "</td><td>한빛일보</td><td>2025.02.07</td></tr>\n"
      "<tr>\n"
      "  <td>30</td>\n"
      "  <td><a href=\"/v/30\">강원 산간 대설특보</a></td>\n"
      "  <td>바다일보</td>\n"
      "  <td>2025.02.06</td>\n"
      "</tr>\n"
      "</table>\n");
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].line_no, 3);
  EXPECT_EQ(*rows[0].item_no, 31);
  EXPECT_EQ(*rows[0].title, "[속보] 폭설에 항공편 & 여객선 결항");
  EXPECT_EQ(rows[0].labels, std::vector<std::string>({"속보"}));
  EXPECT_EQ(*rows[0].author, "한빛일보");
  EXPECT_EQ(rows[1].line_no, 5);
  EXPECT_EQ(*rows[1].title, "강원 산간 대설특보");
  EXPECT_EQ(when(rows[1]), "2025-02-06 00:00:00");
  EXPECT_NE(rows[1].raw.find("<td>바다일보</td>"), std::string::npos);
}

TEST(NewsPastedLists, HtmlListItems) {
  const auto rows = parse(
      "<ul class=\"list\">\n"
      "<li><a href=\"#\">반도체 수출 두 달 연속 늘어</a> <span class=\"press\">한국경제</span>"
      " <span class=\"time\">3분 전</span></li>\n"
      "<li><a href=\"#\">겨울 가뭄에 저수율 뚝</a> <span>바다일보</span> <span>1시간 전</span>"
      "</li>\n"
      "<script>var x = '<li>not a row</li>';</script>\n"
      "</ul>\n",
      kFeb7At1040);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(*rows[0].title, "반도체 수출 두 달 연속 늘어");
  EXPECT_EQ(*rows[0].author, "한국경제");
  EXPECT_EQ(when(rows[0]), "2025-02-07 10:37:00");
  EXPECT_EQ(*rows[1].author, "바다일보");
}

TEST(NewsPastedLists, SubDayTimesAgainstADateAreFlagged) {
  const auto rows = parse("반도체 수출 두 달 연속 늘어 한국경제 3분 전\n");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(when(rows[0]), "2025-02-07 00:00:00");
  EXPECT_EQ(rows[0].doubts, Doubts{"time_unknown"});
}

TEST(NewsPastedLists, AGuessedAuthorIsFlaggedARepeatedOneIsNot) {
  const auto rows = parse(
      "501 항만 자동화 첫 시험 바다일보 2025.02.07\n"
      "500 눈길 교통사고 잇따라 바다일보 2025.02.07\n"
      "499 새벽 배송 확대 한빛일보 2025.02.07\n");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].doubts, Doubts{});
  EXPECT_EQ(rows[1].doubts, Doubts{});
  EXPECT_EQ(*rows[2].author, "한빛일보");
  EXPECT_EQ(rows[2].doubts, Doubts{"author_guessed"});
}

TEST(NewsPastedLists, QuotedFieldsSplitter) {
  std::string storage;
  std::vector<std::string_view> fields;
  EXPECT_TRUE(split_quoted("a, \"b,c\" ,\"d\"\"e\",", ',', storage, fields));
  ASSERT_EQ(fields.size(), 4u);
  EXPECT_EQ(fields[0], "a");
  EXPECT_EQ(fields[1], "b,c");
  EXPECT_EQ(fields[2], "d\"e");
  EXPECT_EQ(fields[3], "");
  EXPECT_FALSE(split_quoted("\"open,b", ',', storage, fields));
  EXPECT_FALSE(split_quoted("\"a\"x,b", ',', storage, fields));
  EXPECT_TRUE(has_quoted_field("1, \"a\"", ','));
  EXPECT_FALSE(has_quoted_field("a \"b\" c, d", ','));
}

TEST(NewsPastedLists, HtmlReaderEntitiesAndComments) {
  HtmlRowReader reader;
  std::vector<HtmlRow> rows;
  reader.add_line(1, "<div>R&D &#54620;&#xAD6D; &lt;b&gt; <!-- <tr> --> 끝</div>", rows);
  reader.finish(rows);
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].text, "R&D 한국 <b> 끝");
  EXPECT_TRUE(starts_html("<TABLE class=x>"));
  EXPECT_TRUE(starts_html("<!DOCTYPE html>"));
  EXPECT_FALSE(starts_html("<단독> 제목 바다일보 2025.02.07"));
  EXPECT_FALSE(starts_html("<3 제목"));
}

TEST(NewsPastedLists, HtmlRowRawIsItsSourceLines) {
  // Two rows on one line, the second one closed only by the end of the input after an empty
  // line (found by the fuzzer: its raw was once empty).
  HtmlRowReader reader;
  std::vector<HtmlRow> rows;
  reader.add_line(1, "<tr><td>가</td></tr><tr><td>나</td>", rows);
  reader.add_line(2, "<td>다</td>", rows);
  reader.add_line(3, "", rows);
  reader.finish(rows);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[0].line_no, 1);
  EXPECT_EQ(rows[0].raw, "<tr><td>가</td></tr><tr><td>나</td>");
  EXPECT_EQ(rows[1].line_no, 1);
  EXPECT_EQ(rows[1].text, "나\t다");
  EXPECT_EQ(rows[1].raw, "<tr><td>가</td></tr><tr><td>나</td>\n<td>다</td>\n");
  // A row on a line of its own has that line as its raw.
  rows.clear();
  HtmlRowReader one;
  one.add_line(1, "<tr><td>가</td></tr>", rows);
  one.add_line(2, "<tr><td>나</td></tr>", rows);
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].raw, "<tr><td>나</td></tr>");
}

TEST(NewsPastedLists, OutletNamesIgnoreSpaces) {
  const OutletList& outlets = default_outlets();
  EXPECT_TRUE(outlets.contains("연합뉴스TV"));
  EXPECT_TRUE(outlets.contains("연합뉴스 TV"));
  EXPECT_TRUE(outlets.contains("SBS Biz"));
  EXPECT_FALSE(outlets.contains("바다일보"));
  EXPECT_GE(outlets.max_words(), 2u);
}

TEST(NewsPastedLists, HeadlineKeyKeepsAMinusSign) {
  EXPECT_EQ(headline_key("아침 -10도 강추위"), "아침-10도강추위");
  EXPECT_EQ(headline_key("아침 −10도 강추위"), "아침-10도강추위");  // U+2212
  EXPECT_NE(headline_key("아침 -10도 강추위"), headline_key("아침 10도 강추위"));
  EXPECT_EQ(headline_key("A-1 등급"), "a1등급");  // a hyphen between words, not a sign
  EXPECT_EQ(headline_key("전망 - 10일 발표"), "전망10일발표");  // a dash standing alone
}

}  // namespace
}  // namespace kornews::news
