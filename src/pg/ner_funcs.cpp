// SQL functions of entity tagging: ko_entities(text) and ko_entities(text, reference date).
// Besides the normalized text, each row carries typed values (core/ner/entity_value.h): value and
// unit of a quantity, starts/ends of a date or time, duration of a length of time.
//
// Same shape as ko_morphs (morph_funcs.cpp): detoast and read the user entities in
// PostgreSQL-side code, tag each chunk (kn::ForEachChunk, chunk_loop.h) inside kn::Guarded()
// into a C++ buffer owned by the call's memory context, then write the rows into the
// tuplestore in PostgreSQL-side code.
#include <optional>
#include <string_view>
#include <vector>

#include "core/morph/analyzer.h"
#include "core/ner/entity_value.h"
#include "core/ner/tagger.h"
#include "pg/backend.h"
#include "pg/chunk_loop.h"
#include "pg/context_owned.h"
#include "pg/entry_point.h"
#include "pg/guard.h"
#include "pg/ner_backend.h"
#include "pg/news_datetime.h"
#include "pg/postgres_headers.h"
#include "pg/tokens.h"

extern "C" {
KN_GUARDED_FUNCTION(ko_entities);
KN_GUARDED_FUNCTION(ko_entities_at);
}

namespace {

// One chunk's entities and their typed values, side by side.
struct EntityBuffer {
  std::vector<kornews::ner::Entity> entities;
  std::vector<kornews::ner::EntityValue> values;
};

constexpr int kColumns = 10;

// An interval of the duration's units as written: P2W is 14 days, P1Y2M is 14 months. The
// components are at most six digits (time_value.cpp), so each sum fits its field.
Datum IntervalDatum(const kornews::CalendarDuration& d) {
  auto* interval = static_cast<Interval*>(palloc(sizeof(Interval)));
  interval->month = static_cast<int32>(d.years * 12 + d.months);
  interval->day = static_cast<int32>(d.weeks * 7 + d.days);
  interval->time = ((d.hours * 60 + d.minutes) * 60 + d.seconds) * USECS_PER_SEC;
  return IntervalPGetDatum(interval);
}

constexpr int64 kUnixEpochDays = 10957;  // 2000-01-01 (PostgreSQL's date zero) after 1970-01-01

Datum EntitiesImpl(FunctionCallInfo fcinfo, std::optional<kornews::CivilDate> reference) {
  kn::PrepareAnalysis();
  text* t = PG_GETARG_TEXT_PP(0);
  const std::string_view input(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
  const kornews::ner::Gazetteer* user = kn::CurrentUserEntities();
  InitMaterializedSRF(fcinfo, 0);
  ReturnSetInfo* rsinfo = reinterpret_cast<ReturnSetInfo*>(fcinfo->resultinfo);
  auto* buf = kn::AttachToContext<EntityBuffer>(CurrentMemoryContext);
  // Chunks end at a line break where there is one (kn::ChunkEnd prefers them), and entities
  // never cross a line break.
  kn::ForEachChunk(
      input,
      [&](const kn::TextChunk& chunk) {
        kn::Guarded([&] {
          if (buf->object == nullptr) buf->object = new EntityBuffer;
          buf->object->entities.clear();
          buf->object->values.clear();
          kornews::ner::TagOptions options;
          options.reference = reference;
          options.user = user;
          kn::BackendTagger().tag(kn::BackendAnalyzer(), chunk.text, options,
                                  buf->object->entities);
          for (const kornews::ner::Entity& e : buf->object->entities)
            buf->object->values.push_back(kornews::ner::entity_value(e.label, e.normalized));
        });
      },
      [&](const kn::TextChunk& chunk) {
        const int64 cp_base = chunk.code_points_before;
        for (size_t k = 0; k < buf->object->entities.size(); ++k) {
          const kornews::ner::Entity& e = buf->object->entities[k];
          const kornews::ner::EntityValue& v = buf->object->values[k];
          Datum values[kColumns];
          bool nulls[kColumns] = {false,
                                  false,
                                  false,
                                  false,
                                  e.normalized.empty(),
                                  v.number.empty(),
                                  v.unit.empty(),
                                  !v.range.has_value(),
                                  !v.range.has_value(),
                                  !v.duration.has_value()};
          const std::string_view label = kornews::ner::label_name(e.label);
          values[0] = PointerGetDatum(cstring_to_text_with_len(e.text.data(), e.text.size()));
          values[1] = PointerGetDatum(cstring_to_text_with_len(label.data(), label.size()));
          values[2] = Int32GetDatum(static_cast<int32>(cp_base + e.start));
          values[3] = Int32GetDatum(static_cast<int32>(cp_base + e.end));
          values[4] = e.normalized.empty() ? (Datum)0
                                           : PointerGetDatum(cstring_to_text_with_len(
                                                 e.normalized.data(), e.normalized.size()));
          // The number is digits and one point at most (entity_value.cpp): numeric_in accepts it.
          values[5] = v.number.empty()
                          ? (Datum)0
                          : DirectFunctionCall3(numeric_in, CStringGetDatum(v.number.c_str()),
                                                ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1));
          values[6] = v.unit.empty()
                          ? (Datum)0
                          : PointerGetDatum(cstring_to_text_with_len(v.unit.data(), v.unit.size()));
          values[7] = v.range ? kn::TimestampDatum(v.range->starts) : (Datum)0;
          values[8] = v.range ? kn::TimestampDatum(v.range->ends) : (Datum)0;
          values[9] = v.duration ? IntervalDatum(*v.duration) : (Datum)0;
          tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, values, nulls);
        }
      });
  buf->Release();
  return (Datum)0;
}

}  // namespace

// ko_entities(text) RETURNS TABLE(entity, label, start_pos, end_pos, normalized, value, unit,
//                                 starts, ends, duration)
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
