// Writing the values of a headline row as text, for the two text forms the CLI writes them in:
// JSON (`kornews headlines`) and COPY's text format (`kornews import`). The columns and how each
// value is read are core's (core/news/headline_columns.h); what differs between the forms is only
// how a NULL, a boolean, a text and a list of texts are spelled, which a ValueSyntax says.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/news/headline_columns.h"

namespace kornews::cli {

struct ValueSyntax {
  const char* null_value;
  const char* true_value;
  const char* false_value;
  // A text (also a timestamp, as "YYYY-MM-DD HH:MM:SS") and a list of texts, quoted or escaped.
  void (*text)(std::string& out, std::string_view s);
  void (*list)(std::string& out, const std::vector<std::string>& items);
};

// Appends one value of a column of `type` in `syntax`; numbers are written as decimal digits.
void append_value(std::string& out, const ValueSyntax& syntax, news::ColumnType type,
                  const news::HeadlineValue& value);

}  // namespace kornews::cli
