#include "core/dict/user_contexts.h"

#include <algorithm>
#include <cstring>
#include <map>
#include <string_view>
#include <tuple>

namespace kornews::dict {
namespace {

// The first `n` comma-separated fields of a feature.
template <size_t N>
bool split_fields(std::string_view feature, std::string_view (&out)[N]) {
  for (size_t i = 0; i < N; ++i) {
    const size_t comma = feature.find(',');
    if (comma == std::string_view::npos) return false;
    out[i] = feature.substr(0, comma);
    feature.remove_prefix(comma + 1);
  }
  return true;
}

bool is_user_tag(std::string_view tag) {
  return std::any_of(std::begin(kUserTags), std::end(kUserTags),
                     [&](const char* t) { return tag == t; });
}

}  // namespace

std::vector<UserContext> choose_user_contexts(const MecabSource& source) {
  // Plain entries "TAG,*,FINAL,reading,*,...": no semantic class, no Inflect/Compound type.
  // MeCab's rewrite rules map every such feature of one tag and final mark to the same ids, so
  // the most common triple is the one; the costs vary by word, and the median is typical.
  using Ids = std::tuple<uint16_t, uint16_t, uint16_t>;
  struct Seen {
    std::map<Ids, size_t> ids;
    std::vector<int16_t> costs;
  };
  std::map<std::pair<std::string, char>, Seen> seen;
  const auto add = [&](const SourceEntry& e, bool only_new_tags) {
    std::string_view f[5];
    if (!split_fields(e.feature, f) || f[1] != "*" || f[4] != "*" || f[2].size() != 1) return;
    if (!is_user_tag(f[0])) return;
    const std::pair<std::string, char> key{std::string(f[0]), f[2][0]};
    if (only_new_tags &&
        seen.lower_bound({key.first, '\0'}) != seen.lower_bound({key.first, '\x7F'}))
      return;
    Seen& s = seen[key];
    ++s.ids[Ids{e.left_id, e.right_id, e.pos_id}];
    s.costs.push_back(e.cost);
  };
  for (const SourceWord& word : source.words)
    for (const SourceEntry& e : word.entries) add(e, false);
  // Symbols and Latin letters (SL, SH, SN) exist only as unknown-word entries.
  for (const auto& category : source.unknown)
    for (const SourceEntry& e : category) add(e, true);
  std::vector<UserContext> out;
  for (auto& [key, s] : seen) {
    UserContext c{};
    std::memcpy(c.tag, key.first.data(), std::min(key.first.size(), sizeof c.tag - 1));
    c.final_consonant = key.second;
    const auto most =
        std::max_element(s.ids.begin(), s.ids.end(),
                         [](const auto& a, const auto& b) { return a.second < b.second; });
    std::tie(c.left_id, c.right_id, c.pos_id) = most->first;
    std::nth_element(s.costs.begin(), s.costs.begin() + s.costs.size() / 2, s.costs.end());
    c.cost = s.costs[s.costs.size() / 2];
    out.push_back(c);
  }
  return out;
}

}  // namespace kornews::dict
