// ko_headline_key(text) RETURNS text: see src/core/news/headline_key.h.
#include <string>
#include <string_view>

#include "core/news/headline_key.h"
#include "pg/backend.h"
#include "pg/context_owned.h"
#include "pg/entry_point.h"
#include "pg/guard.h"
#include "pg/postgres_headers.h"

extern "C" {
KN_GUARDED_FUNCTION(ko_headline_key);
}

Datum ko_headline_key(PG_FUNCTION_ARGS) {
  kn::RequireUtf8Database();
  text* input_text = PG_GETARG_TEXT_PP(0);
  const std::string_view input(VARDATA_ANY(input_text), VARSIZE_ANY_EXHDR(input_text));
  // The key is built by C++ into a string the memory context owns, then copied into a text.
  auto* key = kn::AttachToContext<std::string>(CurrentMemoryContext);
  kn::Guarded([&] { key->object = new std::string(kornews::news::headline_key(input)); });
  text* result =
      cstring_to_text_with_len(key->object->data(), static_cast<int>(key->object->size()));
  key->Release();
  PG_RETURN_TEXT_P(result);
}
