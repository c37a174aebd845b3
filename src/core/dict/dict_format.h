// On-disk layout of kornews.dic. Shared by the builder (dict_builder.cpp) and the reader
// (dictionary.cpp); bump kFormatVersion on any change.
#pragma once

#include <cstdint>
#include <cstring>

#include "core/io/checksum.h"

namespace kornews::dict {

inline constexpr char kMagic[8] = {'K', 'O', 'R', 'N', 'D', 'I', 'C', '\0'};
inline constexpr uint32_t kFormatVersion = 4;        // not yet released: no reader of another
inline constexpr uint32_t kCharTableSize = 0x10000;  // code points above the BMP use class 0

enum class Section : uint32_t {
  kCharClasses = 1,  // CharClass[kCharTableSize]
  kCharCodes,        // uint16_t[kCharTableSize]: trie code of each code point
  kTrie,             // TrieUnit[]
  kEntries,          // Entry[] (system words, then unknown-word entries)
  kUnknownIndex,     // UnknownIndex[category count]
  kFeatures,         // UTF-8 strings, each after its uint16_t length and before a NUL
  kMatrix,           // uint16_t right size, left size; int16_t cost[right + right size * left]
  kPenalties,        // int16_t[] indexed by posid
  kTags,             // TagName[]: the output tag of each Entry::tag
  kColumnBounds,     // int16_t min[right size], max[right size]: each right id's cost range
  kExpansionIndex,   // uint32_t[]: where each expansion starts in kExpansions, and one past
  kExpansions,       // per expansion: uint8 count, then per morpheme uint8 length, form, uint16 tag
  kUserContexts,     // UserContext[]: context ids and cost for words added by the user
  kSearchParts,      // uint32_t n, SearchParts[n] by entry, then the parts' text (compound_split.h)
  kCount
};

struct SectionRef {
  uint32_t id;
  uint32_t reserved;
  uint64_t offset;
  uint64_t size;
};

struct FileHeader {
  char magic[8];
  uint32_t format_version;
  uint32_t header_size;
  uint64_t file_size;
  uint64_t checksum;  // file_checksum(): the whole file, this field read as zero
  // NUL-terminated, e.g. "mecab-ko-dic 2.1.1-20180720 sha512-<88 characters of base64>": room
  // for the whole pinned integrity hash, so it can be compared with the pin.
  char source[160];
  uint32_t section_count;
  uint32_t reserved;
  SectionRef sections[static_cast<uint32_t>(Section::kCount) - 1];
};

// The checksum of a whole file: its header (with `checksum` read as zero, and every reserved
// byte as it is) and its payload, so that no byte anywhere can change unnoticed.
inline uint64_t file_checksum(const FileHeader& header, const void* payload, size_t payload_size) {
  FileHeader zeroed;
  std::memcpy(&zeroed, &header, sizeof zeroed);
  zeroed.checksum = 0;
  const uint64_t parts[2] = {io::checksum64(&zeroed, sizeof zeroed),
                             io::checksum64(payload, payload_size)};
  return io::checksum64(parts, sizeof parts);
}

// char.def of MeCab, decoded: which categories a code point belongs to and how unknown words
// are built from it.
struct CharClass {
  uint32_t category_mask;    // bit i: belongs to category i
  uint8_t default_category;  // category used for its unknown words
  uint8_t length;            // unknown words of 1..length characters
  uint8_t group;             // also one unknown word over the whole run of that category
  uint8_t invoke;            // build unknown words even when a dictionary word matches
};

// Double-array unit. A transition by code c (nonzero) from state s goes to t = base[s] + c when
// check[t] == s. `value` is (first entry << 8) | entry count of the word that ends at this
// state, or kNoValue: kept in the unit itself, so one memory access per character both walks
// the trie and finds the words.
inline constexpr uint32_t kNoValue = UINT32_MAX;

struct TrieUnit {
  int32_t base;
  uint32_t check;
  uint32_t value;
};

// How an entry is written out.
enum class EntryKind : uint8_t {
  kPlain,     // one morpheme: the surface with its tag
  kInflect,   // Inflect/Preanalysis: the morphemes of its expression (했 -> 하/VV 았/EP)
  kCompound,  // one morpheme that knows its parts (삼성전자 = 삼성/NNG + 전자/NNG)
};

struct Entry {
  uint16_t left_id;
  uint16_t right_id;
  int16_t cost;
  uint16_t pos_id;
  uint32_t feature;  // offset of the text (after its length) in the features section
  // The kind in the top two bits; below them, for kPlain/kCompound the index of the output tag
  // in the tags section (the first tag of a multi-tag POS), for kInflect the index of its
  // expansion (the morphemes it stands for, parsed at build time).
  uint32_t detail;

  static uint32_t make_detail(EntryKind kind, uint32_t index) {
    return static_cast<uint32_t>(kind) << 30 | index;
  }
  EntryKind kind() const { return static_cast<EntryKind>(detail >> 30); }
  uint32_t index() const { return detail & 0x3FFFFFFF; }
};

struct TagName {
  char text[16];  // NUL-terminated
};

// What a word the user adds (user_lexicon.h) connects like: the context ids MeCab's rewrite
// rules give the feature "TAG,*,FINAL,*,*,*,*,*", taken from the system entries that have
// exactly that feature, and the median cost of those entries.
struct UserContext {
  char tag[6];           // NUL-terminated: NNG, NNP, SL ...
  char final_consonant;  // 'T' (the word ends in a final consonant), 'F', or '*' (not marked)
  uint8_t reserved;
  uint16_t left_id, right_id, pos_id;
  int16_t cost;
};

// The parts a search indexes beside a compound noun (compound_split.h): text[offset, +length)
// of the kSearchParts section's text, the parts joined by '\0'.
struct SearchParts {
  uint32_t entry;
  uint32_t offset;
  uint32_t length;
};

struct UnknownIndex {
  uint32_t first;  // into entries
  uint32_t count;
};

}  // namespace kornews::dict
