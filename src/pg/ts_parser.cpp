// The `korean` text search parser: start / gettoken / end / lextype / headline.
//
// start() only records the input; gettoken() analyzes it lazily, one chunk at a time
// (kn::ChunkEnd), into a C++ token buffer owned by the calling memory context, and hands out
// tokens that point into the original text (base tokens into a palloc'd copy). The token stream
// and why it tiles the input exactly: core/search/token_stream.h (this file is only the glue).
#include <algorithm>
#include <string_view>
#include <vector>

#include "pg/backend.h"
#include "pg/context_owned.h"
#include "pg/entry_point.h"
#include "pg/guard.h"
#include "pg/postgres_headers.h"
#include "pg/tokens.h"

extern "C" {
KN_GUARDED_FUNCTION(korean_prs_start);
KN_GUARDED_FUNCTION(korean_prs_nexttoken);
KN_PLAIN_C_FUNCTION(korean_prs_end);
KN_GUARDED_FUNCTION(korean_prs_lextype);
KN_PLAIN_C_FUNCTION(korean_prs_headline);
}

namespace {

struct ParserState {
  const char* text;
  int32 length;
  int32 analyzed;  // bytes of `text` already tokenized
  kn::ContextOwned<kn::TokenChunk>* chunk;
  size_t next;  // next token of the current chunk
};

}  // namespace

Datum korean_prs_start(PG_FUNCTION_ARGS) {
  kn::PrepareAnalysis();
  auto* state = static_cast<ParserState*>(palloc0(sizeof(ParserState)));
  state->text = reinterpret_cast<const char*>(PG_GETARG_POINTER(0));
  state->length = PG_GETARG_INT32(1);
  state->chunk = kn::AttachToContext<kn::TokenChunk>(CurrentMemoryContext);
  kn::Guarded([&] { state->chunk->object = new kn::TokenChunk; });
  PG_RETURN_POINTER(state);
}

Datum korean_prs_nexttoken(PG_FUNCTION_ARGS) {
  auto* state = reinterpret_cast<ParserState*>(PG_GETARG_POINTER(0));
  char** token = reinterpret_cast<char**>(PG_GETARG_POINTER(1));
  int* token_len = reinterpret_cast<int*>(PG_GETARG_POINTER(2));
  kn::TokenChunk* chunk = state->chunk->object;

  while (chunk == nullptr || state->next >= chunk->tokens.size()) {
    if (chunk == nullptr || state->analyzed >= state->length) PG_RETURN_INT32(0);
    CHECK_FOR_INTERRUPTS();
    const std::string_view input(state->text, state->length);
    const size_t end = kn::ChunkEnd(input, state->analyzed, kn::kChunkBytes);
    kn::Guarded([&] {
      chunk->Clear();
      kn::TokenizeChunk(kn::BackendAnalyzer(), input, state->analyzed, end, chunk);
    });
    state->analyzed = static_cast<int32>(end);
    state->next = 0;
  }

  const kn::SearchToken& t = chunk->tokens[state->next++];
  if (kn::IsBaseType(t.type)) {
    // The chunk's buffer is reused for the next chunk, while PostgreSQL may still hold this
    // pointer (multi-word dictionaries queue tokens): give base tokens their own copy.
    *token = pnstrdup(chunk->base_text.data() + t.offset, t.length);
  } else {
    *token = const_cast<char*>(state->text) + t.offset;
  }
  *token_len = t.length;
  const bool compound =
      t.type == kn::kCompoundNoun || t.type == kn::kBaseOffset + kn::kCompoundNoun;
  if (compound || t.variants_length > 0) {
    kn::Guarded([&] {
      kn::HandOver(std::string_view(*token, t.length), compound,
                   std::string_view(chunk->parts).substr(t.parts_offset, t.parts_length),
                   std::string_view(chunk->variants).substr(t.variants_offset, t.variants_length),
                   kn::BackendAnalyzerGeneration());
    });
  } else {
    kn::ClearHandOver();
  }
  PG_RETURN_INT32(t.type);
}

Datum korean_prs_end(PG_FUNCTION_ARGS) {
  auto* state = reinterpret_cast<ParserState*>(PG_GETARG_POINTER(0));
  state->chunk->Release();  // now, rather than when the caller's context is reset
  kn::ClearHandOver();
  PG_RETURN_VOID();
}

