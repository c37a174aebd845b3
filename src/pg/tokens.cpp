// Morphemes -> search tokens (see tokens.h).
#include "pg/tokens.h"

#include <algorithm>

#include "core/dict/dictionary.h"
#include "core/dict/user_lexicon.h"
#include "core/morph/analyzer.h"
#include "core/morph/path_rules.h"
#include "core/text/hanja.h"
#include "core/text/utf8.h"

namespace kn {

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
// and alphanumerics.
bool IsPlain(const kornews::Morpheme& m, std::string_view chunk) {
  return m.kind != kornews::MorphemeKind::kInflectPart && m.byte_end > m.byte_start &&
         chunk.substr(m.byte_start, m.byte_end - m.byte_start) == m.form;
}

class Builder {
 public:
  Builder(std::string_view text, size_t begin, TokenChunk* out)
      : text_(text), begin_(begin), out_(out) {}

  // Emits text_[from, to) (chunk-relative) as tokens of `type`, cut into pieces PostgreSQL
  // accepts. Pieces of a cut word are not indexed: such a "word" is a run of symbols or a
  // pasted blob, never something to search for.
  void Span(size_t from, size_t to, TokenType type, std::string_view parts = {}) {
    if (to <= from) return;
    if (to - from >= static_cast<size_t>(kMaxTokenBytes) && type != kBlank) type = kOverlong;
    while (from < to) {
      size_t end = std::min(to, from + kMaxTokenBytes);
      if (end < to) {
        while (end > from + 1 && (static_cast<unsigned char>(text_[begin_ + end]) & 0xC0) == 0x80)
          end--;
      }
      out_->tokens.push_back({static_cast<int32_t>(begin_ + from), static_cast<int32_t>(end - from),
                              static_cast<uint8_t>(type)});
      if (type == kCompoundNoun) AttachParts(parts);
      from = end;
    }
  }

  // Gives the last token the `variants` ('\0'-joined) that differ from its text `token`.
  void Variants(std::string_view variants, std::string_view token) {
    SearchToken& t = out_->tokens.back();
    t.variants_offset = static_cast<int32_t>(out_->variants.size());
    ForEachJoined(variants, [&](std::string_view v) {
      if (v == token || v.size() > static_cast<size_t>(kMaxTokenBytes)) return;
      if (out_->variants.size() > static_cast<size_t>(t.variants_offset))
        out_->variants.push_back('\0');
      out_->variants.append(v);
    });
    t.variants_length = static_cast<int32_t>(out_->variants.size()) - t.variants_offset;
  }

  void Base(const std::string& form, TokenType type, std::string_view parts = {}) {
    if (form.empty()) return;
    size_t len = std::min(form.size(), static_cast<size_t>(kMaxTokenBytes));
    out_->tokens.push_back({static_cast<int32_t>(out_->base_text.size()), static_cast<int32_t>(len),
                            static_cast<uint8_t>(kBaseOffset + type)});
    out_->base_text.append(form, 0, len);
    if (type == kCompoundNoun && len == form.size()) AttachParts(parts);
  }

 private:
  void AttachParts(std::string_view parts) {
    SearchToken& t = out_->tokens.back();
    t.parts_offset = static_cast<int32_t>(out_->parts.size());
    t.parts_length = static_cast<int32_t>(parts.size());
    out_->parts.append(parts);
  }

