// One entity found in a text: the KLUE tagset (PS person, LC location, OG organization,
// DT date, TI time, QT quantity), its span and its normalized value.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace kornews::ner {

enum class EntityLabel : uint8_t { kPS, kLC, kOG, kDT, kTI, kQT };
inline constexpr int kEntityLabelCount = 6;

// "PS", "LC", ...
std::string_view label_name(EntityLabel label);
// False when `name` is not one of the six names (exact, upper case).
bool parse_label(std::string_view name, EntityLabel& out);

struct Entity {
  // Code points into the caller's original text, end exclusive.
  int32_t start = 0;
  int32_t end = 0;
  EntityLabel label = EntityLabel::kPS;
  std::string text;        // the span as written
  std::string normalized;  // ISO 8601 date/time, "4500000000000 KRW", a full name; "" = none
};

}  // namespace kornews::ner
