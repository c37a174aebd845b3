#include "pg/text_datums.h"

namespace kn {

Datum TextDatum(std::string_view s) {
  return PointerGetDatum(cstring_to_text_with_len(s.data(), static_cast<int>(s.size())));
}

Datum TextArrayDatum(const std::vector<std::string>& items) {
  if (items.empty()) return PointerGetDatum(construct_empty_array(TEXTOID));
  Datum* elems = static_cast<Datum*>(palloc(sizeof(Datum) * items.size()));
  for (size_t i = 0; i < items.size(); ++i) elems[i] = TextDatum(items[i]);
  return PointerGetDatum(
      construct_array(elems, static_cast<int>(items.size()), TEXTOID, -1, false, TYPALIGN_INT));
}

}  // namespace kn
