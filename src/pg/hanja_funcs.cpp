// ko_hanja_reading(text): the text with its Hanja read in Hangul (src/core/morph/hanja_reading.h).
#include <string>
#include <string_view>

#include "core/morph/hanja_reading.h"
#include "pg/backend.h"
#include "pg/context_owned.h"
#include "pg/entry_point.h"
#include "pg/guard.h"
#include "pg/postgres_headers.h"

extern "C" {
KN_GUARDED_FUNCTION(ko_hanja_reading);
}

Datum ko_hanja_reading(PG_FUNCTION_ARGS) {
  kn::PrepareAnalysis();
  text* t = PG_GETARG_TEXT_PP(0);
  const std::string_view input(VARDATA_ANY(t), VARSIZE_ANY_EXHDR(t));
  auto* out = kn::AttachToContext<std::string>(CurrentMemoryContext);
  kn::Guarded(
      [&] { out->object = new std::string(kornews::hanja_reading(kn::BackendAnalyzer(), input)); });
  text* result = cstring_to_text_with_len(out->object->data(), out->object->size());
  out->Release();
  PG_RETURN_TEXT_P(result);
}