  std::string_view text_;
  size_t begin_;
  TokenChunk* out_;
};

TokenType WordType(const kornews::Morpheme& m, const kornews::UserLexicon* user) {
  // Compound entries are nouns in mecab-ko-dic; should another part of speech ever be one, it
  // keeps its own type (and is indexed whole, like any other word). A user word given parts is
  // a compound too (korean_compound indexes it whole and by its parts).
  if (m.kind == kornews::MorphemeKind::kCompound && !m.tag.empty() && m.tag[0] == 'N')
    return kCompoundNoun;
  const bool user_word = m.kind == kornews::MorphemeKind::kUser && user != nullptr;
  if (user_word && !m.tag.empty() && m.tag[0] == 'N' && !user->word(m.entry).parts.empty())
    return kCompoundNoun;
  // Words that are also indexed by a reading get their own type, so that only they go through
  // korean_hanja: a dictionary call less for every other token.
  if (kornews::contains_hanja(m.form) || (user_word && !user->word(m.entry).reading.empty()))
    return kHanja;
  return TypeOfTag(m.tag);
}

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

std::string CompoundParts(const kornews::Morpheme& m, const kornews::Analyzer& analyzer) {
  // A dictionary compound: the parts decided when the dictionary was built (compound_split.h).
  if (m.kind == kornews::MorphemeKind::kCompound)
    return std::string(analyzer.dictionary().search_parts(m.entry));
  std::string joined;
  if (m.kind == kornews::MorphemeKind::kUser && analyzer.user_lexicon() != nullptr) {
    const std::vector<std::string>& parts = analyzer.user_lexicon()->word(m.entry).parts;
    if (parts.size() < 2) return {};
    for (const std::string& part : parts) {
      if (!joined.empty()) joined.push_back('\0');
      joined.append(part);
    }
  }
  return joined;
}

namespace {

bool IsSymbolTag(std::string_view tag) {
  return TypeOfTag(tag) == kSymbol;
}

// What a name or noun phrase written as one eojeol is made of (not bound nouns or units: 3명
// and 10일 are not names).
bool IsNominalTag(std::string_view tag) {
  return TagIs(tag, "NNG") || TagIs(tag, "NNP") || TagIs(tag, "SL") || TagIs(tag, "SN") ||
         TagIs(tag, "SH") || TagIs(tag, "XSN") || TagIs(tag, "XR") || TagIs(tag, "UNKNOWN");
}

// What follows a noun inside its eojeol: particles, endings, the copula, symbols.
bool IsFunctionalTag(std::string_view tag) {
  return !tag.empty() && (tag[0] == 'J' || tag[0] == 'E' || TagIs(tag, "VCP") || IsSymbolTag(tag));
}

// Verbs, adjectives, auxiliaries and the copula: the stems that take endings.
bool IsPredicateTag(std::string_view tag) {
  return TagIs(tag, "VV") || TagIs(tag, "VA") || TagIs(tag, "VX") || TagIs(tag, "VCP") ||
         TagIs(tag, "VCN");
}

void AddVariant(EojeolVariants& out, std::string_view form, size_t first, size_t last) {
  bool known = false;
  ForEachJoined(out.variants, [&](std::string_view v) { known = known || v == form; });
  if (known) return;
  if (out.variants.empty()) {
    out.first = first, out.last = last;
  } else {
    out.first = std::min(out.first, first), out.last = std::max(out.last, last);
    out.variants.push_back('\0');
  }
  out.variants.append(form);
}

// The nominal run of ms[first, end): nouns, letters, digits, roots and noun suffixes, after at
// most one determiner, prefix or numeral (한 + 고은, 전 + 세계, 삼 + 성동); and a proper noun with
// a particle 은 or 도 that ends the eojeol (but for symbols): names end in those syllables often
// (김정은, 한고은, 제주도, 울릉도), other particles seldom.
void AddRunVariants(const std::vector<kornews::Morpheme>& ms, size_t first, size_t end,
                    std::string_view chunk, EojeolVariants& out) {
  size_t last = first;
  while (last < end && ms[last].kind != kornews::MorphemeKind::kInflectPart &&
         (IsNominalTag(ms[last].tag) ||
          (last == first && (TagIs(ms[last].tag, "MM") || TagIs(ms[last].tag, "XPN") ||
                             TagIs(ms[last].tag, "NR"))))) {
    last++;
  }
  if (last == first || !IsNominalTag(ms[last - 1].tag) || TagIs(ms[first].tag, "SN")) return;
  // A determiner or prefix is not indexed (a numeral is, but stands for little): the tokens
  // from the noun on carry the variants.
  const size_t carrier = IsNominalTag(ms[first].tag) ? first : first + 1;
  const auto text = [&](size_t from, size_t to) {
    return chunk.substr(ms[from].byte_start, ms[to].byte_end - ms[from].byte_start);
  };
  if (last - first >= 2) AddVariant(out, text(first, last - 1), carrier, last);
  if (last == end) return;
  size_t rest = last + 1;
  while (rest < end && IsSymbolTag(ms[rest].tag)) rest++;
  const kornews::Morpheme& particle = ms[last];
  const kornews::Morpheme& name = ms[last - 1];
  if (rest == end && particle.tag[0] == 'J' && (particle.form == "은" || particle.form == "도") &&
      particle.byte_start == name.byte_end &&
      (TagIs(name.tag, "NNP") || TagIs(name.tag, "UNKNOWN"))) {
    AddVariant(out, text(first, last), carrier, last);
  }
}

// A noun the dictionary has whole that the analysis of the sentence cut into other pieces
// (우크라이나 사태 reads 우크라/NNP 이나/JC, 우리나라 reads 우리/NP 나라/NNG): the longest
// dictionary noun the eojeol begins with that reaches past its first morpheme and is followed only
// by particles, endings, a copula or symbols (so not 제기 of 제기역, read 제 + 기역), carried by
// the tokens it covers. Not after a common noun: 경제가 회복된다 is the economy, not an
// economist (경제가), however the dictionary has both.
void AddDictionaryNoun(const std::vector<kornews::Morpheme>& ms, size_t first, size_t end,
                       std::string_view chunk, const kornews::Dictionary& dict,
                       EojeolVariants& out) {
  const kornews::Morpheme& head = ms[first];
  if (end - first < 2 || TagIs(head.tag, "NNG")) return;
  // An eojeol read as a predicate and its endings is a verb or an adjective, never a noun
  // spelled the same: 사고 of 팝콘을 사고 is 사/VV + 고/EC (bought), not 사고 (accident), and 보고
  // of 영화를 보고 is not a report.
  if (IsPredicateTag(head.tag)) return;
  size_t tail = end;  // ms[tail, end) are all functional
  while (tail > first + 1 && IsFunctionalTag(ms[tail - 1].tag)) tail--;
  const std::string_view written =
      chunk.substr(head.byte_start, ms[end - 1].byte_end - head.byte_start);
  constexpr size_t kMaxChars = 16;
  char32_t chars[kMaxChars];
  size_t length = 0, longest = 0, covering = 0;
  size_t k = first;  // the morpheme that ends at or after the walk's end
  uint32_t state = 0;
  for (size_t i = 0; i < written.size() && length < kMaxChars;) {
    chars[length] = kornews::utf8::decode(written, i);
    if (!dict.step(state, chars[length++])) break;
    while (k < end && static_cast<size_t>(ms[k].end - head.start) < length) k++;
    uint32_t entry = 0, count = 0;
    if (k > first && k < end && k + 1 >= tail &&
        static_cast<size_t>(ms[k].end - head.start) == length &&
        dict.word_at(state, &entry, &count) &&
        kornews::lone_word_noun(dict, std::u32string_view(chars, length), entry, count)) {
      longest = length, covering = k + 1;
    }
  }
  if (longest == 0) return;
  const size_t bytes = static_cast<size_t>(ms[covering - 1].byte_end - head.byte_start);
  AddVariant(out, written.substr(0, bytes), first, covering);
}

// An interjection stands alone (아, 네, 자), yet the analysis of a word the dictionary does not
// know may begin with one-syllable interjections glued to a noun: 에어버스는 reads 에/IC + 어/IC +
// 버스/NNG, 자사고 reads 자/IC + 사고/NNG. Indexing those pieces would make 버스 find the aircraft
// maker and 사고 (accident) a school, so such a run is indexed as written, as one unknown word.
// Returns the end of the run ms[first, end') of interjections then nouns, written without a gap,
// or `first` when the eojeol does not start so.
size_t GluedInterjectionRunEnd(const std::vector<kornews::Morpheme>& ms, size_t first,
                               size_t end, std::string_view chunk) {
  size_t nouns = first;
  while (nouns < end && TagIs(ms[nouns].tag, "IC") && IsPlain(ms[nouns], chunk)) nouns++;
  if (nouns == first) return first;
  size_t run = nouns;
  while (run < end && IsNominalTag(ms[run].tag) && IsPlain(ms[run], chunk)) run++;
  if (run == nouns) return first;
  for (size_t k = first + 1; k < run; k++)
    if (ms[k].byte_start != ms[k - 1].byte_end) return first;
  return run;
}

}  // namespace

EojeolVariants VariantsOf(const std::vector<kornews::Morpheme>& ms, size_t begin, size_t end,
                          std::string_view chunk, const kornews::Dictionary& dict) {
  EojeolVariants out;
  size_t first = begin;
  while (first < end && IsSymbolTag(ms[first].tag)) first++;
  if (first == end) return out;
  AddRunVariants(ms, first, end, chunk, out);
  AddDictionaryNoun(ms, first, end, chunk, dict, out);
  return out;
}

void TokenizeChunk(kornews::Analyzer& analyzer, std::string_view text, size_t begin, size_t end,
                   TokenChunk* out) {
  const std::string_view chunk = text.substr(begin, end - begin);
  // One buffer for the backend's life: its morphemes' strings keep their storage from row to
  // row instead of being allocated and freed for each.
  static std::vector<kornews::Morpheme> buffer;
  size_t n = 0;
  analyzer.analyze(chunk, [&](const kornews::Morpheme& m) {
    if (n < buffer.size())
      buffer[n] = m;
    else
      buffer.push_back(m);
    ++n;
  });
  const std::vector<kornews::Morpheme>& ms = buffer;
  out->tokens.reserve(out->tokens.size() + chunk.size() / 3 + 4);
  Builder b(text, begin, out);
  size_t pos = 0;  // chunk bytes covered so far
  size_t i = 0;
  EojeolVariants eojeol;  // of the eojeol at hand
  while (i < n) {
    const kornews::Morpheme& m = ms[i];
    if (i == 0 || m.space_before) {
      size_t eojeol_end = i + 1;
      while (eojeol_end < n && !ms[eojeol_end].space_before) eojeol_end++;
      eojeol = VariantsOf(ms, i, eojeol_end, chunk, analyzer.dictionary());
      const size_t glued = GluedInterjectionRunEnd(ms, i, eojeol_end, chunk);
      if (glued > i && static_cast<size_t>(m.byte_start) >= pos) {
        if (static_cast<size_t>(m.byte_start) > pos) b.Span(pos, m.byte_start, kBlank);
        b.Span(m.byte_start, ms[glued - 1].byte_end, kUnknown);
        pos = ms[glued - 1].byte_end;
        i = glued;
        continue;
      }
    }
    const size_t start = std::clamp<size_t>(m.byte_start, 0, chunk.size());
    const size_t stop = std::clamp<size_t>(m.byte_end, start, chunk.size());
    if (start > pos) b.Span(pos, start, kBlank);

    // The pieces of one Inflect entry share the span of their written form.
    size_t j = i + 1;
    while (j < n && ms[j].byte_start == m.byte_start && ms[j].byte_end == m.byte_end) j++;

    if (j == i + 1 && IsPlain(m, chunk) && start >= pos) {
      TokenType type = WordType(m, analyzer.user_lexicon());
      size_t last = i, run_end = stop;
      if (type == kForeign || type == kNumber) {
        // Merge letters and digits written together (H100, 910C). The analyzer already gives
        // numbers with separators as one morpheme (1,000/SN, 3.5/SN).
        bool letters = type == kForeign, digits = type == kNumber;
        while (last + 1 < n) {
          const kornews::Morpheme& next = ms[last + 1];
          if (next.byte_start != static_cast<int32_t>(run_end) || !IsPlain(next, chunk) ||
              (!TagIs(next.tag, "SL") && !TagIs(next.tag, "SN"))) {
            break;
          }
          letters |= TagIs(next.tag, "SL");
          digits |= TagIs(next.tag, "SN");
          run_end = next.byte_end;
          last++;
        }
        type = letters && digits ? kAlnum : letters ? kForeign : kNumber;
      }
      const std::string_view written = chunk.substr(start, run_end - start);
      if (type == kNumber && written.find(',') != std::string_view::npos) {
        // Index 1,000 as 1000, the way people type it in a query; the text keeps its commas.
        std::string digits;
        for (char c : written)
          if (c != ',') digits.push_back(c);
        b.Span(start, run_end, kSurface);
        b.Base(digits, kNumber);
      } else {
        const size_t before = out->tokens.size();
        b.Span(start, run_end, type, type == kCompoundNoun ? CompoundParts(m, analyzer) : "");
        if (i >= eojeol.first && i < eojeol.last && !eojeol.variants.empty() &&
            out->tokens.size() == before + 1)
          b.Variants(eojeol.variants, written);
      }
      pos = run_end;
      i = last + 1;
      continue;
    }

    // A contraction or normalized form: the written text once, then each morpheme's form.
    if (stop > pos) b.Span(std::max(start, pos), stop, kSurface);
    for (size_t k = i; k < j; k++) {
      TokenType type = WordType(ms[k], analyzer.user_lexicon());
      b.Base(ms[k].form, type, type == kCompoundNoun ? CompoundParts(ms[k], analyzer) : "");
    }
    pos = std::max(pos, stop);
    i = j;
  }
  if (pos < chunk.size()) b.Span(pos, chunk.size(), kBlank);
}

namespace {

HandedOver handed_over;  // the backend's one parser at a time
bool handed_over_valid = false;

}  // namespace

void HandOver(std::string_view token, bool compound, std::string_view parts,
              std::string_view variants, unsigned long generation) {
  handed_over.token.assign(token);
  handed_over.compound = compound;
  handed_over.parts.assign(parts);
  handed_over.variants.assign(variants);
  handed_over.generation = generation;
  handed_over_valid = true;
}

void ClearHandOver() noexcept {
  handed_over_valid = false;
}

const HandedOver* HandedOverFor(std::string_view token, unsigned long generation) noexcept {
  if (!handed_over_valid || handed_over.generation != generation || handed_over.token != token)
    return nullptr;
  return &handed_over;
}

size_t ChunkEnd(std::string_view text, size_t begin, size_t target) {
  if (text.size() - begin <= target) return text.size();
  const size_t limit = begin + target;
  const size_t floor = begin + target / 2;
  for (size_t k = limit; k > floor; k--)
    if (text[k - 1] == '\n') return k;
  for (size_t k = limit; k > floor; k--)
    if (text[k - 1] == ' ' || text[k - 1] == '\t') return k;
  size_t k = limit;
  while (k > begin + 1 && (static_cast<unsigned char>(text[k]) & 0xC0) == 0x80) k--;
  return k;
}

}  // namespace kn
