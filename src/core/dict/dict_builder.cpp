#include "core/dict/dict_builder.h"

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <string_view>
#include <map>
#include <numeric>

#include "core/dict/compound_split.h"
#include "core/dict/connection_matrix.h"
#include "core/dict/double_array_builder.h"
#include "core/dict/user_contexts.h"
#include "core/error.h"
#include "core/io/atomic_write.h"
#include "core/dict/feature.h"
#include "core/text/utf8.h"

namespace kornews::dict {
namespace {

// Trie codes by descending character frequency, so that frequent characters get small codes
// and the double array stays dense.
std::vector<uint16_t> assign_char_codes(const std::vector<std::u32string>& surfaces) {
  std::vector<uint32_t> freq(kCharTableSize, 0);
  for (const auto& s : surfaces)
    for (char32_t cp : s) ++freq[cp];
  std::vector<uint32_t> order(kCharTableSize);
  std::iota(order.begin(), order.end(), 0);
  std::stable_sort(order.begin(), order.end(),
                   [&](uint32_t a, uint32_t b) { return freq[a] > freq[b]; });
  std::vector<uint16_t> codes(kCharTableSize, 0);
  uint16_t next = 1;
  for (uint32_t cp : order) {
    if (freq[cp] == 0) break;
    codes[cp] = next++;
  }
  return codes;
}

void append_bytes(std::string& out, const void* data, size_t size) {
  out.append(static_cast<const char*>(data), size);
}

template <typename T>
void append_vector(std::string& out, const std::vector<T>& v) {
  append_bytes(out, v.data(), v.size() * sizeof(T));
}

}  // namespace

BuildStats build_dictionary(const MecabSource& source, const std::string& out_path) {
  BuildStats stats;

  // Surfaces as code points; a word with a character past the BMP cannot be reached through
  // the char-code table and is left out (counted).
  std::vector<std::u32string> surfaces;
  std::vector<const SourceWord*> words;  // words[i] is written surfaces[i]
  for (const SourceWord& w : source.words) {
    std::u32string text;
    bool ok = !w.surface.empty();
    for (size_t i = 0; i < w.surface.size();) {
      const char32_t cp = utf8::decode(w.surface, i);
      if (cp >= kCharTableSize || cp == 0) ok = false;
      text.push_back(cp);
    }
    if (ok) {
      surfaces.push_back(std::move(text));
      words.push_back(&w);
    } else {
      ++stats.skipped_words;
    }
  }
  const std::vector<uint16_t> codes = assign_char_codes(surfaces);

  std::vector<std::vector<uint16_t>> keys(words.size());
  for (size_t i = 0; i < words.size(); ++i)
    for (char32_t cp : surfaces[i]) keys[i].push_back(codes[cp]);
  std::vector<size_t> order(words.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return keys[a] < keys[b]; });

