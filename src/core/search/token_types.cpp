// Token type table and tag classification (see token_types.h).
#include "core/search/token_types.h"

#include "core/morph/morpheme.h"

namespace kornews::search {

namespace {

struct TypeName {
  TokenType type;
  const char* alias;
  const char* description;
};

constexpr TypeName kWordTypes[] = {
    {kNoun, "noun", "Common noun (NNG)"},
    {kProperNoun, "proper_noun", "Proper noun (NNP)"},
    {kBoundNoun, "bound_noun", "Bound noun or unit noun (NNB, NNBC)"},
    {kNumeral, "numeral", "Numeral word (NR)"},
    {kPronoun, "pronoun", "Pronoun (NP)"},
    {kVerb, "verb", "Verb stem (VV)"},
    {kAdjective, "adjective", "Adjective stem (VA)"},
    {kAuxiliary, "auxiliary", "Auxiliary predicate (VX)"},
    {kCopula, "copula", "Copula (VCP, VCN)"},
    {kDeterminer, "determiner", "Determiner (MM)"},
    {kAdverb, "adverb", "Adverb (MAG, MAJ)"},
    {kInterjection, "interjection", "Interjection (IC)"},
    {kParticle, "particle", "Particle (J*)"},
    {kEnding, "ending", "Verbal ending (E*)"},
    {kPrefix, "prefix", "Prefix (XPN)"},
    {kSuffix, "suffix", "Suffix (XSN, XSV, XSA)"},
    {kRoot, "root", "Root (XR)"},
    {kForeign, "foreign_word", "Foreign word in Latin letters (SL)"},
    {kNumber, "number", "Number (SN)"},
    {kAlnum, "alnum", "Letters and digits written together (SL+SN)"},
    {kHanja, "hanja", "Word in Chinese characters, or a user word with a reading"},
    {kSymbol, "symbol", "Punctuation or symbol"},
    {kUnknown, "unknown", "Word not in the dictionary"},
    {kCompoundNoun, "compound_noun", "Compound noun (indexed whole and by its parts)"},
};

std::vector<TokenTypeInfo> BuildTypeTable() {
  std::vector<TokenTypeInfo> all;
  for (const auto& t : kWordTypes) all.push_back({t.type, t.alias, t.description});
  all.push_back({kSurface, "surface", "Written form of a contraction; its *_base tokens follow"});
  all.push_back({kBlank, "blank", "Space or other text between words"});
  all.push_back({kOverlong, "overlong", "Piece of a word too long to index"});
  for (const auto& t : kWordTypes)
    all.push_back({kBaseOffset + t.type, std::string(t.alias) + "_base",
                   std::string(t.description) + ", restored from a contracted or normalized form"});
  return all;
}

// A morpheme written exactly as its form, alone on its span: eligible for merging into numbers

}  // namespace

const std::vector<TokenTypeInfo>& AllTokenTypes() {
  static const std::vector<TokenTypeInfo> table = BuildTypeTable();
  return table;
}

TokenType TypeOfTag(std::string_view tag) {
  // Every morpheme passes here: dispatch on the first letter, then compare a few bytes inline.
  if (tag.empty()) return kUnknown;
  switch (tag[0]) {
    case 'J':
      return kParticle;
    case 'E':
      return kEnding;
    case 'N':
      if (TagIs(tag, "NNG")) return kNoun;
      if (TagIs(tag, "NNP")) return kProperNoun;
      if (TagIs(tag, "NNB") || TagIs(tag, "NNBC")) return kBoundNoun;
      if (TagIs(tag, "NR")) return kNumeral;
      if (TagIs(tag, "NP")) return kPronoun;
      break;
    case 'V':
      if (TagIs(tag, "VV")) return kVerb;
      if (TagIs(tag, "VA")) return kAdjective;
      if (TagIs(tag, "VX")) return kAuxiliary;
      if (TagIs(tag, "VCP") || TagIs(tag, "VCN")) return kCopula;
      break;
    case 'M':
      if (TagIs(tag, "MM")) return kDeterminer;
      if (TagIs(tag, "MAG") || TagIs(tag, "MAJ")) return kAdverb;
      break;
    case 'I':
      if (TagIs(tag, "IC")) return kInterjection;
      break;
    case 'X':
      if (TagIs(tag, "XPN")) return kPrefix;
      if (TagIs(tag, "XSN") || TagIs(tag, "XSV") || TagIs(tag, "XSA")) return kSuffix;
      if (TagIs(tag, "XR")) return kRoot;
      break;
    case 'S':
      if (TagIs(tag, "SL")) return kForeign;
      if (TagIs(tag, "SN")) return kNumber;
      if (TagIs(tag, "SH")) return kHanja;
      return kSymbol;
  }
  return kUnknown;  // UNKNOWN, NA and anything new
}

bool IsPlain(const Morpheme& m, std::string_view chunk) {
  return m.kind != MorphemeKind::kInflectPart && m.byte_end > m.byte_start &&
         static_cast<size_t>(m.byte_end) <= chunk.size() &&
         chunk.substr(m.byte_start, m.byte_end - m.byte_start) == m.form;
}

}  // namespace kornews::search
