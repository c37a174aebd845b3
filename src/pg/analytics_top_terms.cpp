// ko_top_terms(body text, k int): the aggregate of the k terms most documents of a group
// mention, as kornews.term_count[] (term, count, error).
//
// The state is a C++ TermSketch (src/core/analytics/term_sketch.h) owned by the aggregate's
// memory context (kn::ContextOwned deletes it when the context goes); a bounded Space-Saving
// summary, so a group of any size holds at most 2 x capacity terms. Partial aggregates (parallel
// workers, Citus) travel as bytea through the serial/deserial functions and meet in the combine
// function. error > 0 on an element means its count is an upper bound that may exceed the true
// count by that much; error = 0 everywhere means the counts are exact.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "core/analytics/stopwords.h"
#include "core/analytics/term_sketch.h"
#include "pg/analytics_backend.h"
#include "pg/backend.h"
#include "pg/context_owned.h"
#include "pg/entry_point.h"
#include "pg/guard.h"
#include "pg/postgres_headers.h"
#include "pg/text_datums.h"

extern "C" {
KN_GUARDED_FUNCTION(ko_top_terms_transition);
KN_GUARDED_FUNCTION(ko_top_terms_combine);
KN_GUARDED_FUNCTION(ko_top_terms_serialize);
KN_GUARDED_FUNCTION(ko_top_terms_deserialize);
KN_GUARDED_FUNCTION(ko_top_terms_final);
}

namespace {

constexpr int32 kMaxK = 10000;
// Terms a group counts exactly before pruning: 100 per term asked for, at least 1000.
size_t CapacityFor(int32 k) {
  return std::max<size_t>(1000, static_cast<size_t>(k) * 100);
}

struct TopTermsState {
  kornews::analytics::TermSketch sketch;
  int32 k;
  TopTermsState(size_t capacity, int32 k_) : sketch(capacity), k(k_) {}
};

using Holder = kn::ContextOwned<TopTermsState>;

MemoryContext AggregateContext(FunctionCallInfo fcinfo, const char* function) {
  MemoryContext agg;
  if (!AggCheckCallContext(fcinfo, &agg))
    ereport(ERROR, (errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
                    errmsg("%s called in non-aggregate context", function)));
  return agg;
}

Holder* NewState(MemoryContext agg, int32 k) {
  Holder* h = kn::AttachToContext<TopTermsState>(agg);
  kn::Guarded([&] { h->object = new TopTermsState(CapacityFor(k), k); });
  return h;
}

}  // namespace

// ko_top_terms_transition(state internal, body text, k int) RETURNS internal
Datum ko_top_terms_transition(PG_FUNCTION_ARGS) {
  MemoryContext agg = AggregateContext(fcinfo, "ko_top_terms_transition");
  Holder* state = PG_ARGISNULL(0) ? nullptr : reinterpret_cast<Holder*>(PG_GETARG_POINTER(0));
  if (state == nullptr) {
    if (PG_ARGISNULL(2))
      ereport(ERROR,
              (errcode(ERRCODE_NULL_VALUE_NOT_ALLOWED), errmsg("ko_top_terms: k must not be NULL"),
               errhint("k is how many terms to return, e.g. ko_top_terms(body, 20).")));
    const int32 k = PG_GETARG_INT32(2);
    if (k < 1 || k > kMaxK)
      ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                      errmsg("ko_top_terms: k must be between 1 and %d, not %d", kMaxK, k),
                      errhint("k is how many terms to return, e.g. ko_top_terms(body, 20).")));
    state = NewState(agg, k);
  }
  if (PG_ARGISNULL(1)) PG_RETURN_POINTER(state);
  kn::PrepareAnalysis();
  text* t = PG_GETARG_TEXT_PP(1);
  const std::string_view body(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
  const kornews::analytics::StopWords* stop = kn::CurrentStopWords();
  kn::Guarded([&] {
    static std::vector<std::string> distinct;
    kornews::analytics::CandidateOptions options;
    options.phrases = false;
    kn::DistinctTermsOf(body, stop, options, distinct);
    // Documents, not occurrences: one story repeating a word twenty times is one mention.
    for (const std::string& term : distinct) state->object->sketch.add(term);
  });
  PG_RETURN_POINTER(state);
}

