#include "core/ner/normalize.h"

namespace kornews::ner {

std::string normalize_value(EntityLabel, std::u32string_view,
                            const std::optional<news::CivilDate>&) {
  return {};
}

}  // namespace kornews::ner
