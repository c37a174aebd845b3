// ko_headline_key(text) RETURNS text: see src/core/news/headline_key.h.
#include <string>
#include <string_view>

#include "core/news/headline_key.h"
#include "pg/backend.h"
#include "pg/entry_point.h"
#include "pg/guard.h"
#include "pg/postgres_headers.h"
#include "pg/text_to_text.h"

extern "C" {
KN_GUARDED_FUNCTION(ko_headline_key);
}

Datum ko_headline_key(PG_FUNCTION_ARGS) {
  kn::RequireUtf8Database();
  return kn::TextToText(fcinfo, [](std::string_view input) {
    return kn::Guarded([&] { return new std::string(kornews::news::headline_key(input)); });
  });
}
