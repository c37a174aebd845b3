// The Korean number reader moved to core/text (the date grammar of core/time reads numbers too);
// this header keeps the ner spelling for the entity rules that include it.
#pragma once

#include "core/text/korean_number.h"

namespace kornews::ner {

using kornews::Decimal;
using kornews::format_decimal;
using kornews::parse_korean_number;

}  // namespace kornews::ner
