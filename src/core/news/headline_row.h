// One row of a parsed headline list: the shape of ko_parse_headlines(), the CLI's JSON objects
// and the import table.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/time/civil_time.h"

namespace kornews::news {

struct HeadlineRow {
  int64_t line_no = 0;  // 1-based line of the input, blank lines counted
  std::optional<int64_t> item_no;
  std::optional<std::string> title;   // as displayed, labels kept, comment count removed
  std::optional<std::string> author;  // writer, reporter or outlet
  std::optional<LocalDateTime> published;
  std::vector<std::string> labels;  // normalized tags; empty when none or when not parsed
  std::optional<int32_t> comments;
  std::optional<int32_t> views;
  bool notice = false;  // a pinned notice row (공지) instead of a numbered item
  bool parsed = false;  // false: only line_no and raw are set
  // Why the row may be wrong, empty when the parser is sure: "author_guessed",
  // "outlet_guessed", "time_unknown", "quotes_unbalanced" (docs/headlines.md, "Doubts").
  std::vector<std::string> doubts;
  std::string raw;  // the line as given, without its line break (the lines, for a stacked row)
};

}  // namespace kornews::news
