// The body of a SQL function text -> text whose value C++ computes (ko_hanja_reading,
// ko_headline_key): the argument is detoasted, the C++ result is made inside kn::Guarded() into
// a std::string the call's memory context owns (deleted on reset, so an ERROR leaks nothing),
// then copied into the text returned.
//
//   Datum ko_x(PG_FUNCTION_ARGS) {
//     kn::PrepareAnalysis();  // what the function needs first, on the PostgreSQL side
//     return kn::TextToText(fcinfo, [](std::string_view input) {
//       return kn::Guarded([&] { return new std::string(kornews::x(input)); });
//     });
//   }
//
// `compute` is PostgreSQL-side code that puts its C++ work inside kn::Guarded(), as every entry
// point does, and returns the new string; it is stored in the context's holder at once.
#pragma once

#include <string>
#include <string_view>

#include "pg/context_owned.h"
#include "pg/postgres_headers.h"

namespace kn {

template <typename Compute>
Datum TextToText(FunctionCallInfo fcinfo, Compute&& compute) {
  text* arg = PG_GETARG_TEXT_PP(0);
  const std::string_view input(VARDATA_ANY(arg), VARSIZE_ANY_EXHDR(arg));
  auto* out = AttachToContext<std::string>(CurrentMemoryContext);
  out->object = compute(input);
  text* result =
      cstring_to_text_with_len(out->object->data(), static_cast<int>(out->object->size()));
  out->Release();
  PG_RETURN_TEXT_P(result);
}

}  // namespace kn
