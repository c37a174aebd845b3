#include "core/ner/entity.h"

namespace kornews::ner {

namespace {
constexpr std::string_view kNames[kEntityLabelCount] = {"PS", "LC", "OG", "DT", "TI", "QT"};
}

std::string_view label_name(EntityLabel label) {
  const int i = static_cast<int>(label);
  return i >= 0 && i < kEntityLabelCount ? kNames[i] : std::string_view("?");
}

bool parse_label(std::string_view name, EntityLabel& out) {
  for (int i = 0; i < kEntityLabelCount; ++i) {
    if (kNames[i] == name) {
      out = static_cast<EntityLabel>(i);
      return true;
    }
  }
  return false;
}

}  // namespace kornews::ner
