// The kornews binary dictionary: one file, mapped read-only and shared by every process through
// the page cache. Layout (little endian), see dict_format.h:
//   header   magic "KORNDIC\0", format version, file size, payload checksum, source version,
//            section table
//   sections char classes, char codes, trie, entries, features, connection matrix,
//            unknown-word entries, left-space penalties, tag names
// open() checks the header and the section bounds; verify() recomputes the payload checksum over
// the whole file, which is what tells a damaged file from a good one: a host verifies a file
// before its first analysis with it (the backend once per file identity, see src/pg/backend.cpp;
// the CLI on every open). Indexes read from the file are also bounds-checked where they are used.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/dict/dict_format.h"
#include "core/io/mapped_file.h"

namespace kornews {

class Dictionary {
 public:
  // Throws DictionaryError (with a hint) when the file is missing, unreadable or not a valid
  // kornews dictionary of this format version. With `verify`, also verify() before returning.
  static std::shared_ptr<const Dictionary> open(const std::string& path, bool verify = true);
  Dictionary(const Dictionary&) = delete;
  Dictionary& operator=(const Dictionary&) = delete;

  // Recomputes the payload checksum; throws DictionaryError on a mismatch.
  void verify() const;

  const std::string& path() const { return file_->path(); }
  std::string_view source() const;  // e.g. "mecab-ko-dic 0.1.3 sha512-..."
  uint32_t format_version() const { return header_->format_version; }
  uint64_t checksum() const { return header_->checksum; }
  size_t file_size() const { return size_; }
  // What the mapped file is on disk, and whether it is still there as mapped.
  const io::FileIdentity& identity() const { return file_->identity(); }
  io::DiskState disk_state() const { return file_->disk_state(); }
  uint32_t entry_count() const { return entry_count_; }

  // Character classes (char.def): for any code point.
  const dict::CharClass& char_class(char32_t cp) const {
    return char_classes_[cp < dict::kCharTableSize ? cp : 0];
  }
  // Trie code of a code point (0 = no dictionary word contains it).
  uint16_t char_code(char32_t cp) const { return cp < dict::kCharTableSize ? char_codes_[cp] : 0; }

  // Double-array trie over char codes.
  const dict::TrieUnit* trie() const { return trie_; }
  uint32_t trie_size() const { return trie_size_; }

  const dict::Entry* entries() const { return entries_; }
  // A walk down the trie, one code point at a time from the root (state 0), for a caller that
  // reads text as it goes: advances `state` by `cp` and returns true, or returns false when no
  // dictionary word goes on with `cp`.
  bool step(uint32_t& state, char32_t cp) const {
    const uint16_t code = char_code(cp);
    const uint32_t next = static_cast<uint32_t>(trie_[state].base) + code;
    if (code == 0 || next >= trie_size_ || trie_[next].check != state) return false;
    state = next;
    return true;
  }
  // Whether the code points walked to `state` spell a dictionary word; if so, its entries are
  // [*first, *first + *count). The trie keeps them in the unit itself, so a walk that reads it
  // right after step() pays no second cache miss.
  bool word_at(uint32_t state, uint32_t* first, uint32_t* count) const {
    const uint32_t value = trie_[state].value;
    if (value == dict::kNoValue) return false;
    *first = value >> 8, *count = value & 0xFF;
    if (*first > entry_count_ || *count > entry_count_ - *first) entry_out_of_range();
    return true;
  }
  // Unknown-word entries follow the words' entries.
  bool is_unknown_entry(uint32_t entry) const { return entry >= first_unknown_entry_; }
  // Unknown-word entries of one character category.
  const dict::Entry* unknown_entries(uint32_t category, uint32_t* count) const;

