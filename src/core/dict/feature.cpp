#include "core/dict/feature.h"

#include <array>

namespace kornews {
namespace {

bool is_type_field(std::string_view f) {
  return f == "Inflect" || f == "Compound" || f == "Preanalysis" || f == "*";
}

bool is_tag_char(char c, bool first) {
  return (c >= 'A' && c <= 'Z') || (!first && ((c >= '0' && c <= '9') || c == '_' || c == '-'));
}

}  // namespace

FeatureFields parse_feature(std::string_view feature) {
  // Field starts; a surface such as "," can put extra commas into the reading field, so the
  // type field is found by its value when there are more than eight fields.
  std::array<size_t, 64> starts{};
  size_t count = 0;
  starts[count++] = 0;
  for (size_t i = 0; i < feature.size() && count < starts.size(); ++i) {
    if (feature[i] == ',') starts[count++] = i + 1;
  }
  const auto field = [&](size_t k) {
    if (k >= count) return std::string_view{};
    const size_t end = k + 1 < count ? starts[k + 1] - 1 : feature.size();
    return feature.substr(starts[k], end - starts[k]);
  };
  FeatureFields out{field(0), field(1), "*", "*"};
  if (count == 8) {
    out.type = field(4);
    out.expression = field(7);
    return out;
  }
  for (size_t i = 4; i < count; ++i) {
    if (!is_type_field(field(i))) continue;
    out.type = field(i);
    out.expression = i + 3 < count ? feature.substr(starts[i + 3]) : "*";
    if (out.expression.empty()) out.expression = "*";
    break;
  }
  return out;
}

bool parse_expression(std::string_view expr, std::vector<ExpressionItem>& items) {
  items.clear();
  size_t pos = 0;
  while (pos < expr.size()) {
    // form: the shortest prefix followed by "/TAG/"
    bool matched = false;
    for (size_t slash = expr.find('/', pos); slash != std::string_view::npos;
         slash = expr.find('/', slash + 1)) {
      size_t t = slash + 1;
      if (t >= expr.size() || !is_tag_char(expr[t], true)) continue;
      while (t < expr.size() && is_tag_char(expr[t], false)) ++t;
      if (t >= expr.size() || expr[t] != '/') continue;
      items.push_back({expr.substr(pos, slash - pos), expr.substr(slash + 1, t - slash - 1)});
      const size_t plus = expr.find('+', t + 1);
      pos = plus == std::string_view::npos ? expr.size() : plus + 1;
      matched = true;
      break;
    }
    if (!matched) return false;
  }
  return !items.empty();
}

}  // namespace kornews
