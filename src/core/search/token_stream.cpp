// Morphemes -> search tokens (see token_stream.h).
#include "core/search/token_stream.h"

#include <algorithm>

#include "core/dict/dictionary.h"
#include "core/dict/user_lexicon.h"
#include "core/morph/analyzer.h"
#include "core/text/hanja.h"

namespace kornews::search {

namespace {

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

TokenType WordType(const Morpheme& m, const Analyzer& analyzer) {
  const UserLexicon* user = analyzer.user_lexicon();
  // Compound entries are nouns in mecab-ko-dic; should another part of speech ever be one, it
  // keeps its own type (and is indexed whole, like any other word). A user word given parts is
  // a compound too (korean_compound indexes it whole and by its parts).
  if (m.kind == MorphemeKind::kCompound && !m.tag.empty() && m.tag[0] == 'N')
    return kCompoundNoun;
  const bool user_word = m.kind == MorphemeKind::kUser && user != nullptr;
  if (user_word && !m.tag.empty() && m.tag[0] == 'N' && !user->word(m.entry).parts.empty())
    return kCompoundNoun;
  // A guessed mixed-script name (갤럭시S25) is indexed whole and by its runs, like a compound;
  // so is a listed name with parts (보건복지위원회).
  if (m.kind == MorphemeKind::kUnknown && !CompoundParts(m, analyzer).empty()) return kCompoundNoun;
  // Words that are also indexed by a reading get their own type, so that only they go through
  // korean_hanja: a dictionary call less for every other token.
  if (contains_hanja(m.form) || (user_word && !user->word(m.entry).reading.empty()))
    return kHanja;
  return TypeOfTag(m.tag);
}

}  // namespace

void TokenizeChunk(Analyzer& analyzer, std::string_view text, size_t begin, size_t end,
                   TokenChunk* out) {
  const std::string_view chunk = text.substr(begin, end - begin);
  // One buffer for the backend's life: its morphemes' strings keep their storage from row to
  // row instead of being allocated and freed for each.
  static std::vector<Morpheme> buffer;
  size_t n = 0;
  analyzer.analyze(chunk, [&](const Morpheme& m) {
    if (n < buffer.size())
      buffer[n] = m;
    else
      buffer.push_back(m);
    ++n;
  });
  const std::vector<Morpheme>& ms = buffer;
  out->tokens.reserve(out->tokens.size() + chunk.size() / 3 + 4);
  Builder b(text, begin, out);
  size_t pos = 0;  // chunk bytes covered so far
  size_t i = 0;
  EojeolVariants eojeol;  // of the eojeol at hand
  while (i < n) {
    const Morpheme& m = ms[i];
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
      TokenType type = WordType(m, analyzer);
      size_t last = i, run_end = stop;
      if (type == kForeign || type == kNumber) {
        // Merge letters and digits written together (H100, 910C). The analyzer already gives
        // numbers with separators as one morpheme (1,000/SN, 3.5/SN).
        bool letters = type == kForeign, digits = type == kNumber;
        while (last + 1 < n) {
          const Morpheme& next = ms[last + 1];
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
      TokenType type = WordType(ms[k], analyzer);
      b.Base(ms[k].form, type, type == kCompoundNoun ? CompoundParts(ms[k], analyzer) : "");
    }
    pos = std::max(pos, stop);
    i = j;
  }
  if (pos < chunk.size()) b.Span(pos, chunk.size(), kBlank);
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

}  // namespace kornews::search
