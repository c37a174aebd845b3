#include "cli/headline_values.h"

namespace kornews::cli {

void append_value(std::string& out, const ValueSyntax& syntax, news::ColumnType type,
                  const news::HeadlineValue& value) {
  if (value.is_null) {
    out.append(syntax.null_value);
    return;
  }
  switch (type) {
    case news::ColumnType::kInt:
    case news::ColumnType::kBigint:
      out.append(std::to_string(value.number));
      break;
    case news::ColumnType::kBool:
      out.append(value.flag ? syntax.true_value : syntax.false_value);
      break;
    case news::ColumnType::kText:
      syntax.text(out, value.text);
      break;
    case news::ColumnType::kTimestamp:
      // ISO "YYYY-MM-DD HH:MM:SS": what PostgreSQL reads the same under every DateStyle.
      syntax.text(out, kornews::format_local(value.time));
      break;
    case news::ColumnType::kTextArray:
      syntax.list(out, *value.list);
      break;
  }
}

}  // namespace kornews::cli
