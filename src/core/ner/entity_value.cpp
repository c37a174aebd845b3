#include "core/ner/entity_value.h"

namespace kornews::ner {
namespace {

// An optional minus, digits, and at most one decimal point between digits: what format_decimal
// writes, and what PostgreSQL's numeric reads without surprise (no exponent, no NaN).
bool is_decimal(std::string_view s) {
  size_t i = s.size() > 0 && s[0] == '-' ? 1 : 0;
  bool digit_before = false, point = false, digit_after = false;
  for (; i < s.size(); ++i) {
    const char c = s[i];
    if (c >= '0' && c <= '9') {
      (point ? digit_after : digit_before) = true;
    } else if (c == '.' && !point && digit_before) {
      point = true;
    } else {
      return false;
    }
  }
  return digit_before && (!point || digit_after);
}

// Without leading zeros (007 -> 7, 00.5 -> 0.5), so the text is also a JSON number.
std::string canonical(std::string_view s) {
  std::string out;
  if (!s.empty() && s[0] == '-') {
    out.push_back('-');
    s.remove_prefix(1);
  }
  while (s.size() > 1 && s[0] == '0' && s[1] != '.') s.remove_prefix(1);
  out.append(s);
  return out == "-0" ? "0" : out;
}

}  // namespace

EntityValue entity_value(EntityLabel label, std::string_view normalized) {
  EntityValue out;
  switch (label) {
    case EntityLabel::kQT: {
      // "<number>" or "<number> <unit>"; the unit may itself hold spaces.
      const size_t space = normalized.find(' ');
      const std::string_view number = normalized.substr(0, space);
      if (!is_decimal(number) || number.size() > 64) break;
      out.number = canonical(number);
      if (space != std::string_view::npos) {
        std::string_view unit = normalized.substr(space + 1);
        while (!unit.empty() && unit.front() == ' ') unit.remove_prefix(1);
        out.unit = std::string(unit);
      }
      break;
    }
    case EntityLabel::kDT:
    case EntityLabel::kTI: {
      const std::optional<kornews::TimeValue> v = kornews::parse_iso_8601(normalized);
      if (!v) break;
      if (v->kind == kornews::TimeValue::Kind::kDuration) {
        out.duration = v->duration;
      } else {
        out.range = kornews::time_range(*v);
      }
      break;
    }
    default:
      break;
  }
  return out;
}

}  // namespace kornews::ner
