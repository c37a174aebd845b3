#include "core/news/headline_columns.h"

#include <optional>

namespace kornews::news {
namespace {

HeadlineValue Number(int64_t n) noexcept {
  HeadlineValue v;
  v.is_null = false;
  v.number = n;
  return v;
}

template <typename T>
HeadlineValue OptionalNumber(const std::optional<T>& n) noexcept {
  return n ? Number(static_cast<int64_t>(*n)) : HeadlineValue();
}

HeadlineValue Text(std::string_view s) noexcept {
  HeadlineValue v;
  v.is_null = false;
  v.text = s;
  return v;
}

HeadlineValue OptionalText(const std::optional<std::string>& s) noexcept {
  return s ? Text(*s) : HeadlineValue();
}

HeadlineValue Flag(bool b) noexcept {
  HeadlineValue v;
  v.is_null = false;
  v.flag = b;
  return v;
}

HeadlineValue List(const std::vector<std::string>& items) noexcept {
  HeadlineValue v;
  v.is_null = false;
  v.list = &items;
  return v;
}

HeadlineValue Time(const std::optional<LocalDateTime>& t) noexcept {
  HeadlineValue v;
  if (t) {
    v.is_null = false;
    v.time = *t;
  }
  return v;
}

using T = ColumnType;

const std::array<HeadlineColumn, kHeadlineColumnCount> kColumns = {{
    {"line_no", T::kInt, true, [](const HeadlineRow& r) noexcept { return Number(r.line_no); }},
    {"item_no", T::kBigint, false,
     [](const HeadlineRow& r) noexcept { return OptionalNumber(r.item_no); }},
    {"title", T::kText, false, [](const HeadlineRow& r) noexcept { return OptionalText(r.title); }},
    {"author", T::kText, false,
     [](const HeadlineRow& r) noexcept { return OptionalText(r.author); }},
    {"published", T::kTimestamp, false,
     [](const HeadlineRow& r) noexcept { return Time(r.published); }},
    // Labels are known only of a parsed row: NULL says "not looked at", {} "none".
    {"labels", T::kTextArray, false,
     [](const HeadlineRow& r) noexcept { return r.parsed ? List(r.labels) : HeadlineValue(); }},
    {"comments", T::kInt, false,
     [](const HeadlineRow& r) noexcept { return OptionalNumber(r.comments); }},
    {"views", T::kInt, false, [](const HeadlineRow& r) noexcept { return OptionalNumber(r.views); }},
    {"notice", T::kBool, true, [](const HeadlineRow& r) noexcept { return Flag(r.notice); }},
    {"parsed", T::kBool, true, [](const HeadlineRow& r) noexcept { return Flag(r.parsed); }},
    // Never NULL (an empty list when the parser is sure), but not declared NOT NULL in the
    // import table either: kept as `kornews import --create` has always made it.
    {"doubts", T::kTextArray, false, [](const HeadlineRow& r) noexcept { return List(r.doubts); }},
    {"raw", T::kText, true, [](const HeadlineRow& r) noexcept { return Text(r.raw); }},
}};

}  // namespace

const char* sql_type_name(ColumnType type) {
  switch (type) {
    case ColumnType::kInt:
      return "int";
    case ColumnType::kBigint:
      return "bigint";
    case ColumnType::kText:
      return "text";
    case ColumnType::kTimestamp:
      return "timestamp";
    case ColumnType::kTextArray:
      return "text[]";
    case ColumnType::kBool:
      return "bool";
  }
  return "";
}

const std::array<HeadlineColumn, kHeadlineColumnCount>& headline_columns() { return kColumns; }

}  // namespace kornews::news
