// Normalized values of entities, by rule:
//   DT  ISO 8601 dates: 2025.02.07 / 2025년 2월 7일 -> 2025-02-07; 2025년 2월 -> 2025-02;
//       2월 7일, 7일, 오늘, 어제, 지난달, 올해 ... against the reference date (none without one);
//       durations 3년간, 5개월, 열흘 -> P3Y, P5M, P10D.
//   TI  ISO 8601 times: 오후 3시 30분 -> 15:30, 14:20 -> 14:20; durations 2시간 -> PT2H.
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
