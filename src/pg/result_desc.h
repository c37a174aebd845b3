// The row type of a function that returns one composite row (declared with OUT parameters).
#pragma once

#include "pg/postgres_headers.h"

namespace kn {

// PostgreSQL side (may ereport): the blessed tuple descriptor to heap_form_tuple the result
// with; an ERROR when the caller cannot take a record.
inline TupleDesc CompositeResultDesc(FunctionCallInfo fcinfo) {
  TupleDesc desc;
  if (get_call_result_type(fcinfo, nullptr, &desc) != TYPEFUNC_COMPOSITE)
    ereport(ERROR, (errcode(ERRCODE_FEATURE_NOT_SUPPORTED),
                    errmsg("function returning record called in context that cannot accept type "
                           "record")));
  return BlessTupleDesc(desc);
}

}  // namespace kn
