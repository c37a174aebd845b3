// Features of the entity model: for each non-space character of a line, kFeatureCount hashed
// row indices into the model's weight table. They combine the characters around it, the shape
// of its word (digits folded), and the analyzer's morphemes: the morpheme it lies in (form, tag,
// position inside it), its neighbours, and the dictionary's semantic class (인명, 지명 ...); and
// whether it lies in a known name of the name list (core/dict/name_list.h).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "core/morph/morpheme.h"
#include "core/ner/list_gazetteers.h"

namespace kornews {
class Dictionary;
}

namespace kornews::ner {

struct LineFeatures {
  std::vector<int32_t> unit_pos;  // code-point index in the line of each tagged character
  std::vector<uint32_t> rows;     // kFeatureCount row indices per unit
};

class FeatureExtractor {
 public:
  // Bumped whenever the features change: a model trained with other features is refused.
  static constexpr uint32_t kFeatureSet = 4;
  static constexpr int kFeatureCount = 28;

  // `names`: the known names (core/dict/name_list.h) the model is trained or tagging with.
  FeatureExtractor(const Dictionary& dict, const ListGazetteers& names)
      : dict_(dict), names_(names) {}

  // `line` is one line of text (no newline); `morphs` its analysis, offsets relative to `line`.
  // When `table` is given (row r at table + r * row_bytes), each row is prefetched as soon as
  // its index is known, so the memory latency of the table overlaps the feature computation.
  void extract(std::string_view line, const std::vector<Morpheme>& morphs, uint32_t row_mask,
               LineFeatures& out, const char* table = nullptr, size_t row_bytes = 0);

  // The line's code points as extract() decoded them.
  const std::vector<char32_t>& code_points() const { return cps_; }
  // The listed names (no products) extract() found in the line that end a word or come before a
  // particle, and whether the analysis found each as one dictionary word.
  struct ListedName {
    GazetteerMatch match;
    bool dictionary_word;
  };
  const std::vector<ListedName>& whole_listed_names() const { return whole_names_; }
  // The listed products (no entities) extract() found in the line.
  const std::vector<GazetteerMatch>& products() const { return products_; }

 private:
  struct Segment {  // morphemes sharing one span (the parts of an inflected word) merged
    int32_t start, end;
    uint64_t form, tag, sem;
  };
  const Dictionary& dict_;
  const ListGazetteers& names_;
  std::vector<char32_t> cps_;
  std::vector<int32_t> seg_of_;  // per code point, -1 for none
  std::vector<Segment> segs_;
  std::vector<int32_t> eoj_start_, eoj_end_;  // per code point, the word (space-delimited) span
  std::vector<uint64_t> eoj_hash_, eoj_shape_;
  std::vector<uint8_t> josa_;  // per code point, 1 inside a particle
  std::vector<uint32_t>
      known_;  // per code point, its known-name match (label, place, what follows)
  std::vector<GazetteerMatch> matches_, products_;
  std::vector<ListedName> whole_names_;  // per code point, of its word
  // Semantic classes by entry, direct-mapped: reading a feature string is a trip to a cold part
  // of the dictionary, and the same nouns recur.
  struct SemSlot {
    uint32_t entry = UINT32_MAX;
    uint64_t sem = 0;
  };
  std::vector<SemSlot> sem_cache_ = std::vector<SemSlot>(16384);
  uint64_t semantic_class(uint32_t entry);
  bool dictionary_word(const std::vector<Morpheme>& morphs, int32_t start, int32_t end) const;
};

// Whitespace and control characters: never tagged, never part of a gazetteer term's ends.
inline bool is_space_cp(char32_t c) {
  return c <= 0x20 || c == 0x7F || c == 0xA0 || c == 0x3000 || (c >= 0x2000 && c <= 0x200B) ||
         c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F || c == 0xFEFF;
}

}  // namespace kornews::ner
