// SQL functions over the morpheme stream: ko_morphs, ko_tokenize, ko_nouns, and the dictionary
// information functions.
//
// Shape of every function here: detoast and set up in PostgreSQL-side code, run the analyzer
// inside kn::Guarded() into a C++ buffer owned by the call's memory context, then build the SQL
// result from that buffer in PostgreSQL-side code. Long texts go through in chunks
// (kn::ForEachChunk, chunk_loop.h), so memory stays bounded by the chunk, not the input.
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "core/dict/dictionary.h"
#include "core/morph/analyzer.h"
#include "core/text/utf8.h"
#include "pg/backend.h"
#include "pg/chunk_loop.h"
#include "pg/context_owned.h"
#include "pg/entry_point.h"
#include "pg/guard.h"
#include "pg/postgres_headers.h"
#include "pg/result_desc.h"
#include "pg/text_datums.h"
#include "pg/tokens.h"

extern "C" {
KN_GUARDED_FUNCTION(ko_morphs);
KN_GUARDED_FUNCTION(ko_tokenize);
KN_GUARDED_FUNCTION(ko_nouns);
KN_GUARDED_FUNCTION(ko_dictionary_info);
KN_GUARDED_FUNCTION(ko_dictionary_verify);
}

namespace {

using MorphBuffer = std::vector<kornews::Morpheme>;

std::string_view TextArg(FunctionCallInfo fcinfo, int n) {
  text* t = PG_GETARG_TEXT_PP(n);
  return std::string_view(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
}

// Analyzes one chunk into the context-owned buffer (C++ side, inside the guard).
void AnalyzeChunk(kn::ContextOwned<MorphBuffer>* buf, std::string_view chunk) {
  kn::Guarded([&] {
    if (buf->object == nullptr) buf->object = new MorphBuffer;
    buf->object->clear();
    kn::BackendAnalyzer().analyze(chunk,
                                  [&](const kornews::Morpheme& m) { buf->object->push_back(m); });
  });
}

text* JoinFormTag(const kornews::Morpheme& m) {
  const size_t len = m.form.size() + 1 + m.tag.size();
  text* out = static_cast<text*>(palloc(VARHDRSZ + len));
  SET_VARSIZE(out, VARHDRSZ + len);
  char* p = VARDATA(out);
  std::memcpy(p, m.form.data(), m.form.size());
  p[m.form.size()] = '/';
  std::memcpy(p + m.form.size() + 1, m.tag.data(), m.tag.size());
  return out;
}

bool IsNounToken(int type) {
  if (kn::IsBaseType(type)) type -= kn::kBaseOffset;
  switch (type) {
    case kn::kNoun:
    case kn::kProperNoun:
    case kn::kCompoundNoun:
    case kn::kUnknown:
    case kn::kForeign:
    case kn::kAlnum:
      return true;
    default:
      return false;
  }
}

}  // namespace

// ko_morphs(text) RETURNS TABLE(ord int, form text, tag text, start_pos int, end_pos int)
// Materialized into a tuplestore (which spills to disk), chunk by chunk.
Datum ko_morphs(PG_FUNCTION_ARGS) {
  kn::PrepareAnalysis();
  const std::string_view input = TextArg(fcinfo, 0);
  InitMaterializedSRF(fcinfo, 0);
  ReturnSetInfo* rsinfo = reinterpret_cast<ReturnSetInfo*>(fcinfo->resultinfo);
  auto* buf = kn::AttachToContext<MorphBuffer>(CurrentMemoryContext);
  int32 ord = 0;
  kn::ForEachChunk(
      input, [&](const kn::TextChunk& chunk) { AnalyzeChunk(buf, chunk.text); },
      [&](const kn::TextChunk& chunk) {
        for (const kornews::Morpheme& m : *buf->object) {
          Datum values[5];
          bool nulls[5] = {false, false, false, false, false};
          values[0] = Int32GetDatum(++ord);
          values[1] = kn::TextDatum(m.form);
          values[2] = kn::TextDatum(m.tag);
          values[3] = Int32GetDatum(static_cast<int32>(chunk.code_points_before + m.start));
          values[4] = Int32GetDatum(static_cast<int32>(chunk.code_points_before + m.end));
          tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
        }
      });
  buf->Release();
  return (Datum)0;
}

// ko_tokenize(text) RETURNS text[]: every morpheme as form/TAG.
Datum ko_tokenize(PG_FUNCTION_ARGS) {
  kn::PrepareAnalysis();
  const std::string_view input = TextArg(fcinfo, 0);
  auto* buf = kn::AttachToContext<MorphBuffer>(CurrentMemoryContext);
  ArrayBuildState* astate = initArrayResult(TEXTOID, CurrentMemoryContext, false);
  kn::ForEachChunk(
      input, [&](const kn::TextChunk& chunk) { AnalyzeChunk(buf, chunk.text); },
      [&](const kn::TextChunk& chunk) {
        for (const kornews::Morpheme& m : *buf->object)
          astate = accumArrayResult(astate, PointerGetDatum(JoinFormTag(m)), false, TEXTOID,
                                    chunk.caller);
      });
  buf->Release();
  PG_RETURN_DATUM(makeArrayResult(astate, CurrentMemoryContext));
}

// ko_nouns(text) RETURNS text[]: the nominal tokens of the `korean` search parser, in text order
// and as written: common and proper nouns, compound nouns, unknown words, foreign words and
// alphanumerics (H100). Bound nouns (것, 수), pronouns and numerals are left out.
Datum ko_nouns(PG_FUNCTION_ARGS) {
  kn::PrepareAnalysis();
  const std::string_view input = TextArg(fcinfo, 0);
  auto* buf = kn::AttachToContext<kn::TokenChunk>(CurrentMemoryContext);
  ArrayBuildState* astate = initArrayResult(TEXTOID, CurrentMemoryContext, false);
  kn::ForEachChunk(
      input,
      [&](const kn::TextChunk& chunk) {
        kn::Guarded([&] {
          if (buf->object == nullptr) buf->object = new kn::TokenChunk;
          buf->object->Clear();
          kn::TokenizeChunk(kn::BackendAnalyzer(), input, chunk.begin, chunk.end(), buf->object);
        });
      },
      [&](const kn::TextChunk& chunk) {
        const kn::TokenChunk& tokens = *buf->object;
        for (const kn::SearchToken& t : tokens.tokens) {
          if (!IsNounToken(t.type)) continue;
          const char* p =
              kn::IsBaseType(t.type) ? tokens.base_text.data() + t.offset : input.data() + t.offset;
          astate = accumArrayResult(astate, PointerGetDatum(cstring_to_text_with_len(p, t.length)),
                                    false, TEXTOID, chunk.caller);
        }
      });
  buf->Release();
  PG_RETURN_DATUM(makeArrayResult(astate, CurrentMemoryContext));
}

namespace {

struct DictionaryFacts {
  char path[MAXPGPATH];
  char source[sizeof(kornews::dict::FileHeader::source)];  // the whole of it
  uint32 format_version;
  uint64 checksum;
  uint64 size;
  uint32 entries;
};

}  // namespace

// ko_dictionary_info() RETURNS TABLE(path, source, format_version, checksum, size_bytes, entries)
Datum ko_dictionary_info(PG_FUNCTION_ARGS) {
  kn::PrepareAnalysis();
  DictionaryFacts facts;
  kn::Guarded([&] {
    const kornews::Dictionary& d = kn::BackendAnalyzer().dictionary();
    kornews::utf8::copy_bounded(facts.path, sizeof facts.path, d.path());
    kornews::utf8::copy_bounded(facts.source, sizeof facts.source, d.source());
    facts.format_version = d.format_version();
    facts.checksum = d.checksum();
    facts.size = d.file_size();
    facts.entries = d.entry_count();
  });
  TupleDesc desc = kn::CompositeResultDesc(fcinfo);
  char checksum[17];
  snprintf(checksum, sizeof checksum, "%016llx", static_cast<unsigned long long>(facts.checksum));
  Datum values[6] = {CStringGetTextDatum(facts.path),
                     CStringGetTextDatum(facts.source),
                     Int32GetDatum(static_cast<int32>(facts.format_version)),
                     CStringGetTextDatum(checksum),
                     Int64GetDatum(static_cast<int64>(facts.size)),
                     Int64GetDatum(static_cast<int64>(facts.entries))};
  bool nulls[6] = {false, false, false, false, false, false};
  PG_RETURN_DATUM(HeapTupleGetDatum(heap_form_tuple(desc, values, nulls)));
}

// ko_dictionary_verify() RETURNS boolean: recomputes the payload checksum of the dictionary in
// use; true, or an ERROR saying what is wrong.
Datum ko_dictionary_verify(PG_FUNCTION_ARGS) {
  (void)fcinfo;
  kn::PrepareAnalysis();
  kn::Guarded([] { kn::BackendAnalyzer().dictionary().verify(); });
  PG_RETURN_BOOL(true);
}
