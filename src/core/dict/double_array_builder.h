// Builds the double-array trie of dict_format.h (TrieUnit) from keys given as sequences of
// nonzero codes; each key's value is stored in the unit of the state the key ends at.
#pragma once

#include <cstdint>
#include <vector>

#include "core/dict/dict_format.h"

namespace kornews::dict {

// `keys` must be sorted lexicographically and unique; values[i] belongs to keys[i] and must not
// be kNoValue.
std::vector<TrieUnit> build_double_array(const std::vector<std::vector<uint16_t>>& keys,
                                         const std::vector<uint32_t>& values);

}  // namespace kornews::dict
