#include "core/ner/features.h"

#include <algorithm>

#include "core/dict/dictionary.h"
#include "core/ner/gazetteer.h"
#include "core/ner/hashing.h"
#include "core/text/utf8.h"

namespace kornews::ner {

namespace {

// Coarse character classes: the shape of a word.
enum CharClass : uint32_t { kHangul = 1, kDigit, kLatin, kHanja, kJamo, kOther, kSpace };

uint32_t char_class(char32_t c) {
  if (c >= 0xAC00 && c <= 0xD7A3) return kHangul;
  if (c >= '0' && c <= '9') return kDigit;
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) return kLatin;
  if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF))
    return kHanja;
  if ((c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F)) return kJamo;
  if (is_space_cp(c)) return kSpace;
  return kOther;
}

// The dictionary's semantic class (second feature field, "NNP,인명,T,..."), hashed; 0 for none.
uint64_t read_semantic_class(const Dictionary& dict, uint32_t entry) {
  if (dict.is_unknown_entry(entry)) return 0;
  const std::string_view f = dict.entry_feature(entry);
  const size_t a = f.find(',');
  if (a == std::string_view::npos) return 0;
  const size_t b = f.find(',', a + 1);
  const std::string_view sem = f.substr(a + 1, b == std::string_view::npos ? f.npos : b - a - 1);
  if (sem.empty() || sem == "*") return 0;
  return hash_bytes(sem);
}

constexpr uint64_t kBoundary = 0x110000;  // a code point no text has
constexpr uint64_t kNoSeg = 0x5eed;

}  // namespace

bool FeatureExtractor::dictionary_word(const std::vector<Morpheme>& morphs, int32_t start,
                                       int32_t end) const {
  // The morphemes come in text order: a search, not a scan per name (a long line has thousands
  // of morphemes and may have thousands of listed names).
  auto m = std::lower_bound(morphs.begin(), morphs.end(), start,
                            [](const Morpheme& x, int32_t v) { return x.start < v; });
  for (; m != morphs.end() && m->start == start; ++m)
    if (m->end == end && !dict_.is_unknown_entry(m->entry)) return true;
  return false;
}

uint64_t FeatureExtractor::semantic_class(uint32_t entry) {
  SemSlot& slot = sem_cache_[entry & (sem_cache_.size() - 1)];
  if (slot.entry != entry) {
    slot.entry = entry;
    slot.sem = read_semantic_class(dict_, entry);
  }
  return slot.sem;
}