  std::vector<Entry> entries;
  std::string features;
  std::vector<TagName> tags;
  std::map<std::string, uint16_t> tag_ids;
  const auto tag_of = [&](std::string_view pos) {
    std::string tag(pos.substr(0, pos.find('+')));
    if (tag.empty()) tag = "UNKNOWN";
    auto [it, added] = tag_ids.emplace(tag, static_cast<uint16_t>(tags.size()));
    if (added) {
      if (tag.size() >= sizeof(TagName::text)) throw DictionaryError("tag too long: " + tag);
      TagName name{};
      std::memcpy(name.text, tag.data(), tag.size());
      tags.push_back(name);
    }
    return it->second;
  };
  const auto kind_of = [](const FeatureFields& f) {
    std::vector<ExpressionItem> items;
    if (f.expression == "*" || !parse_expression(f.expression, items)) return EntryKind::kPlain;
    if (f.type == "Inflect" || f.type == "Preanalysis") return EntryKind::kInflect;
    return f.type == "Compound" ? EntryKind::kCompound : EntryKind::kPlain;
  };
  // Inflect expansions, each encoded once and shared by every entry that has it.
  std::vector<uint32_t> expansion_index;
  std::string expansions;
  std::map<std::string, uint32_t> expansion_ids;
  const auto expansion_of = [&](std::string_view expression) {
    std::vector<ExpressionItem> items;
    parse_expression(expression, items);
    std::string encoded(1, '\0');
    for (const ExpressionItem& item : items) {
      std::string_view form = item.form;
      if (form.empty()) {
        if (item.tag != "VCP") continue;  // an elided copula is still a copula
        form = "이";
      }
      if (form.size() > UINT8_MAX || encoded[0] == '\xFF') {
        throw DictionaryError("expansion too long: " + std::string(expression));
      }
      encoded.push_back(static_cast<char>(form.size()));
      encoded.append(form);
      const uint16_t tag = tag_of(item.tag);
      append_bytes(encoded, &tag, 2);
      ++encoded[0];
    }
    auto [it, added] =
        expansion_ids.emplace(encoded, static_cast<uint32_t>(expansion_index.size()));
    if (added) {
      expansion_index.push_back(static_cast<uint32_t>(expansions.size()));
      expansions += encoded;
    }
    return it->second;
  };
  // Compound parts for search, decided here once (compound_split.h).
  const CompoundSplitter splitter(source);
  std::vector<SearchParts> search_parts;
  std::string search_parts_text;
  const auto add_search_parts = [&](const SourceEntry& e) {
    const std::string parts = splitter.parts(e);
    if (parts.empty()) return;
    search_parts.push_back(SearchParts{static_cast<uint32_t>(entries.size()),
                                       static_cast<uint32_t>(search_parts_text.size()),
                                       static_cast<uint32_t>(parts.size())});
    search_parts_text += parts;
  };
  const auto add_entry = [&](const SourceEntry& e) {
    // Each feature is stored as a 16-bit length, the text, and a NUL.
    if (e.feature.size() > UINT16_MAX) throw DictionaryError("feature too long");
    const auto length = static_cast<uint16_t>(e.feature.size());
    append_bytes(features, &length, 2);
    const FeatureFields f = parse_feature(e.feature);
    const EntryKind kind = kind_of(f);
    const uint32_t index = kind == EntryKind::kInflect ? expansion_of(f.expression) : tag_of(f.pos);
    entries.push_back(Entry{e.left_id, e.right_id, e.cost, e.pos_id,
                            static_cast<uint32_t>(features.size()),
                            Entry::make_detail(kind, index)});
    features.append(e.feature).push_back('\0');
  };

  std::vector<std::vector<uint16_t>> sorted_keys;
  std::vector<uint32_t> values;
  for (size_t i : order) {
    const auto& list = words[i]->entries;
    if (list.empty() || list.size() > 0xFF) throw DictionaryError("bad entry count for a word");
    values.push_back(static_cast<uint32_t>(entries.size() << 8 | list.size()));
    sorted_keys.push_back(std::move(keys[i]));
    for (const SourceEntry& e : list) {
      add_search_parts(e);
      add_entry(e);
    }
  }
  stats.compounds_split = search_parts.size();
  stats.words = sorted_keys.size();
  std::vector<TrieUnit> trie = build_double_array(sorted_keys, values);
  stats.trie_units = trie.size();

  std::vector<UnknownIndex> unknown_index;
  for (const auto& list : source.unknown) {
    unknown_index.push_back(
        UnknownIndex{static_cast<uint32_t>(entries.size()), static_cast<uint32_t>(list.size())});
    for (const SourceEntry& e : list) add_entry(e);
  }
  stats.entries = entries.size();

