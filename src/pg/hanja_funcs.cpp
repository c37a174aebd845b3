// ko_hanja_reading(text): the text with its Hanja read in Hangul (src/core/morph/hanja_reading.h).
#include <string>
#include <string_view>

#include "core/morph/hanja_reading.h"
#include "pg/backend.h"
#include "pg/entry_point.h"
#include "pg/guard.h"
#include "pg/postgres_headers.h"
#include "pg/text_to_text.h"

extern "C" {
KN_GUARDED_FUNCTION(ko_hanja_reading);
}

Datum ko_hanja_reading(PG_FUNCTION_ARGS) {
  kn::PrepareAnalysis();
  return kn::TextToText(fcinfo, [](std::string_view input) {
    return kn::Guarded(
        [&] { return new std::string(kornews::hanja_reading(kn::BackendAnalyzer(), input)); });
  });
}