Datum korean_prs_lextype(PG_FUNCTION_ARGS) {
  (void)fcinfo;
  const std::vector<kn::TokenTypeInfo>* types = kn::Guarded([] { return &kn::AllTokenTypes(); });
  const size_t n = types->size();
  auto* descr = static_cast<LexDescr*>(palloc(sizeof(LexDescr) * (n + 1)));
  for (size_t i = 0; i < n; i++) {
    descr[i].lexid = (*types)[i].id;
    descr[i].alias = pstrdup((*types)[i].alias.c_str());
    descr[i].descr = pstrdup((*types)[i].description.c_str());
  }
  descr[n].lexid = 0;
  PG_RETURN_POINTER(descr);
}

// ---------------------------------------------------------------------------------------------
// Headline.
//
// The fragment choice is PostgreSQL's own (prsd_headline, the default parser's headline
// function), which reads token types as the default parser's ids. So the types are translated
// around the call, then the marks are fixed up for Korean:
//   * one eojeol (space-separated unit) counts as one word, so MaxWords/MinWords mean words:
//     its first token is the word, the rest of it and the extra entries that only carry
//     another matching query operand (a compound matches 삼성전자 & 삼성 & 전자 three times)
//     are not words, and for ShortWord the word is as long as the whole eojeol, as in `simple`;
//   * a fragment never cuts an eojeol (화웨이 without its 의);
//   * base tokens are never output (their text is not in the input); their highlight moves to
//     the written token they came from.

namespace {

// Token ids of PostgreSQL's default parser (src/backend/tsearch/wparser_def.c), as read by
// prsd_headline: WORD_T counts as a word, SPACE does not, HWORD is skipped in the output.
constexpr int kDefaultWord = 2;
constexpr int kDefaultSpace = 12;
constexpr int kDefaultHyphenatedWord = 17;

// Whether `text` starts with `prefix`, ASCII letters compared without case (lexemes are
// lower-cased, the text is as written).
bool StartsWith(std::string_view text, std::string_view prefix) {
  if (prefix.size() > text.size()) return false;
  for (size_t i = 0; i < prefix.size(); i++)
    if (pg_ascii_tolower(static_cast<unsigned char>(text[i])) !=
        pg_ascii_tolower(static_cast<unsigned char>(prefix[i])))
      return false;
  return true;
}

// A token found by a longer form its eojeol gave it (우크라 of 우크라이나 사태, read 우크라 + 이나,
// found by 우크라이나): the highlight also covers the tokens after it that spell the rest of the
// form.
void HighlightWholeForms(HeadlineWordEntry* w, int n, TSQuery query) {
  for (int i = 0; i < n; i++) {
    if (w[i].repeated || !w[i].selected || w[i].type == kn::kBlank) continue;
    const std::string_view word(w[i].word, w[i].len);
    for (int m = i; m < n && (m == i || w[m].repeated); m++) {
      if (w[m].item == nullptr) continue;
      const std::string_view form(GETOPERAND(query) + w[m].item->distance, w[m].item->length);
      if (form.size() <= word.size() || !StartsWith(form, word)) continue;
      size_t covered = word.size();
      int j = i + 1;
      for (; j < n && covered < form.size(); j++) {
        if (w[j].repeated) continue;
        if (w[j].type == kn::kBlank || kn::IsBaseType(w[j].type)) break;
        const std::string_view next(w[j].word, w[j].len);
        if (!StartsWith(form.substr(covered), next)) break;
        covered += next.size();
      }
      if (covered != form.size()) continue;
      for (int k = i + 1; k < j; k++)
        if (!w[k].repeated) w[k].selected = 1;
    }
  }
}

// PostgreSQL marks each selected token on its own: one word cut into several tokens would come
// out as <b>인천</b><b>국제</b><b>공항</b>. Selected tokens written next to each other become one
// entry, <b>인천국제공항</b>; the ones merged into it are skipped.
void MergeAdjacentHighlights(HeadlineWordEntry* w, int n) {
  for (int i = 0; i < n; i++) {
    if (w[i].repeated || !w[i].selected || w[i].skip || w[i].replace) continue;
    int last = i;  // the last selected token of the run
    size_t length = w[i].len;
    for (int j = i + 1; j < n; j++) {
      if (w[j].repeated || (w[j].skip && !w[j].selected)) continue;  // outputs nothing
      if (!w[j].selected || w[j].replace || w[j].type == kn::kBlank || w[j].in != w[i].in ||
          length + w[j].len > UINT16_MAX)  // HeadlineWordEntry::len has 16 bits
        break;
      last = j;
      length += w[j].len;
    }
    if (last == i) continue;
    char* merged = static_cast<char*>(palloc(length));
    size_t at = 0;
    for (int j = i; j <= last; j++) {
      if (w[j].repeated || w[j].skip) continue;
      memcpy(merged + at, w[j].word, w[j].len);
      at += w[j].len;
      if (j > i) w[j].skip = 1;
    }
    w[i].word = merged;
    w[i].len = static_cast<int>(at);
    i = last;
  }
}

}  // namespace

