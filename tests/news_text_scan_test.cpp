// The byte-level readers of list lines (core/news/text_scan.h) and the words the parser knows
// whatever their case (headline_layout.h), on lines written for these tests. Both read bytes
// with shortcuts (only a byte that may start a space is looked at closely; words are compared
// lowered in place), so the cases put lookalike bytes next to real spaces.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/news/headline_layout.h"
#include "core/news/text_scan.h"

namespace kornews::news {
namespace {

std::vector<std::string> tokens_of(std::string_view line) {
  std::vector<std::string_view> views;
  split_tokens(line, views);
  return std::vector<std::string>(views.begin(), views.end());
}

using V = std::vector<std::string>;

TEST(NewsTextScan, EverySpaceSplitsTokens) {
  EXPECT_EQ(tokens_of("  반도체\t수출\r\n반등 "), V({"반도체", "수출", "반등"}));
  EXPECT_EQ(tokens_of("가\v나\f다"), V({"가", "나", "다"}));
  // U+00A0 and U+3000, alone and in runs with ASCII spaces.
  EXPECT_EQ(tokens_of("청년\xC2\xA0고용률\xE3\x80\x80하락 \xC2\xA0 끝"),
            V({"청년", "고용률", "하락", "끝"}));
  EXPECT_EQ(tokens_of("\xE3\x80\x80\xC2\xA0"), V({}));
  EXPECT_EQ(tokens_of(""), V({}));
}

TEST(NewsTextScan, BytesThatOnlyStartLikeASpaceStayInTheToken) {
  // U+00A9 © and U+00B7 · begin with C2 like U+00A0; U+3001 、 and U+318D ㆍ with E3 like
  // U+3000; a C2 or E3 cut off at the end of the line is no space either.
  EXPECT_EQ(tokens_of("a\xC2\xA9z 1\xC2\xB7"
                      "2"),
            V({"a\xC2\xA9z",
               "1\xC2\xB7"
               "2"}));
  EXPECT_EQ(tokens_of("서울\xE3\x80\x81부산 경제\xE3\x86\x8D사회"),
            V({"서울\xE3\x80\x81부산", "경제\xE3\x86\x8D사회"}));
  EXPECT_EQ(tokens_of("끝\xC2"), V({"끝\xC2"}));
  EXPECT_EQ(tokens_of("끝\xE3\x80"), V({"끝\xE3\x80"}));
  EXPECT_EQ(space_length("\xC2\xA0", 0), 2u);
  EXPECT_EQ(space_length("\xE3\x80\x80", 0), 3u);
  EXPECT_EQ(space_length("\xE3\x80\x81", 0), 0u);
  EXPECT_EQ(space_length("x", 0), 0u);
  EXPECT_EQ(trim("\xE3\x80\x80 제목\xC2\xA0\t"), "제목");
}

TEST(NewsTextScan, WordsInAnyCase) {
  EXPECT_TRUE(is_reporter_title("기자"));
  EXPECT_TRUE(is_reporter_title("pd"));
  EXPECT_TRUE(is_reporter_title("PD"));
  EXPECT_TRUE(is_reporter_title("Pd"));
  EXPECT_FALSE(is_reporter_title("PDF"));
  EXPECT_FALSE(is_reporter_title("P"));
  EXPECT_FALSE(is_reporter_title("기자들"));
  EXPECT_TRUE(is_notice_marker("NOTICE"));
  EXPECT_TRUE(is_notice_marker("[Notice]"));
  EXPECT_TRUE(is_notice_marker("[공지]"));
  EXPECT_FALSE(is_notice_marker("notices"));
  Layout layout;
  ASSERT_TRUE(recognize_header({"NO", "Title", "AUTHOR", "Date", "HITS"}, layout));
  EXPECT_EQ(layout,
            Layout({Column::Number, Column::Title, Column::Author, Column::Date, Column::Views}));
  EXPECT_FALSE(recognize_header({"NO", "TITLES", "DATE"}, layout));
}

}  // namespace
}  // namespace kornews::news
