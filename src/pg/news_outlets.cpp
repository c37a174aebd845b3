// ko_default_outlets() RETURNS text[]: the project's list of Korean news outlets
// (src/core/news/outlets.cpp), which CREATE EXTENSION copies into kornews.news_outlets. The
// names live in C++ so that the install script stays pure ASCII (tests/sql/non_utf8.sh).
#include <string_view>
#include <vector>

#include "core/news/outlets.h"
#include "pg/backend.h"
#include "pg/entry_point.h"
#include "pg/guard.h"
#include "pg/postgres_headers.h"
#include "pg/text_datums.h"

extern "C" {
KN_GUARDED_FUNCTION(ko_default_outlets);
}

Datum ko_default_outlets(PG_FUNCTION_ARGS) {
  (void)fcinfo;  // no arguments
  kn::RequireUtf8Database();
  // A static list: building it may throw (inside Guarded), reading it afterwards cannot.
  const std::vector<std::string_view>* names =
      kn::Guarded([] { return &kornews::news::default_outlet_names(); });
  const int count = static_cast<int>(names->size());
  Datum* elems = static_cast<Datum*>(palloc(sizeof(Datum) * (count + 1)));
  for (int i = 0; i < count; ++i) {
    const std::string_view name = (*names)[static_cast<size_t>(i)];
    elems[i] = kn::TextDatum(name);
  }
  PG_RETURN_ARRAYTYPE_P(construct_array(elems, count, TEXTOID, -1, false, TYPALIGN_INT));
}
