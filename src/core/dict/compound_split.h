// Which parts of a dictionary noun a search indexes beside the whole word (경찰관 -> 경찰),
// decided once when the dictionary is built (kornews build-dict), from the dictionary's own
// evidence: its Compound entries' expressions, its part-of-speech tags and semantic classes, and
// its word costs. No hand list. The rules, and why (docs/sql-reference.md, "Compound nouns"):
//
//  1. Only Compound noun entries (NNG, NNP) are split, by the parts their expression gives
//     (경찰관 = 경찰/NNG + 관/NNG). A plain entry is one word (자정, 민병원, 도시락).
//  2. A person's name (NNP 인명) is never split.
//  3. When every part has two or more characters, every part is indexed (삼성전자 -> 삼성, 전자).
//  4. Otherwise the one-character parts are affixes of word formation and are never indexed
//     themselves (반도체 must not be found by 반). The compound is split only when
//       - each one-character part stands at an edge (a prefix 여+학생, 자+회사, or a suffix
//         경찰+관, 선거+법, 대통령+실) and is a productive affix there: the first (resp. last)
//         part of at least kMinAffixUses Compound nouns of the dictionary;
//       - each longer part is a common word on its own: a standalone noun entry whose cost is at
//         most the 99th percentile of plain NNG costs (의정부 = 의정 + 부 is not split: 의정 is
//         one of the rarest nouns, 의정부 a city);
//       - after a prefix, the rest is at least as common alone as the whole word (its cost is
//         not higher): 여학생 is a kind of 학생 and rarer than it, but 반도체 (semiconductor) is
//         far more common than 도체 (conductor) and means something of its own;
//       - for a place name (NNP 지명), the longer part is itself a place: tagged NNP 지명 in the
//         expression and, written alone, a place name before anything else (서울시 -> 서울,
//         but not 북한산 = 북한/NNG + 산, a mountain, nor 인사동, where 인사 alone is a greeting).
//     Its longer parts are then indexed.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/dict/mecab_import.h"

namespace kornews::dict {

inline constexpr uint32_t kMinAffixUses = 20;

class CompoundSplitter {
 public:
  explicit CompoundSplitter(const MecabSource& source);

  // The parts of entry `e` a search indexes beside the whole word, joined by '\0'; empty when
  // the entry is not split.
  std::string parts(const SourceEntry& e) const;

  int frequent_cost() const { return frequent_cost_; }

 private:
  struct Standalone {
    int cost;    // the lowest cost of the surface's noun entries
    bool place;  // that lowest-cost entry is a place name (NNP 지명)
  };
  std::unordered_map<std::string, Standalone> nouns_;
  std::unordered_map<std::string, uint32_t> prefix_uses_, suffix_uses_;
  int frequent_cost_ = 0;
};

}  // namespace kornews::dict
