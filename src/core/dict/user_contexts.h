// Build side of the user-word contexts (dict_format.h UserContext): which context ids and cost a
// word added later by the user gets, chosen from the system entries of its tag.
#pragma once

#include <vector>

#include "core/dict/dict_format.h"
#include "core/dict/mecab_import.h"

namespace kornews::dict {

// The tags a user word may have: content words and symbols. Particles, endings and affixes
// connect by their reading in mecab-ko-dic's rewrite rules, so a new one cannot be placed.
inline constexpr const char* kUserTags[] = {"NNG", "NNP", "NNB", "NR", "NP", "VV",  "VA", "MAG",
                                            "MAJ", "MM",  "IC",  "XR", "SL", "SH", "SN"};

// One UserContext per user tag and final-consonant mark found among the system words, with the
// source (uncompacted) context ids.
std::vector<UserContext> choose_user_contexts(const MecabSource& source);

}  // namespace kornews::dict