  // The connection costs into a right node of left id `right_lid`: indexed by the left node's
  // right id, so matrix_row(l)[r] is the cost of r followed by l. Ids are validated by the
  // caller against right_id_count() and left_id_count().
  const int16_t* matrix_row(uint16_t right_lid) const {
    return matrix_ + static_cast<size_t>(right_id_count_) * right_lid;
  }
  // The smallest and largest connection cost from a left node's right id, over all left ids.
  int column_min(uint16_t left_rid) const { return column_bounds_[left_rid]; }
  int column_max(uint16_t left_rid) const { return column_bounds_[right_id_count_ + left_rid]; }
  // How many right (resp. left) context ids the matrix has.
  uint16_t right_id_count() const { return right_id_count_; }
  uint16_t left_id_count() const { return left_id_count_; }

  int space_penalty(uint16_t posid) const { return posid < penalty_count_ ? penalties_[posid] : 0; }

  // The feature string at `offset`; empty when the offset is out of range.
  std::string_view feature(uint32_t offset) const;
  std::string_view entry_feature(uint32_t entry) const {
    return entry < entry_count_ ? feature(entries_[entry].feature) : std::string_view();
  }
  // The expression of a Compound entry, "삼성/NNG/*+전자/NNG/*"; empty for other entries.
  std::string_view compound_parts(uint32_t entry) const;
  // The parts a search indexes beside the whole word of a compound noun entry, joined by '\0'
  // (decided at build time, compound_split.h); empty when it is not split.
  std::string_view search_parts(uint32_t entry) const;
  // The morphemes an Inflect entry stands for (Entry::index() is its expansion id); false when
  // the id or the data is out of range.
  struct Expanded {
    std::string_view form, tag;
  };
  bool expansion(uint32_t id, std::vector<Expanded>& out) const;
  // How a word the user adds with `tag` connects: the context of the system words of that tag
  // with the same final-consonant mark ('T', 'F'), or failing that of any of them; nullptr when
  // the tag cannot take user words (particles, endings, unknown tags).
  const dict::UserContext* user_context(std::string_view tag, char final) const;
  // The output tag of an entry ("NNG"); "UNKNOWN" for an index out of range.
  std::string_view tag(uint32_t index) const {
    return index < tag_count_ ? std::string_view(tags_[index].text) : std::string_view("UNKNOWN");
  }

 private:
  Dictionary() = default;
  [[noreturn]] void entry_out_of_range() const;
  std::unique_ptr<io::MappedFile> file_;
  const uint8_t* base_ = nullptr;
  size_t size_ = 0;
  const dict::FileHeader* header_ = nullptr;
  const dict::CharClass* char_classes_ = nullptr;
  const uint16_t* char_codes_ = nullptr;
  const dict::TrieUnit* trie_ = nullptr;
  uint32_t trie_size_ = 0;
  const dict::Entry* entries_ = nullptr;
  uint32_t entry_count_ = 0;
  const dict::UnknownIndex* unknown_index_ = nullptr;
  uint32_t category_count_ = 0;
  uint32_t first_unknown_entry_ = 0;
  const char* features_ = nullptr;
  uint32_t features_size_ = 0;
  const int16_t* matrix_ = nullptr;
  // The matrix section starts with MeCab's matrix.def header, "lsize rsize": lsize counts the
  // right ids of a left node, rsize the left ids of a right node.
  uint16_t right_id_count_ = 0, left_id_count_ = 0;
  const int16_t* column_bounds_ = nullptr;
  const uint32_t* expansion_index_ = nullptr;
  uint32_t expansion_count_ = 0;
  const uint8_t* expansions_ = nullptr;
  uint32_t expansions_size_ = 0;
  const dict::TagName* tags_ = nullptr;
  uint32_t tag_count_ = 0;
  const dict::UserContext* user_contexts_ = nullptr;
  uint32_t user_context_count_ = 0;
  const dict::SearchParts* search_parts_ = nullptr;  // sorted by entry
  uint32_t search_parts_count_ = 0;
  std::string_view search_parts_text_;
  const int16_t* penalties_ = nullptr;
  uint32_t penalty_count_ = 0;
};

}  // namespace kornews
