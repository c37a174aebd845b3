// SQL functions of entity tagging: ko_entities(text) and ko_entities(text, reference date).
//
// Same shape as ko_morphs (morph_funcs.cpp): detoast and read the user entities in
// PostgreSQL-side code, tag each chunk inside kn::Guarded() into a C++ buffer owned by the
// call's memory context, then write the rows into the tuplestore in PostgreSQL-side code.
#include <optional>
#include <string_view>
#include <vector>

#include "core/morph/analyzer.h"
#include "core/ner/tagger.h"
#include "core/text/utf8.h"
#include "pg/backend.h"
#include "pg/chunk_scratch.h"
#include "pg/context_owned.h"
#include "pg/entry_point.h"
#include "pg/guard.h"
#include "pg/ner_backend.h"
#include "pg/postgres_headers.h"
#include "pg/tokens.h"

extern "C" {
KN_GUARDED_FUNCTION(ko_entities);
KN_GUARDED_FUNCTION(ko_entities_at);
}

namespace {

using EntityBuffer = std::vector<kornews::ner::Entity>;

constexpr int64 kUnixEpochDays = 10957;  // 2000-01-01 (PostgreSQL's date zero) after 1970-01-01

Datum EntitiesImpl(FunctionCallInfo fcinfo, std::optional<kornews::CivilDate> reference) {
  kn::PrepareAnalysis();
  text* t = PG_GETARG_TEXT_PP(0);
  const std::string_view input(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
  const kornews::ner::Gazetteer* user = kn::CurrentUserEntities();
  InitMaterializedSRF(fcinfo, 0);
  ReturnSetInfo* rsinfo = reinterpret_cast<ReturnSetInfo*>(fcinfo->resultinfo);
  auto* buf = kn::AttachToContext<EntityBuffer>(CurrentMemoryContext);
  MemoryContext scratch = kn::CreateChunkScratch();

  int64 cp_base = 0;
  size_t begin = 0;
  while (begin < input.size()) {
    CHECK_FOR_INTERRUPTS();
    // Chunks end at a line break where there is one (kn::ChunkEnd prefers them), and entities
    // never cross a line break.
    const size_t end = kn::ChunkEnd(input, begin, kn::kChunkBytes);
    const std::string_view chunk = input.substr(begin, end - begin);
    kn::Guarded([&] {
      if (buf->object == nullptr) buf->object = new EntityBuffer;
      buf->object->clear();
      kornews::ner::TagOptions options;
      options.reference = reference;
      options.user = user;
      kn::BackendTagger().tag(kn::BackendAnalyzer(), chunk, options, *buf->object);
    });
    MemoryContext caller = MemoryContextSwitchTo(scratch);
    for (const kornews::ner::Entity& e : *buf->object) {
      Datum values[5];
      bool nulls[5] = {false, false, false, false, e.normalized.empty()};
      const std::string_view label = kornews::ner::label_name(e.label);
      values[0] = PointerGetDatum(cstring_to_text_with_len(e.text.data(), e.text.size()));
      values[1] = PointerGetDatum(cstring_to_text_with_len(label.data(), label.size()));
      values[2] = Int32GetDatum(static_cast<int32>(cp_base + e.start));
      values[3] = Int32GetDatum(static_cast<int32>(cp_base + e.end));
      values[4] =
          e.normalized.empty()
              ? (Datum)0
              : PointerGetDatum(cstring_to_text_with_len(e.normalized.data(), e.normalized.size()));
      tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
    }
    kn::EndChunk(scratch, caller);
    cp_base += static_cast<int64>(kornews::utf8::count_code_points(chunk));
    begin = end;
  }
  buf->Release();
  return (Datum)0;
}

}  // namespace

// ko_entities(text) RETURNS TABLE(entity, label, start_pos, end_pos, normalized)
Datum ko_entities(PG_FUNCTION_ARGS) {
  return EntitiesImpl(fcinfo, std::nullopt);
}

// ko_entities(text, reference date): relative dates resolve against `reference`.
Datum ko_entities_at(PG_FUNCTION_ARGS) {
  const DateADT d = PG_GETARG_DATEADT(1);
  if (DATE_NOT_FINITE(d))
    ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                    errmsg("the reference date of ko_entities must be finite")));
  return EntitiesImpl(fcinfo,
                      kornews::civil_from_days(static_cast<int64>(d) + kUnixEpochDays));
}
