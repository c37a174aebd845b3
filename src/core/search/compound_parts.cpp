#include "core/search/compound_parts.h"

#include "core/dict/dictionary.h"
#include "core/dict/user_lexicon.h"
#include "core/morph/analyzer.h"

namespace kornews::search {

std::string CompoundParts(const Morpheme& m, const Analyzer& analyzer) {
  // A dictionary compound: the parts decided when the dictionary was built (compound_split.h).
  if (m.kind == MorphemeKind::kCompound)
    return std::string(analyzer.dictionary().search_parts(m.entry));
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
