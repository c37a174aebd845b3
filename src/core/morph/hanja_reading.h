// Hangul readings of Hanja (韓國 -> 한국), taken from the dictionary itself: mecab-ko-dic's Hanja
// entries carry their reading in the feature's 4th field (韓國 NNG,*,T,한국,...), so no table of
// our own is needed and the reading of a word follows the dictionary's choice for that word
// (金 is 금 alone but 김 in 金씨 is not ours to guess: we read what the dictionary says).
#pragma once

#include <string>
#include <string_view>

namespace kornews {

class Analyzer;

// `text` with every run of Hanja replaced by its Hangul reading: each run is analyzed on its own
// and each word read from its dictionary entry (or its user word's reading); a word without a
// usable reading is read character by character from the one-character entries, and a character
// the dictionary cannot read is kept as it is. Everything that is not Hanja is copied unchanged.
std::string hanja_reading(Analyzer& analyzer, std::string_view text);

}  // namespace kornews
