// The vocabulary of headline boards: header words and the columns they name, notice markers,
// reporter titles, and the separators portal lists put between a headline and its outlet.
#pragma once

#include <string_view>
#include <vector>

namespace kornews::news {

enum class Column { Number, Title, Author, Date, Views, Comments, Ignored };

using Layout = std::vector<Column>;

// Recognizes a header row from its cells (tokens or fields). A header names at least two
// columns, one of them the title, and nothing but columns.
bool recognize_header(const std::vector<std::string_view>& cells, Layout& out);

// "공지", "[공지]", "공지사항", "알림", "필독", "notice": a pinned row in place of a number.
bool is_notice_marker(std::string_view token);

// "기자", "특파원", "논설위원", …: the word after a reporter's name.
bool is_reporter_title(std::string_view token);

// "-", "–", "—", "|", "·": what portal lists put between a headline, its outlet and its date.
bool is_separator_token(std::string_view token);

}  // namespace kornews::news
