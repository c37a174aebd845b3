// text and text[] values from C++ strings, built on the PostgreSQL side (palloc'd in the current
// memory context; may ereport on out-of-memory, so never call them inside kn::Guarded()).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "pg/postgres_headers.h"

namespace kn {

Datum TextDatum(std::string_view s);

// A one-dimensional text[]; '{}' when `items` is empty.
Datum TextArrayDatum(const std::vector<std::string>& items);

}  // namespace kn
