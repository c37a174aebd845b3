// The token stream of the `korean` text search parser, built from the analyzer's morphemes.
// Pure C++ (no PostgreSQL header): the fmgr side in ts_parser.cpp hands these to PostgreSQL.
//
// Contract with PostgreSQL's headline code: the text of every token that is not a "base" token
// is a slice of the original input, and these slices tile the input exactly, in order (blank
// tokens carry whitespace and any bytes between morphemes). A morpheme whose form is not written
// as such in the text -- 하 and 았 of the contracted 했, or a form changed by normalization --
// is emitted as a "base" token right after the `surface` token of its written span; the headline
// function skips base tokens and moves their highlight to that surface token.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace kornews {
class Analyzer;
class Dictionary;
struct Morpheme;
}  // namespace kornews

namespace kn {

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

struct SearchToken {
  int32_t offset;  // into the original text, or into TokenChunk::base_text for base tokens
  int32_t length;  // bytes
  uint8_t type;
  // A compound noun's parts worth indexing (see CompoundParts): TokenChunk::parts[parts_offset
  // .. + parts_length); empty for other tokens.
  int32_t parts_offset = 0, parts_length = 0;
  // Other written forms the eojeol this token belongs to may be searched by (EojeolVariants),
  // joined by '\0': TokenChunk::variants[variants_offset .. + variants_length).
  int32_t variants_offset = 0, variants_length = 0;
};

struct TokenChunk {
  std::vector<SearchToken> tokens;
  std::string base_text;  // forms of base tokens, back to back
  std::string parts;      // parts of compound tokens, back to back
  std::string variants;   // eojeol variants of tokens, back to back
  void Clear() {
    tokens.clear();
    base_text.clear();
    parts.clear();
    variants.clear();
  }
};

// The parts of a compound noun morpheme that the `korean` configuration indexes beside the
// whole word, joined by '\0'; empty when there are none. A dictionary compound (삼성전자 =
// 삼성+전자) gives its parts only when each has two or more characters: 반도체 = 반+도체 would
// make a search for 반 (half, class) find every semiconductor story. A user word gives the parts
// its row lists, whatever their length: the user chose them.
std::string CompoundParts(const kornews::Morpheme& m, const kornews::Analyzer& analyzer);

// A name is searched for as it is written alone, but the analysis of a sentence may cut it
// differently: 김정은 위원장 may read 김정 + 은 (a particle), 한고은이 reads 한 + 고은 + 이,
// 정형돈의 reads 정형 + 돈 + 의, and 인천국제공항에서 reads 인천 + 국제 + 공항 where the name alone
// reads 인천 + 국제공항. So each token of an eojeol's nominal run also carries, as alternatives,
// the run as written without the particles after it (한고은, 인천국제공항) when it has more than
// one morpheme, and a proper noun together with a particle 은 or 도 that ends the eojeol (김정은,
// 제주도), which may belong to the name; and a noun the dictionary has whole that the analysis
// cut otherwise (우크라이나 as 우크라 + 이나), on the tokens it covers. Every token, so that a
// query, which ORs a token's alternatives, is met by the whole name however either side cut it:
// with AND (plainto_tsquery) any of its tokens' alternatives do, and with <-> (to_tsquery, a word
// cut in several tokens) the name at as many positions in a row as the query has tokens.
struct EojeolVariants {
  size_t first = 0, last = 0;  // the morphemes [first, last) whose tokens carry them
  std::string variants;        // joined by '\0'; empty: none
};
// `ms[begin, end)` is one eojeol; offsets count in `chunk`.
EojeolVariants VariantsOf(const std::vector<kornews::Morpheme>& ms, size_t begin, size_t end,
                          std::string_view chunk, const kornews::Dictionary& dict);

// PostgreSQL calls a token's dictionaries right after the parser returns it, so the parser hands
// them what it knows of the token beyond its text: a compound's parts (korean_compound need not
// analyze the token again) and its eojeol's variants (EojeolVariants). `generation` is
// BackendAnalyzerGeneration() when they were found.
struct HandedOver {
  std::string token;
  bool compound = false;  // a compound noun token: `parts` are its parts (maybe none)
  std::string parts, variants;
  unsigned long generation = 0;
};
void HandOver(std::string_view token, bool compound, std::string_view parts,
              std::string_view variants, unsigned long generation);
// What was handed over for `token` (same bytes, same generation), or nullptr.
const HandedOver* HandedOverFor(std::string_view token, unsigned long generation) noexcept;
// Forgets it: the parser calls this for a token with nothing to hand over and when it ends, so
// that a later dictionary call never picks up what belonged to an earlier token of that text.
void ClearHandOver() noexcept;

// Longest token handed to PostgreSQL; longer text is cut (PostgreSQL drops tokens of
// MAXSTRLEN = 2047 bytes or more, which would lose their bytes from ts_headline).
inline constexpr int32_t kMaxTokenBytes = 2000;

// Analyzes text[begin, end) and appends its tokens (offsets relative to `text`) to `out`.
void TokenizeChunk(kornews::Analyzer& analyzer, std::string_view text, size_t begin, size_t end,
                   TokenChunk* out);

// Long inputs are analyzed in chunks of about `target` bytes so that memory stays bounded.
// Returns where the chunk starting at `begin` should end: after a newline if there is one in the
// second half of the window, else after a space, else at a UTF-8 character boundary.
size_t ChunkEnd(std::string_view text, size_t begin, size_t target);

inline constexpr size_t kChunkBytes = 256 * 1024;

}  // namespace kn
