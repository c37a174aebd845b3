// A quick look at a UTF-8 span before the Korean date grammar (korean_dates.h) reads it: the
// headline parser asks about many spans of every row, most of them titles, outlets and counts,
// and this turns those away by their first and last characters without decoding them
// (screen_korean_time in korean_dates.h then decodes the first word alone and looks at it).
// It never turns away a phrase the grammar would read (tests/korean_dates_test.cpp checks the
// two entry points agree); what it lets through may still be no phrase.
#pragma once

#include <string_view>

namespace kornews {

// `text` without leading or trailing ASCII spaces and tabs, non-empty.
bool may_be_time_phrase(std::string_view text);

}  // namespace kornews