Datum korean_prs_headline(PG_FUNCTION_ARGS) {
  auto* prs = reinterpret_cast<HeadlineParsedText*>(PG_GETARG_POINTER(0));
  const int n = prs->curwords;
  HeadlineWordEntry* w = prs->words;
  uint8* types = static_cast<uint8*>(palloc(n > 0 ? n : 1));
  uint16* lengths = static_cast<uint16*>(palloc(sizeof(uint16) * (n > 0 ? n : 1)));

  int word = -1;  // the entry that stands for the current eojeol
  for (int i = 0; i < n; i++) {
    types[i] = w[i].type;
    lengths[i] = w[i].len;
    if (w[i].repeated) {
      // An extra entry that only carries another matching query operand of the token before
      // it: not a word of its own, or a compound found by its parts would count three words
      // and MinWords would be met by one eojeol.
      w[i].type = kDefaultSpace;
    } else if (w[i].type == kn::kBlank) {
      w[i].type = kDefaultSpace;
      word = -1;
    } else if (kn::IsBaseType(w[i].type)) {
      w[i].type = kDefaultHyphenatedWord;  // not in the text: skipped, as HWORD is
    } else if (word < 0) {
      w[i].type = kDefaultWord;
      word = i;
    } else {
      // The rest of the eojeol: its text lengthens the word (ShortWord compares the eojeol's
      // length, 갔다 not 갔; the field has 16 bits, and only small lengths matter).
      w[i].type = kDefaultSpace;
      w[word].len = std::min<uint32>(w[word].len + w[i].len, UINT16_MAX);
    }
  }

  DirectFunctionCall3(prsd_headline, PG_GETARG_DATUM(0), PG_GETARG_DATUM(1), PG_GETARG_DATUM(2));

  for (int i = 0; i < n; i++) {
    w[i].type = types[i];
    w[i].len = lengths[i];
  }

  // Whole eojeols in or out: a run of non-blank tokens shares one `in`.
  for (int i = 0; i < n;) {
    if (w[i].type == kn::kBlank) {
      i++;
      continue;
    }
    int j = i;
    bool in = false;
    for (; j < n && w[j].type != kn::kBlank; j++)
      if (!w[j].repeated && w[j].in) in = true;
    for (int k = i; k < j; k++) {
      if (w[k].repeated) continue;
      w[k].in = in;
      if (in && w[k].item != nullptr) w[k].selected = 1;
    }
    i = j;
  }

  HighlightWholeForms(w, n, PG_GETARG_TSQUERY(2));

  // Base tokens: not output; their highlight goes to the written token before them.
  int host = -1;
  for (int i = 0; i < n; i++) {
    if (w[i].repeated) continue;
    if (kn::IsBaseType(w[i].type)) {
      if (w[i].selected && host >= 0) w[host].selected = 1;
      w[i].selected = 0;
      w[i].skip = 1;
      w[i].replace = 0;
    } else if (w[i].type == kn::kBlank) {
      host = -1;
    } else {
      host = i;
    }
  }
  MergeAdjacentHighlights(w, n);
  pfree(types);
  pfree(lengths);
  PG_RETURN_POINTER(prs);
}
