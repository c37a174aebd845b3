// The init function of a text search dictionary template that takes no options
// (korean_compound, korean_hanja).
#pragma once

#include "pg/postgres_headers.h"

namespace kn {

// PostgreSQL side: ERRORs on the first option of CREATE TEXT SEARCH DICTIONARY, naming it; the
// dictionary data is then a dummy, as the template keeps no state.
inline Datum InitDictionaryWithoutOptions(const char* template_name, List* options) {
  ListCell* cell;
  foreach (cell, options) {
    DefElem* def = static_cast<DefElem*>(lfirst(cell));
    ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                    errmsg("unrecognized %s parameter: \"%s\"", template_name, def->defname)));
  }
  PG_RETURN_POINTER(palloc0(sizeof(int)));
}

}  // namespace kn
