#include "core/search/compound_parts.h"

#include "core/dict/dictionary.h"
#include "core/dict/known_names.h"
#include "core/dict/user_lexicon.h"
#include "core/morph/analyzer.h"
#include "core/morph/loanword.h"
#include "core/morph/mixed_script.h"
#include "core/text/u32_text.h"
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
    const int kind = text::is_hangul_syllable(c) ? 0 : text::is_ascii_alnum(c) ? 1 : 2;
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

std::string ListedNameParts(const Morpheme& m, const Analyzer& analyzer) {
  const KnownNames* names = analyzer.known_names();
  if (names == nullptr || m.kind != MorphemeKind::kUnknown || m.tag != "NNP") return {};
  const int32_t index = names->find(m.form);
  // A person's name is not split, as the dictionary's are not (core/dict/compound_split.h).
  return index < 0 || names->label(static_cast<uint32_t>(index)) == "PS"
             ? std::string()
                   : std::string(analyzer.listed_name_parts(static_cast<uint32_t>(index)));
}

std::string CompoundParts(const Morpheme& m, const Analyzer& analyzer) {
  // A dictionary compound: the parts decided when the dictionary was built (compound_split.h).
  if (m.kind == MorphemeKind::kCompound)
    return std::string(analyzer.dictionary().search_parts(m.entry));
  if (m.kind == MorphemeKind::kUnknown) {
    std::string listed = ListedNameParts(m, analyzer);
    return listed.empty() ? MixedScriptParts(m) : listed;
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
