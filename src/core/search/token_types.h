// Token types of the `korean` text search parser and small helpers shared by the token stream
// (token_stream.h), compound parts and eojeol variants. Pure C++: no PostgreSQL header.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace kornews {
struct Morpheme;
}  // namespace kornews

namespace kornews::search {

// Token type ids as PostgreSQL sees them (ts_token_type('kornews.korean')). Fixed numbers:
// configurations store them in pg_ts_config_map, so never renumber, only append.
enum TokenType : uint8_t {
  kNoun = 1,      // NNG
  kProperNoun,    // NNP
  kBoundNoun,     // NNB, NNBC
  kNumeral,       // NR
  kPronoun,       // NP
  kVerb,          // VV
  kAdjective,     // VA
  kAuxiliary,     // VX
  kCopula,        // VCP, VCN
  kDeterminer,    // MM
  kAdverb,        // MAG, MAJ
  kInterjection,  // IC
  kParticle,      // JKS JKC JKG JKO JKB JKV JKQ JX JC
  kEnding,        // EP EF EC ETN ETM
  kPrefix,        // XPN
  kSuffix,        // XSN XSV XSA
  kRoot,          // XR
  kForeign,       // SL
  kNumber,        // SN, and digit groups: 1,000 (indexed as 1000), 3.5
  kAlnum,         // SL and SN written together: H100, 910C, 5G
  kHanja,         // SH
  kSymbol,        // SF SE SSO SSC SC SY and others
  kUnknown,       // words the dictionary does not know (mostly new names)
  kCompoundNoun,  // a Compound dictionary entry (삼성전자 = 삼성+전자)
  kLastWordType = kCompoundNoun,
  kSurface = 25,     // written text of a contracted or normalized form; base tokens follow
  kBlank = 26,       // whitespace and other text between morphemes
  kOverlong = 27,    // a piece of a word too long for PostgreSQL to index (>= 2047 bytes)
  kBaseOffset = 32,  // base token of word type t has id kBaseOffset + t
};

inline bool IsBaseType(int type) {
  return type > kBaseOffset;
}

struct TokenTypeInfo {
  int id;
  std::string alias;
  std::string description;
};
// Every token type, in id order (for the parser's lextype function).
const std::vector<TokenTypeInfo>& AllTokenTypes();

// Whether `tag` is `name`, compared inline: tags are a few bytes, and every morpheme is checked.
template <size_t N>
inline bool TagIs(std::string_view tag, const char (&name)[N]) {
  return tag.size() == N - 1 && std::memcmp(tag.data(), name, N - 1) == 0;
}

// Maps a Sejong tag to a word token type (kNoun ... kUnknown).
TokenType TypeOfTag(std::string_view tag);

// Lists of forms (a compound's parts, an eojeol's variants) travel as one string, the forms
// joined by '\0'. Calls f(form) for each form of `joined`, in order.
template <typename F>
void ForEachJoined(std::string_view joined, F&& f) {
  while (!joined.empty()) {
    const std::string_view form = joined.substr(0, joined.find('\0'));
    f(form);
    joined.remove_prefix(std::min(joined.size(), form.size() + 1));
  }
}

// A morpheme written exactly as its form, alone on its span (not a piece of a contraction).
bool IsPlain(const Morpheme& m, std::string_view chunk);

}  // namespace kornews::search
