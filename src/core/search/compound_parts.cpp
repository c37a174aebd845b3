#include "core/search/compound_parts.h"

#include <vector>

#include "core/dict/dictionary.h"
#include "core/dict/user_lexicon.h"
#include "core/morph/analyzer.h"
#include "core/morph/loanword.h"
#include "core/morph/mixed_script.h"
#include "core/text/utf8.h"

namespace kornews::search {

std::string MixedScriptParts(const Morpheme& m) {
  if (m.kind != MorphemeKind::kUnknown || m.tag != "NNP") return {};
  // Byte offsets where the kind of run changes: 0 Hangul, 1 letters and digits, 2 anything else.
  std::string joined;
  int kinds_seen = 0, previous = -1;
  size_t run_start = 0;
  for (size_t i = 0; i < m.form.size();) {
    const size_t at = i;
    const char32_t c = utf8::decode(m.form, i);
    const int kind = loanword::is_syllable(c) ? 0 : mixed_script::is_latin_or_digit(c) ? 1 : 2;
    if (kind == 2) return {};  // not a shape the analyzer joins
    if (kind != previous) {
      if (previous >= 0) {
        if (!joined.empty()) joined.push_back('\0');
        joined.append(m.form, run_start, at - run_start);
      }
      kinds_seen |= 1 << kind;
      run_start = at;
      previous = kind;
    }
  }
  if (kinds_seen != 3) return {};
  joined.push_back('\0');
  joined.append(m.form, run_start, std::string::npos);
  return joined;
}

std::string ProperNounParts(const Morpheme& m, const Dictionary& dict) {
  if (m.kind != MorphemeKind::kUnknown || m.tag != "NNP") return {};
  std::u32string cps;
  std::vector<size_t> byte_at;  // byte offset of each code point, and of the end
  for (size_t i = 0; i < m.form.size();) {
    byte_at.push_back(i);
    cps.push_back(utf8::decode(m.form, i));
  }
  byte_at.push_back(m.form.size());
  const size_t n = cps.size();
  // from[j]: where the word ending at j starts, on a spelling of [0, j) by proper nouns; the
  // first spelling found wins (the words are checked shortest first at each start).
  std::vector<int32_t> from(n + 1, -1);
  from[0] = 0;
  for (size_t i = 0; i < n; ++i) {
    if (from[i] < 0) continue;
    uint32_t state = 0;
    for (size_t j = i; j < n && dict.step(state, cps[j]); ++j) {
      uint32_t first = 0, count = 0;
      if (j + 1 - i < 2 || from[j + 1] >= 0 || !dict.word_at(state, &first, &count)) continue;
      bool proper = count > 0;
      for (uint32_t k = first; k < first + count && proper; ++k) {
        const dict::Entry& e = dict.entries()[k];
        proper = e.kind() != dict::EntryKind::kInflect && dict.tag(e.index()) == "NNP";
      }
      if (proper) from[j + 1] = static_cast<int32_t>(i);
    }
  }
  if (from[n] <= 0) return {};  // no spelling, or one word only
  std::vector<size_t> cuts{n};
  for (size_t j = n; j > 0; j = static_cast<size_t>(from[j])) cuts.push_back(static_cast<size_t>(from[j]));
  std::string joined;
  for (size_t k = cuts.size() - 1; k > 0; --k) {
    if (!joined.empty()) joined.push_back('\0');
    joined.append(m.form, byte_at[cuts[k]], byte_at[cuts[k - 1]] - byte_at[cuts[k]]);
  }
  return joined;
}

std::string CompoundParts(const Morpheme& m, const Analyzer& analyzer) {
  // A dictionary compound: the parts decided when the dictionary was built (compound_split.h).
  if (m.kind == MorphemeKind::kCompound)
    return std::string(analyzer.dictionary().search_parts(m.entry));
  if (m.kind == MorphemeKind::kUnknown) {
    std::string parts = MixedScriptParts(m);
    return parts.empty() ? ProperNounParts(m, analyzer.dictionary()) : parts;
  }
  std::string joined;
  if (m.kind == MorphemeKind::kUser && analyzer.user_lexicon() != nullptr) {
    const std::vector<std::string>& parts = analyzer.user_lexicon()->word(m.entry).parts;
    if (parts.size() < 2) return {};
    for (const std::string& part : parts) {
      if (!joined.empty()) joined.push_back('\0');
      joined.append(part);
    }
  }
  return joined;
}
}  // namespace kornews::search
