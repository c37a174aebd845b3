// Eojeol variants (see eojeol_variants.h).
#include "core/search/eojeol_variants.h"

#include <algorithm>

#include "core/dict/dictionary.h"
#include "core/morph/morpheme.h"
#include "core/morph/path_rules.h"
#include "core/search/token_types.h"
#include "core/text/utf8.h"

namespace kornews::search {

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
void AddRunVariants(const std::vector<Morpheme>& ms, size_t first, size_t end,
                    std::string_view chunk, EojeolVariants& out) {
  size_t last = first;
  while (last < end && ms[last].kind != MorphemeKind::kInflectPart &&
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
  const Morpheme& particle = ms[last];
  const Morpheme& name = ms[last - 1];
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
void AddDictionaryNoun(const std::vector<Morpheme>& ms, size_t first, size_t end,
                       std::string_view chunk, const Dictionary& dict,
                       EojeolVariants& out) {
  const Morpheme& head = ms[first];
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
    chars[length] = utf8::decode(written, i);
    if (!dict.step(state, chars[length++])) break;
    while (k < end && static_cast<size_t>(ms[k].end - head.start) < length) k++;
    uint32_t entry = 0, count = 0;
    if (k > first && k < end && k + 1 >= tail &&
        static_cast<size_t>(ms[k].end - head.start) == length &&
        dict.word_at(state, &entry, &count) &&
        lone_word_noun(dict, std::u32string_view(chars, length), entry, count)) {
      longest = length, covering = k + 1;
    }
  }
  if (longest == 0) return;
  const size_t bytes = static_cast<size_t>(ms[covering - 1].byte_end - head.byte_start);
  AddVariant(out, written.substr(0, bytes), first, covering);
}

// One precomposed Hangul syllable (에, 자): not the letters of laughter or tears (ㅋㅋ, ㅠㅠ,
// also read as interjections), which are glued to a name in comments (ㅋㅋ소지섭이) and must not
// take it with them.
bool IsHangulSyllable(std::string_view form) {
  size_t i = 0;
  const char32_t c = utf8::decode(form, i);
  return i == form.size() && c >= 0xAC00 && c <= 0xD7A3;
}

}  // namespace

size_t GluedInterjectionRunEnd(const std::vector<Morpheme>& ms, size_t first,
                               size_t end, std::string_view chunk) {
  size_t nouns = first;
  while (nouns < end && TagIs(ms[nouns].tag, "IC") && IsHangulSyllable(ms[nouns].form) &&
         IsPlain(ms[nouns], chunk))
    nouns++;
  if (nouns == first) return first;
  size_t run = nouns;
  while (run < end && IsNominalTag(ms[run].tag) && IsPlain(ms[run], chunk)) run++;
  if (run == nouns) return first;
  for (size_t k = first + 1; k < run; k++)
    if (ms[k].byte_start != ms[k - 1].byte_end) return first;
  return run;
}


EojeolVariants VariantsOf(const std::vector<Morpheme>& ms, size_t begin, size_t end,
                          std::string_view chunk, const Dictionary& dict) {
  EojeolVariants out;
  size_t first = begin;
  while (first < end && IsSymbolTag(ms[first].tag)) first++;
  if (first == end) return out;
  AddRunVariants(ms, first, end, chunk, out);
  AddDictionaryNoun(ms, first, end, chunk, dict, out);
  return out;
}

}  // namespace kornews::search
