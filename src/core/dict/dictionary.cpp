#include "core/dict/dictionary.h"

#include <algorithm>
#include <cstring>

#include "core/error.h"
#include "core/dict/feature.h"

namespace kornews {
namespace {

constexpr const char* kRebuildHint =
    "Rebuild and reinstall the dictionary (make && make install), or point "
    "kornews.dictionary_path / --dict at a valid kornews.dic.";

[[noreturn]] void corrupt(const std::string& path, const std::string& why) {
  throw DictionaryError("kornews dictionary \"" + path + "\" is corrupt: " + why, kRebuildHint);
}

}  // namespace

std::shared_ptr<const Dictionary> Dictionary::open(const std::string& path, bool verify) {
  std::unique_ptr<io::MappedFile> file;
  try {
    file = std::make_unique<io::MappedFile>(path, "kornews dictionary");
  } catch (const Error& e) {
    throw DictionaryError(e.what(),
                          "Install it with make install (it goes to $(pg_config "
                          "--sharedir)/tsearch_data), or set kornews.dictionary_path / --dict to "
                          "the file.");
  }
  if (file->size() < sizeof(dict::FileHeader)) corrupt(path, "file is too small to hold a header");

  std::shared_ptr<Dictionary> dict(new Dictionary());
  dict->base_ = file->data();
  dict->size_ = file->size();
  dict->file_ = std::move(file);
  const auto* h = reinterpret_cast<const dict::FileHeader*>(dict->base_);
  dict->header_ = h;

  if (std::memcmp(h->magic, dict::kMagic, sizeof dict::kMagic) != 0) {
    corrupt(path, "not a kornews dictionary (bad magic)");
  }
  if (h->format_version != dict::kFormatVersion) {
    throw DictionaryError("kornews dictionary \"" + path + "\" has format version " +
                              std::to_string(h->format_version) + ", this build reads version " +
                              std::to_string(dict::kFormatVersion),
                          kRebuildHint);
  }
  if (h->header_size != sizeof(dict::FileHeader) || h->file_size != dict->size_) {
    corrupt(path, "file size does not match its header (truncated?)");
  }
  if (h->section_count != static_cast<uint32_t>(dict::Section::kCount) - 1 ||
      std::memchr(h->source, '\0', sizeof h->source) == nullptr) {
    corrupt(path, "bad section table");
  }

  const auto section = [&](dict::Section id, size_t unit, size_t* count) -> const void* {
    for (uint32_t i = 0; i < h->section_count; ++i) {
      const dict::SectionRef& s = h->sections[i];
      if (s.id != static_cast<uint32_t>(id)) continue;
      if (s.offset < h->header_size || s.offset % 8 || s.size % unit || s.offset > dict->size_ ||
          s.size > dict->size_ - s.offset) {
        corrupt(path, "section out of bounds");
      }
      *count = s.size / unit;
      return dict->base_ + s.offset;
    }
    corrupt(path, "missing section");
  };

  size_t n = 0;
  dict->char_classes_ = static_cast<const dict::CharClass*>(
      section(dict::Section::kCharClasses, sizeof(dict::CharClass), &n));
  if (n != dict::kCharTableSize) corrupt(path, "char class table has the wrong size");
  dict->char_codes_ = static_cast<const uint16_t*>(section(dict::Section::kCharCodes, 2, &n));
  if (n != dict::kCharTableSize) corrupt(path, "char code table has the wrong size");
  dict->trie_ =
      static_cast<const dict::TrieUnit*>(section(dict::Section::kTrie, sizeof(dict::TrieUnit), &n));
  if (n == 0 || n > INT32_MAX) corrupt(path, "empty trie");
  dict->trie_size_ = static_cast<uint32_t>(n);
  dict->entries_ =
      static_cast<const dict::Entry*>(section(dict::Section::kEntries, sizeof(dict::Entry), &n));
  dict->entry_count_ = static_cast<uint32_t>(n);
  dict->unknown_index_ = static_cast<const dict::UnknownIndex*>(
      section(dict::Section::kUnknownIndex, sizeof(dict::UnknownIndex), &n));
  dict->category_count_ = static_cast<uint32_t>(n);
  dict->features_ = static_cast<const char*>(section(dict::Section::kFeatures, 1, &n));
  dict->features_size_ = static_cast<uint32_t>(n);
  if (n == 0 || dict->features_[n - 1] != '\0') corrupt(path, "features not terminated");
  const auto* matrix = static_cast<const uint8_t*>(section(dict::Section::kMatrix, 2, &n));
  if (n < 2) corrupt(path, "matrix too small");
  std::memcpy(&dict->right_id_count_, matrix, 2);
  std::memcpy(&dict->left_id_count_, matrix + 2, 2);
  if (n != 2 + static_cast<size_t>(dict->right_id_count_) * dict->left_id_count_) {
    corrupt(path, "matrix has the wrong size");
  }
  dict->matrix_ = reinterpret_cast<const int16_t*>(matrix + 4);
  dict->penalties_ = static_cast<const int16_t*>(section(dict::Section::kPenalties, 2, &n));
  dict->penalty_count_ = static_cast<uint32_t>(n);
  dict->tags_ =
      static_cast<const dict::TagName*>(section(dict::Section::kTags, sizeof(dict::TagName), &n));
  dict->tag_count_ = static_cast<uint32_t>(n);
  for (uint32_t t = 0; t < dict->tag_count_; ++t) {
    if (std::memchr(dict->tags_[t].text, '\0', sizeof dict->tags_[t].text) == nullptr) {
      corrupt(path, "unterminated tag name");
    }
  }
  dict->column_bounds_ = static_cast<const int16_t*>(section(dict::Section::kColumnBounds, 2, &n));
  if (n != 2 * static_cast<size_t>(dict->right_id_count_))
    corrupt(path, "column bounds have the wrong size");
  dict->expansion_index_ =
      static_cast<const uint32_t*>(section(dict::Section::kExpansionIndex, 4, &n));
  if (n == 0) corrupt(path, "empty expansion index");
  dict->expansion_count_ = static_cast<uint32_t>(n - 1);
  dict->expansions_ = static_cast<const uint8_t*>(section(dict::Section::kExpansions, 1, &n));
  dict->expansions_size_ = static_cast<uint32_t>(n);
  dict->user_contexts_ = static_cast<const dict::UserContext*>(
      section(dict::Section::kUserContexts, sizeof(dict::UserContext), &n));
  dict->user_context_count_ = static_cast<uint32_t>(n);
  for (uint32_t i = 0; i < dict->user_context_count_; ++i) {
    const dict::UserContext& c = dict->user_contexts_[i];
    if (std::memchr(c.tag, '\0', sizeof c.tag) == nullptr || c.left_id >= dict->left_id_count_ ||
        c.right_id >= dict->right_id_count_) {
      corrupt(path, "bad user-word context");
    }
  }
  // Search parts of compounds: a count, the records, then their text.
  const auto* parts = static_cast<const uint8_t*>(section(dict::Section::kSearchParts, 1, &n));
  if (n < 4) corrupt(path, "search parts section too small");
  std::memcpy(&dict->search_parts_count_, parts, 4);
  if ((n - 4) / sizeof(dict::SearchParts) < dict->search_parts_count_)
    corrupt(path, "search parts out of bounds");
  dict->search_parts_ = reinterpret_cast<const dict::SearchParts*>(parts + 4);
  const size_t records = 4 + dict->search_parts_count_ * sizeof(dict::SearchParts);
  dict->search_parts_text_ =
      std::string_view(reinterpret_cast<const char*>(parts) + records, n - records);
  dict->first_unknown_entry_ = dict->entry_count_;
  for (uint32_t c = 0; c < dict->category_count_; ++c) {
    const auto& u = dict->unknown_index_[c];
    if (u.first > dict->entry_count_ || u.count > dict->entry_count_ - u.first) {
      corrupt(path, "unknown-word index out of range");
    }
    dict->first_unknown_entry_ = std::min(dict->first_unknown_entry_, u.first);
  }
  if (verify) dict->verify();
  return dict;
}

void Dictionary::verify() const {
  const uint64_t sum =
      dict::file_checksum(*header_, base_ + header_->header_size, size_ - header_->header_size);
  if (sum != header_->checksum) {
    corrupt(path(), "its contents do not match the checksum in its header (damaged, or changed "
                    "after it was built)");
  }
}

bool Dictionary::expansion(uint32_t id, std::vector<Expanded>& out) const {
  out.clear();
  if (id >= expansion_count_) return false;
  const uint32_t begin = expansion_index_[id], end = expansion_index_[id + 1];
  if (begin >= end || end > expansions_size_) return false;
  const uint8_t* p = expansions_ + begin;
  const uint8_t* const stop = expansions_ + end;
  const unsigned count = *p++;
  for (unsigned i = 0; i < count; ++i) {
    if (p >= stop || *p + 3u > static_cast<size_t>(stop - p)) return false;
    const unsigned length = *p++;
    const std::string_view form(reinterpret_cast<const char*>(p), length);
    p += length;
    uint16_t tag_index;
    std::memcpy(&tag_index, p, 2);
    p += 2;
    out.push_back(Expanded{form, tag(tag_index)});
  }
  return true;
}

std::string_view Dictionary::compound_parts(uint32_t entry) const {
  if (entry >= entry_count_ || entries_[entry].kind() != dict::EntryKind::kCompound) return {};
  return parse_feature(feature(entries_[entry].feature)).expression;
}

std::string_view Dictionary::search_parts(uint32_t entry) const {
  const dict::SearchParts* end = search_parts_ + search_parts_count_;
  const dict::SearchParts* found = std::lower_bound(
      search_parts_, end, entry,
      [](const dict::SearchParts& p, uint32_t e) { return p.entry < e; });
  if (found == end || found->entry != entry || found->offset > search_parts_text_.size())
    return {};
  return search_parts_text_.substr(found->offset, found->length);
}

const dict::UserContext* Dictionary::user_context(std::string_view tag, char final) const {
  const dict::UserContext* other = nullptr;
  for (uint32_t i = 0; i < user_context_count_; ++i) {
    const dict::UserContext& c = user_contexts_[i];
    if (tag != c.tag) continue;
    if (c.final_consonant == final) return &c;
    if (!other || c.final_consonant == '*') other = &c;
  }
  return other;
}

std::string_view Dictionary::source() const {
  return header_->source;
}

void Dictionary::entry_out_of_range() const {
  corrupt(path(), "entry out of range");
}

const dict::Entry* Dictionary::unknown_entries(uint32_t category, uint32_t* count) const {
  if (category >= category_count_) {
    *count = 0;
    return nullptr;
  }
  *count = unknown_index_[category].count;
  return entries_ + unknown_index_[category].first;
}

std::string_view Dictionary::feature(uint32_t offset) const {
  if (offset < 2 || offset >= features_size_) return {};
  uint16_t length;
  std::memcpy(&length, features_ + offset - 2, 2);
  if (length > features_size_ - offset) return {};
  return {features_ + offset, length};
}

}  // namespace kornews
