// Compiles an imported MeCab dictionary into the kornews binary format (dict_format.h).
#pragma once

#include <cstdint>
#include <string>

#include "core/dict/mecab_import.h"

namespace kornews::dict {

struct BuildStats {
  size_t words = 0;
  size_t entries = 0;
  size_t trie_units = 0;
  size_t compounds_split = 0;  // entries with parts for search (compound_split.h)
  size_t skipped_words = 0;  // surfaces with a character outside the BMP (none in mecab-ko-dic)
  uint64_t file_size = 0;
};

BuildStats build_dictionary(const MecabSource& source, const std::string& out_path);


}  // namespace kornews::dict