  // Validate ids once here, then move them to the compact matrix's classes. How often an id is
  // used is estimated by its number of entries (better, measured by simulated cache misses,
  // than weighting entries by their cost).
  std::vector<uint32_t> right_uses(source.matrix_lsize), left_uses(source.matrix_rsize);
  for (const Entry& e : entries) {
    if (e.left_id >= source.matrix_rsize || e.right_id >= source.matrix_lsize) {
      throw DictionaryError("entry context id outside the connection matrix");
    }
    ++left_uses[e.left_id];
    ++right_uses[e.right_id];
  }
  const CompactMatrix matrix = compact_matrix(source.matrix_lsize, source.matrix_rsize,
                                              source.matrix, right_uses, left_uses);
  for (Entry& e : entries) {
    e.left_id = matrix.left_class[e.left_id];
    e.right_id = matrix.right_class[e.right_id];
  }
  std::vector<UserContext> user_contexts = choose_user_contexts(source);
  for (UserContext& c : user_contexts) {
    c.left_id = matrix.left_class[c.left_id];
    c.right_id = matrix.right_class[c.right_id];
  }
  std::string matrix_bytes;
  append_bytes(matrix_bytes, &matrix.right_size, 2);
  append_bytes(matrix_bytes, &matrix.left_size, 2);
  append_vector(matrix_bytes, matrix.costs);

  std::string payload;
  FileHeader header{};
  std::memcpy(header.magic, kMagic, sizeof kMagic);
  header.format_version = kFormatVersion;
  header.header_size = sizeof(FileHeader);
  const std::string version =
      source.version.empty() ? "mecab-ko-dic (unknown version)" : source.version;
  // Never cut: a source shown without the end of its integrity hash cannot be checked.
  if (version.size() >= sizeof header.source)
    throw DictionaryError("the dictionary source \"" + version + "\" is longer than the header's " +
                          std::to_string(sizeof header.source - 1) + " bytes");
  std::memcpy(header.source, version.c_str(), version.size() + 1);
  const auto add_section = [&](Section id, const std::string& bytes) {
    while (payload.size() % 8) payload.push_back('\0');
    SectionRef& ref = header.sections[header.section_count++];
    ref.id = static_cast<uint32_t>(id);
    ref.offset = sizeof(FileHeader) + payload.size();
    ref.size = bytes.size();
    payload += bytes;
  };
  std::string buf;
  const auto bytes_of = [&](const auto& v) -> const std::string& {
    buf.clear();
    append_vector(buf, v);
    return buf;
  };
  add_section(Section::kCharClasses, bytes_of(source.char_classes));
  add_section(Section::kCharCodes, bytes_of(codes));
  add_section(Section::kTrie, bytes_of(trie));
  add_section(Section::kEntries, bytes_of(entries));
  add_section(Section::kUnknownIndex, bytes_of(unknown_index));
  add_section(Section::kFeatures, features);
  add_section(Section::kMatrix, matrix_bytes);
  add_section(Section::kPenalties, bytes_of(source.space_penalties));
  add_section(Section::kTags, bytes_of(tags));
  std::vector<int16_t> bounds = matrix.column_min;
  bounds.insert(bounds.end(), matrix.column_max.begin(), matrix.column_max.end());
  add_section(Section::kColumnBounds, bytes_of(bounds));
  expansion_index.push_back(static_cast<uint32_t>(expansions.size()));
  add_section(Section::kExpansionIndex, bytes_of(expansion_index));
  add_section(Section::kExpansions, expansions);
  add_section(Section::kUserContexts, bytes_of(user_contexts));
  std::string search_parts_bytes;
  const auto search_parts_count = static_cast<uint32_t>(search_parts.size());
  append_bytes(search_parts_bytes, &search_parts_count, 4);
  append_vector(search_parts_bytes, search_parts);
  search_parts_bytes += search_parts_text;
  add_section(Section::kSearchParts, search_parts_bytes);

  header.file_size = sizeof(FileHeader) + payload.size();
  header.checksum = file_checksum(header, payload.data(), payload.size());
  stats.file_size = header.file_size;

  try {
    io::write_file_atomically(
        out_path, std::string_view(reinterpret_cast<const char*>(&header), sizeof header), payload);
  } catch (const Error& e) {
    throw DictionaryError(e.what());
  }
  return stats;
}

}  // namespace kornews::dict
