// Fields of a spreadsheet export: RFC 4180 quoting, where a field that holds the separator or
// a quote is written in double quotes and a quote inside it is doubled
// (1,"트럼프 ""관세"" 발표",바다일보). Used for comma-separated rows and for the cells of
// tab-separated rows, which spreadsheets quote the same way.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace kornews::news {

// Splits `line` at `separator` outside quotes; each field is trimmed, unquoted and its doubled
// quotes undone. The unquoted text is written into `storage` (cleared first, and reserved so
// that it never reallocates) and `fields` are views into it. Returns false when a quote is not
// closed or text follows a closing quote: the line is not quoted the RFC 4180 way (`fields`
// then holds the plain split, quotes kept).
bool split_quoted(std::string_view line, char separator, std::string& storage,
                  std::vector<std::string_view>& fields);

// Whether `line` holds a double quote at the start of a field: only such lines need
// split_quoted (a quote inside a title, "A "B" C", is text).
bool has_quoted_field(std::string_view line, char separator);

}  // namespace kornews::news
