// The dictionary the unit tests analyze with: the one the build compiled.
#pragma once

#include <memory>

#include "core/dict/dictionary.h"

namespace kornews::testing {

inline std::shared_ptr<const Dictionary> test_dictionary() {
  static const std::shared_ptr<const Dictionary> dict = Dictionary::open(KORNEWS_TEST_DICT);
  return dict;
}

}  // namespace kornews::testing
