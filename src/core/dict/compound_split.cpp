#include "core/dict/compound_split.h"

#include <algorithm>
#include <vector>

#include "core/dict/feature.h"
#include "core/text/utf8.h"

namespace kornews::dict {
namespace {

bool IsNounTag(std::string_view pos) {
  return pos == "NNG" || pos == "NNP";
}

// The parts of a Compound noun entry's expression, or false when it is not one.
bool CompoundItems(const FeatureFields& f, std::vector<ExpressionItem>& items) {
  items.clear();
  return IsNounTag(f.pos) && f.type == "Compound" && parse_expression(f.expression, items) &&
         items.size() >= 2;
}

size_t Chars(std::string_view s) {
  return utf8::count_code_points(s);
}

// Whether an item of `expression` is marked a place, "서울/NNP/지명": parse_expression keeps
// only form and tag, so the semantic class is read from the expression right after the tag.
bool ItemIsPlace(std::string_view expression, const ExpressionItem& item) {
  if (item.tag != "NNP") return false;
  const size_t after = static_cast<size_t>(item.tag.data() + item.tag.size() - expression.data());
  return after <= expression.size() && expression.substr(after, 7) == "/지명";
}

}  // namespace

CompoundSplitter::CompoundSplitter(const MecabSource& source) {
  std::vector<int> plain_costs;
  std::vector<ExpressionItem> items;
  for (const SourceWord& w : source.words) {
    for (const SourceEntry& e : w.entries) {
      const FeatureFields f = parse_feature(e.feature);
      if (!IsNounTag(f.pos)) continue;
      if (f.pos == "NNG" && f.type == "*") plain_costs.push_back(e.cost);
      auto [it, added] = nouns_.emplace(w.surface, Standalone{e.cost, false});
      if (added || e.cost < it->second.cost) {
        it->second.cost = e.cost;
        it->second.place = f.pos == "NNP" && f.semantic == "지명";
      }
      if (CompoundItems(f, items)) {
        if (Chars(items.front().form) == 1) ++prefix_uses_[std::string(items.front().form)];
        if (Chars(items.back().form) == 1) ++suffix_uses_[std::string(items.back().form)];
      }
    }
  }
  if (!plain_costs.empty()) {
    const size_t p99 = plain_costs.size() * 99 / 100;
    std::nth_element(plain_costs.begin(), plain_costs.begin() + p99, plain_costs.end());
    frequent_cost_ = plain_costs[p99];
  }
}

std::string CompoundSplitter::parts(const SourceEntry& e) const {
  const FeatureFields f = parse_feature(e.feature);
  std::vector<ExpressionItem> items;
  if (!CompoundItems(f, items) || f.semantic == "인명") return {};
  std::string joined;
  const auto add = [&](std::string_view part) {
    if (!joined.empty()) joined.push_back('\0');
    joined.append(part);
  };
  const bool all_long = std::all_of(items.begin(), items.end(),
                                    [](const ExpressionItem& i) { return Chars(i.form) >= 2; });
  if (all_long) {
    for (const ExpressionItem& item : items) add(item.form);
    return joined;
  }
  const auto uses = [](const std::unordered_map<std::string, uint32_t>& m, std::string_view a) {
    const auto found = m.find(std::string(a));
    return found == m.end() ? 0u : found->second;
  };
  const bool place = f.pos == "NNP" && f.semantic == "지명";
  const bool prefixed = Chars(items.front().form) == 1;
  for (size_t k = 0; k < items.size(); ++k) {
    const ExpressionItem& item = items[k];
    if (Chars(item.form) == 1) {
      const bool prefix = k == 0 && uses(prefix_uses_, item.form) >= kMinAffixUses;
      const bool suffix = k + 1 == items.size() && uses(suffix_uses_, item.form) >= kMinAffixUses;
      if (!prefix && !suffix) return {};
      continue;
    }
    const auto alone = nouns_.find(std::string(item.form));
    if (alone == nouns_.end() || alone->second.cost > frequent_cost_) return {};
    if (prefixed && alone->second.cost > e.cost) return {};
    if (place && !(ItemIsPlace(f.expression, item) && alone->second.place)) return {};
    add(item.form);
  }
  return joined;
}

}  // namespace kornews::dict