// ko_top_terms_combine(internal, internal) RETURNS internal
Datum ko_top_terms_combine(PG_FUNCTION_ARGS) {
  MemoryContext agg = AggregateContext(fcinfo, "ko_top_terms_combine");
  Holder* a = PG_ARGISNULL(0) ? nullptr : reinterpret_cast<Holder*>(PG_GETARG_POINTER(0));
  Holder* b = PG_ARGISNULL(1) ? nullptr : reinterpret_cast<Holder*>(PG_GETARG_POINTER(1));
  if (b == nullptr) {
    if (a == nullptr) PG_RETURN_NULL();
    PG_RETURN_POINTER(a);
  }
  if (a == nullptr) {
    // The result must live in the aggregate's context: copy b's state into a new one there.
    a = NewState(agg, b->object->k);
  }
  kn::Guarded([&] {
    a->object->sketch.merge(b->object->sketch);
    a->object->k = std::max(a->object->k, b->object->k);
  });
  PG_RETURN_POINTER(a);
}

// ko_top_terms_serialize(internal) RETURNS bytea
Datum ko_top_terms_serialize(PG_FUNCTION_ARGS) {
  AggregateContext(fcinfo, "ko_top_terms_serialize");
  Holder* state = reinterpret_cast<Holder*>(PG_GETARG_POINTER(0));
  auto* bytes = kn::AttachToContext<std::string>(CurrentMemoryContext);
  kn::Guarded([&] {
    std::string s = state->object->sketch.Serialize();
    const int32 k = state->object->k;
    s.append(reinterpret_cast<const char*>(&k), sizeof k);
    bytes->object = new std::string(std::move(s));
  });
  bytea* out = static_cast<bytea*>(palloc(VARHDRSZ + bytes->object->size()));
  SET_VARSIZE(out, VARHDRSZ + bytes->object->size());
  memcpy(VARDATA(out), bytes->object->data(), bytes->object->size());
  bytes->Release();
  PG_RETURN_BYTEA_P(out);
}

// ko_top_terms_deserialize(bytea, internal) RETURNS internal
Datum ko_top_terms_deserialize(PG_FUNCTION_ARGS) {
  MemoryContext agg = AggregateContext(fcinfo, "ko_top_terms_deserialize");
  bytea* in = PG_GETARG_BYTEA_PP(0);
  const std::string_view bytes(VARDATA_ANY(in), VARSIZE_ANY_EXHDR(in));
  Holder* h = kn::AttachToContext<TopTermsState>(agg);
  kn::Guarded([&] {
    if (bytes.size() < sizeof(int32)) throw kornews::Error("ko_top_terms: truncated partial state");
    int32 k;
    memcpy(&k, bytes.data() + bytes.size() - sizeof k, sizeof k);
    auto sketch =
        kornews::analytics::TermSketch::Deserialize(bytes.substr(0, bytes.size() - sizeof k));
    h->object = new TopTermsState(sketch.capacity(), k);
    h->object->sketch = std::move(sketch);
  });
  PG_RETURN_POINTER(h);
}

// ko_top_terms_final(internal) RETURNS kornews.term_count[]
Datum ko_top_terms_final(PG_FUNCTION_ARGS) {
  AggregateContext(fcinfo, "ko_top_terms_final");
  const Oid array_type = get_fn_expr_rettype(fcinfo->flinfo);
  const Oid element_type = OidIsValid(array_type) ? get_element_type(array_type) : InvalidOid;
  if (!OidIsValid(element_type)) elog(ERROR, "ko_top_terms: could not determine the result type");
  if (PG_ARGISNULL(0)) PG_RETURN_NULL();
  Holder* state = reinterpret_cast<Holder*>(PG_GETARG_POINTER(0));
  auto* top = kn::AttachToContext<std::vector<kornews::analytics::TermCount>>(CurrentMemoryContext);
  kn::Guarded([&] {
    top->object = new std::vector<kornews::analytics::TermCount>(
        state->object->sketch.top(static_cast<size_t>(state->object->k)));
  });
  TupleDesc desc = lookup_rowtype_tupdesc_copy(element_type, -1);
  desc = BlessTupleDesc(desc);
  const size_t n = top->object->size();
  Datum* elems = static_cast<Datum*>(palloc(sizeof(Datum) * (n + 1)));
  for (size_t i = 0; i < n; ++i) {
    const kornews::analytics::TermCount& c = (*top->object)[i];
    Datum values[3] = {kn::TextDatum(c.term),
                       Int64GetDatum(c.count), Int64GetDatum(c.error)};
    bool nulls[3] = {false, false, false};
    elems[i] = HeapTupleGetDatum(heap_form_tuple(desc, values, nulls));
  }
  top->Release();
  int16 typlen;
  bool typbyval;
  char typalign;
  get_typlenbyvalalign(element_type, &typlen, &typbyval, &typalign);
  PG_RETURN_ARRAYTYPE_P(
      construct_array(elems, static_cast<int>(n), element_type, typlen, typbyval, typalign));
}
