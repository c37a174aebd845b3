// Typed values of an entity for dashboards to sum and filter, read from its normalized text:
//   QT   "4500000000000 KRW" -> number 4500000000000, unit KRW; "60 %" -> 60, %; "3.5" -> 3.5
//   DT   "2025-W06" -> [2025-02-03, 2025-02-10); "2025-02-07" -> [2025-02-07, 2025-02-08)
//   TI   "2025-02-09T14:20" -> [14:20, 14:21); "15:30" (no day) -> none
//   DT/TI lengths "P3Y", "PT2H30M" -> a duration
// Reading the normalized text (not the span) keeps the typed columns and `normalized` from ever
// disagreeing, and gives a user entity's own value (kornews.user_entities) typed columns too.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/ner/entity.h"
#include "core/time/time_value.h"

namespace kornews::ner {

struct EntityValue {
  std::string number;  // an exact decimal: "4500000000000", "3.5", "-2"; "" = none
  std::string unit;    // "KRW", "%", "명", "km"; "" = none
  std::optional<kornews::TimeRange> range;            // [starts, ends)
  std::optional<kornews::CalendarDuration> duration;  // P3Y, PT2H
};

EntityValue entity_value(EntityLabel label, std::string_view normalized);

}  // namespace kornews::ner
