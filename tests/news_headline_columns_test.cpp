// The C++ description of a headline row's columns (core/news/headline_columns.h) against the SQL
// type kornews.headline_row as src/sql/30_news.sql creates it, so that the two cannot drift; and
// the values it reads from a row, parsed and not.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "core/news/headline_columns.h"
#include "core/news/headline_parser.h"

namespace kornews::news {
namespace {

// (name, type) of each attribute of `CREATE TYPE kornews.headline_row AS (...)`.
std::vector<std::pair<std::string, std::string>> sql_attributes() {
  std::ifstream in(std::string(KORNEWS_SOURCE_DIR) + "/src/sql/30_news.sql");
  std::stringstream text;
  text << in.rdbuf();
  const std::string sql = text.str();
  std::smatch type;
  const std::regex create(R"(CREATE TYPE kornews\.headline_row AS \(([^;]*)\);)");
  if (!std::regex_search(sql, type, create)) return {};
  std::vector<std::pair<std::string, std::string>> attributes;
  const std::string body = type[1];
  const std::regex attribute(R"(\s*(\w+)\s+([^,]+?)\s*(,|$))");
  for (auto it = std::sregex_iterator(body.begin(), body.end(), attribute);
       it != std::sregex_iterator(); ++it) {
    attributes.emplace_back((*it)[1], (*it)[2]);
  }
  return attributes;
}

TEST(NewsHeadlineColumns, EqualTheSqlType) {
  const auto attributes = sql_attributes();
  ASSERT_EQ(attributes.size(), kHeadlineColumnCount)
      << "src/sql/30_news.sql: CREATE TYPE kornews.headline_row not found or of another length";
  for (size_t i = 0; i < kHeadlineColumnCount; ++i) {
    EXPECT_EQ(attributes[i].first, headline_columns()[i].name) << "column " << i + 1;
    EXPECT_EQ(attributes[i].second, sql_type_name(headline_columns()[i].type))
        << "column " << i + 1 << " (" << attributes[i].first << ")";
  }
}

std::vector<HeadlineRow> parse(std::string_view text) {
  std::vector<HeadlineRow> rows;
  parse_headlines(text, Reference{CivilDate{2025, 3, 14}, std::nullopt},
                  [&](HeadlineRow& row) { rows.push_back(row); });
  return rows;
}

const HeadlineColumn& column(const std::string& name) {
  for (const HeadlineColumn& c : headline_columns()) {
    if (name == c.name) return c;
  }
  throw std::runtime_error("no column " + name);
}

TEST(NewsHeadlineColumns, ReadAParsedRow) {
  const auto rows = parse(
      "번호 제목 글쓴이 날짜 조회\n"
      "77 [속보] 남해안 양식장 적조 경보 발령 푸른신문 2025.03.14 3,210\n"
      "76 섬마을 학교 새 학기 입학식 열려 푸른신문 2025.03.13 45\n");
  ASSERT_EQ(rows.size(), 2u);
  const HeadlineRow& row = rows[0];
  EXPECT_EQ(column("line_no").get(row).number, 2);
  EXPECT_EQ(column("item_no").get(row).number, 77);
  EXPECT_EQ(column("title").get(row).text, "[속보] 남해안 양식장 적조 경보 발령");
  EXPECT_EQ(column("author").get(row).text, "푸른신문");
  const HeadlineValue published = column("published").get(row);
  ASSERT_FALSE(published.is_null);
  EXPECT_EQ(format_local(published.time), "2025-03-14 00:00:00");
  const HeadlineValue labels = column("labels").get(row);
  ASSERT_FALSE(labels.is_null);
  EXPECT_EQ(*labels.list, std::vector<std::string>({"속보"}));
  EXPECT_EQ(column("views").get(row).number, 3210);
  EXPECT_TRUE(column("comments").get(row).is_null);
  EXPECT_FALSE(column("notice").get(row).is_null);
  EXPECT_FALSE(column("notice").get(row).flag);
  EXPECT_TRUE(column("parsed").get(row).flag);
  EXPECT_EQ(column("raw").get(row).text,
            "77 [속보] 남해안 양식장 적조 경보 발령 푸른신문 2025.03.14 3,210");
}

// A row the parser could not read: only line_no, notice, parsed, doubts and raw; labels NULL,
// doubts an empty list -- and only what the table declares NOT NULL is never NULL.
TEST(NewsHeadlineColumns, ReadAnUnparsedRow) {
  HeadlineRow row;
  row.line_no = 9;
  row.raw = "━━━━━━━━";
  row.labels = {"무시"};  // not parsed: never shown
  EXPECT_TRUE(column("labels").get(row).is_null);
  EXPECT_TRUE(column("title").get(row).is_null);
  EXPECT_TRUE(column("item_no").get(row).is_null);
  EXPECT_TRUE(column("published").get(row).is_null);
  const HeadlineValue doubts = column("doubts").get(row);
  ASSERT_FALSE(doubts.is_null);
  EXPECT_TRUE(doubts.list->empty());
  EXPECT_FALSE(column("parsed").get(row).flag);
  for (const HeadlineColumn& c : headline_columns()) {
    if (c.not_null) {
      EXPECT_FALSE(c.get(row).is_null) << c.name;
    }
  }
}

}  // namespace
}  // namespace kornews::news
