// Normalized values of entities, by rule:
//   DT, TI  ISO 8601 (time_value.h) of what the Korean date grammar of core/time reads:
//       2025.02.07 / 2025년 2월 7일 -> 2025-02-07; 2025년 2월 -> 2025-02; 지난주 -> 2025-W06;
//       2월 7일, 7일, 오늘, 어제, 지난달, 올해 ... against the reference date (none without one);
//       오후 3시 30분 -> 15:30; 어제 14:20 -> 2025-02-09T14:20; lengths 3년간 -> P3Y,
//       열흘 -> P10D, 2시간 30분 -> PT2H30M.
//   QT  "<number> <unit>": 4.5조 원 -> 4500000000000 KRW, 1천여 명 -> 1000 명, 60% -> 60 %,
//       3.5km -> 3.5 km, 세 명 -> 3 명. Currencies by ISO 4217 code (원 KRW, 달러 USD ...).
// PS, LC, OG get a value only from a gazetteer (美 -> 미국); "" here.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/ner/entity.h"
#include "core/time/civil_time.h"

namespace kornews::ner {

std::string normalize_value(EntityLabel label, std::u32string_view text,
                            const std::optional<kornews::CivilDate>& reference);

}  // namespace kornews::ner
