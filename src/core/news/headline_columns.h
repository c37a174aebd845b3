// The columns of a headline row, described once: their names, SQL types and how each value is
// read from a HeadlineRow. The SQL type kornews.headline_row (src/sql/30_news.sql, which
// ko_parse_headlines returns), the rows the extension builds (src/pg/news_headlines.cpp), the
// CLI's JSON objects (`kornews headlines`) and the table and COPY of `kornews import` all follow
// this list, in this order; tests/news_headline_columns_test.cpp checks it against the SQL type.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/news/headline_row.h"
#include "core/time/civil_time.h"

namespace kornews::news {

// The SQL types a headline column has; sql_type_name() spells them as 30_news.sql does.
enum class ColumnType { kInt, kBigint, kText, kTimestamp, kTextArray, kBool };

const char* sql_type_name(ColumnType type);

// One value of a row, read as its column's type says. Views into the row: valid while it is.
struct HeadlineValue {
  bool is_null = true;
  int64_t number = 0;                              // kInt, kBigint
  bool flag = false;                               // kBool
  std::string_view text;                           // kText
  LocalDateTime time;                              // kTimestamp
  const std::vector<std::string>* list = nullptr;  // kTextArray
};

struct HeadlineColumn {
  const char* name;  // the SQL attribute, the JSON key, the import table's column
  ColumnType type;
  bool not_null;  // declared NOT NULL in the table `kornews import --create` makes
  // Reads the value; plain data only, so PostgreSQL-side code may call it outside kn::Guarded.
  HeadlineValue (*get)(const HeadlineRow& row) noexcept;
};

inline constexpr size_t kHeadlineColumnCount = 12;

// line_no, item_no, title, author, published, labels, comments, views, notice, parsed, doubts,
// raw. A row that was not parsed (parsed = false) has only line_no, notice, parsed, doubts and
// raw; its labels are NULL, not an empty list.
const std::array<HeadlineColumn, kHeadlineColumnCount>& headline_columns();

}  // namespace kornews::news
