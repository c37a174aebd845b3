// A comparison key for headlines: the same story copied onto two boards gets the same key even
// when one board adds "[단독]" or "(종합)", a comment count, other quotes or other spacing.
#pragma once

#include <string>
#include <string_view>

namespace kornews::news {

// The headline without its label tags and comment count (see labels.h), NFKC-normalized and
// case-folded (full-width "ＡＩ" and "ai" become "ai"), keeping only letters and digits of any
// script: quotes, punctuation, symbols and all whitespace are dropped. Hanja stay Hanja
// ("美" is not "미"). A headline that is only tags keeps its tags' letters, so it does not
// collapse to the empty key; an input without any letter or digit gives "".
std::string headline_key(std::string_view headline);

}  // namespace kornews::news