void FeatureExtractor::extract(std::string_view line, const std::vector<Morpheme>& morphs,
                               uint32_t row_mask, LineFeatures& out, const char* table,
                               size_t row_bytes) {
  const int row_bits = __builtin_popcount(row_mask);
  cps_.clear();
  for (size_t i = 0; i < line.size();) cps_.push_back(utf8::decode(line, i));
  const int32_t n = static_cast<int32_t>(cps_.size());

  // Segments: morphemes with the same span merged, so an inflected word (했 -> 하+았) is one
  // unit with the tag sequence of its parts.
  segs_.clear();
  seg_of_.assign(n, -1);
  josa_.assign(n, 0);
  for (const Morpheme& m : morphs) {
    if (m.end <= m.start || m.start < 0 || m.end > n) continue;
    if (!m.tag.empty() && m.tag[0] == 'J')  // a particle (조사)
      for (int32_t k = m.start; k < m.end; ++k) josa_[k] = 1;
    const uint64_t tag = hash_bytes(m.tag);
    if (!segs_.empty() && segs_.back().start == m.start && segs_.back().end == m.end) {
      Segment& s = segs_.back();
      s.form = fold(s.form, hash_bytes(m.form));
      s.tag = fold(s.tag, tag);
      continue;
    }
    uint64_t sem = 0;
    // Proper nouns only: their classes (인명, 지명 ...) are the cue; looking up every
    // common noun's feature costs a cache miss in the dictionary each.
    if (m.tag == "NNP") sem = semantic_class(m.entry);
    segs_.push_back({m.start, m.end, hash_bytes(m.form), tag, sem});
  }
  for (size_t s = 0; s < segs_.size(); ++s)
    for (int32_t i = segs_[s].start; i < segs_[s].end; ++i)
      if (seg_of_[i] < 0) seg_of_[i] = static_cast<int32_t>(s);

  // Words: maximal runs of non-space characters, with a hash of the word and of its shape
  // (runs of digits folded into one symbol, so 17일 and 23일 share a shape).
  eoj_start_.assign(n, 0);
  eoj_end_.assign(n, 0);
  eoj_hash_.assign(n, 0);
  eoj_shape_.assign(n, 0);
  for (int32_t i = 0; i < n;) {
    if (is_space_cp(cps_[i])) {
      ++i;
      continue;
    }
    int32_t j = i;
    uint64_t h = 0x77, shape = 0x55;
    bool prev_digit = false;
    while (j < n && !is_space_cp(cps_[j])) {
      h = fold(h, cps_[j]);
      const bool digit = char_class(cps_[j]) == kDigit;
      if (!(digit && prev_digit)) shape = fold(shape, digit ? '0' : cps_[j]);
      prev_digit = digit;
      ++j;
    }
    for (int32_t k = i; k < j; ++k) {
      eoj_start_[k] = i;
      eoj_end_[k] = j;
      eoj_hash_[k] = h;
      eoj_shape_[k] = shape;
    }
    i = j;
  }

  // Known names (core/dict/name_list.h): the listed label, where in the name the character is, and
  // what follows the name (the end of the word, a particle, or more of the same word).
  known_.assign(n, 0);
  matches_.clear();
  whole_names_.clear();
  products_.clear();
  names_.entities.find(cps_, matches_);
  const size_t entity_matches = matches_.size();
  names_.products.find(cps_, matches_);
  for (size_t j = 0; j < matches_.size(); ++j) {
    const GazetteerMatch& m = matches_[j];
    const bool product = j >= entity_matches;
    if (product) products_.push_back(m);
    const uint32_t label = product ? 15 : 1 + static_cast<uint32_t>(m.label);
    const int32_t e = m.end;
    const uint32_t after = e >= n || is_space_cp(cps_[e]) ? 1
                           : josa_[e]                     ? 2
                                                          : char_class(cps_[e]) + 3;
    if (!product && after <= 2)
      whole_names_.push_back({m, dictionary_word(morphs, m.start, m.end)});
    for (int32_t k = m.start; k < m.end; ++k) {
      const uint32_t pos = m.end - m.start == 1 ? 0 : k == m.start ? 1 : k + 1 == m.end ? 2 : 3;
      known_[k] = label | pos << 4 | after << 8;
    }
  }

  out.unit_pos.clear();
  for (int32_t i = 0; i < n; ++i)
    if (!is_space_cp(cps_[i])) out.unit_pos.push_back(i);
  const int32_t units = static_cast<int32_t>(out.unit_pos.size());
  out.rows.resize(static_cast<size_t>(units) * kFeatureCount);

  auto unit_cp = [&](int32_t u) -> uint64_t {
    return u < 0 ? kBoundary : u >= units ? kBoundary + 1 : cps_[out.unit_pos[u]];
  };
  const int32_t nseg = static_cast<int32_t>(segs_.size());
  auto seg_form = [&](int32_t s) -> uint64_t {
    return s < 0 || s >= nseg ? kNoSeg : segs_[s].form;
  };
  auto seg_tag = [&](int32_t s) -> uint64_t { return s < 0 || s >= nseg ? kNoSeg : segs_[s].tag; };

  for (int32_t u = 0; u < units; ++u) {
    const int32_t i = out.unit_pos[u];
    const uint64_t c0 = unit_cp(u), cm1 = unit_cp(u - 1), cp1 = unit_cp(u + 1);
    const uint64_t cm2 = unit_cp(u - 2), cp2 = unit_cp(u + 2);
    const bool sp_before = i == 0 || is_space_cp(cps_[i - 1]);
    const bool sp_after = i + 1 >= n || is_space_cp(cps_[i + 1]);
    const uint64_t classes = (char_class(static_cast<char32_t>(cm1 < kBoundary ? cm1 : 0)) << 16) |
                             (char_class(static_cast<char32_t>(c0)) << 8) |
                             char_class(static_cast<char32_t>(cp1 < kBoundary ? cp1 : 0)) |
                             (uint64_t{sp_before} << 24) | (uint64_t{sp_after} << 25);
    const int32_t s = seg_of_[i];
    uint64_t seg_pos = 4;  // no morpheme covers it
    if (s >= 0) {
      const bool first = segs_[s].start == i, last = segs_[s].end == i + 1;
      seg_pos = first && last ? 0 : first ? 1 : last ? 2 : 3;
    }
    const uint64_t tag = seg_tag(s), form = seg_form(s);
    const uint64_t sem = s >= 0 ? segs_[s].sem : 0;
    const int32_t in_word = i - eoj_start_[i], to_end = eoj_end_[i] - 1 - i;
    const uint64_t off = std::min(in_word, 7), off_end = std::min(to_end, 7);
    // The morphemes just outside this word: cues like 씨, 대표, 시장 follow a name.
    const int32_t next_word_seg = eoj_end_[i] + 1 < n ? seg_of_[eoj_end_[i] + 1] : -1;
    const int32_t prev_word_seg = eoj_start_[i] >= 2 ? seg_of_[eoj_start_[i] - 2] : -1;

    uint64_t f[kFeatureCount];
    f[0] = 1;
    f[1] = fold(2, c0);
    f[2] = fold(3, cm1);
    f[3] = fold(4, cp1);
    f[4] = fold(5, cm2);
    f[5] = fold(6, cp2);
    f[6] = fold(fold(7, cm1), c0);
    f[7] = fold(fold(8, c0), cp1);
    f[8] = fold(fold(fold(9, cm1), c0), cp1);
    f[9] = fold(fold(fold(10, cm2), cm1), c0);
    f[10] = fold(fold(fold(11, c0), cp1), cp2);
    f[11] = fold(12, classes);
    f[12] = fold(fold(13, tag), seg_pos);
    f[13] = fold(fold(14, form), seg_pos);
    f[14] = fold(fold(fold(15, tag), seg_tag(s - 1)), seg_pos);
    f[15] = fold(fold(fold(16, tag), seg_tag(s + 1)), seg_pos);
    f[16] = fold(fold(17, seg_form(s + 1)), seg_pos);
    f[17] = fold(fold(18, seg_form(s - 1)), seg_pos);
    f[18] = fold(fold(19, sem), seg_pos);
    f[19] = fold(fold(20, c0), tag);
    f[20] = fold(fold(21, eoj_hash_[i]), off);
    f[21] = fold(fold(fold(22, cps_[eoj_end_[i] - 1]), off_end), off == 0);
    f[22] = fold(fold(23, seg_form(next_word_seg)), std::min<uint64_t>(off_end, 3));
    f[23] = fold(fold(24, seg_form(prev_word_seg)), std::min<uint64_t>(off, 3));
    f[24] = fold(fold(fold(25, c0), off), off_end == 0);
    f[25] = fold(fold(fold(26, eoj_shape_[i]), off), off_end);
    f[26] = fold(fold(fold(fold(27, form), tag), seg_form(s + 1)), seg_pos);
    f[27] = fold(29, known_[i]);
    uint32_t* rows = &out.rows[static_cast<size_t>(u) * kFeatureCount];
    // A multiply by an odd constant moves every input bit into the high bits, which are the row
    // index: cheaper than a full finish() per feature.
    const int shift = 64 - row_bits;
    for (int k = 0; k < kFeatureCount; ++k)
      rows[k] = static_cast<uint32_t>((f[k] * 0x9E3779B97F4A7C15ull) >> shift) & row_mask;
    if (table != nullptr)
      for (int k = 0; k < kFeatureCount; ++k) __builtin_prefetch(table + rows[k] * row_bytes, 0, 2);
  }
}

}  // namespace kornews::ner
