#include "core/morph/path_rules.h"

#include <algorithm>

#include "core/dict/dictionary.h"

namespace kornews {
namespace {

constexpr std::u32string_view kOpening = U"([{‘“«‹〈《「『【〔〖〘〚⟨";
constexpr std::u32string_view kClosing = U")]}’”»›〉》」』】〕〗〙〛⟩";
constexpr std::u32string_view kStraight = U"'\"";
constexpr std::u32string_view kEllipsis = U".…‥⋯";
constexpr std::u32string_view kSentenceFinal = U".?!";
constexpr std::u32string_view kDigits = U"0123456789";

bool all_in(std::u32string_view form, std::u32string_view set) {
  return std::all_of(form.begin(), form.end(),
                     [&](char32_t c) { return set.find(c) != std::u32string_view::npos; });
}

// Whether `length` ellipsis marks written together are one ellipsis: periods from three on
// (two are a doubled full stop), any run with … ‥ or ⋯ in it.
bool is_ellipsis(size_t length, bool periods_only) {
  return length >= 3 || !periods_only;
}

}  // namespace

const char* sejong_symbol_tag(std::u32string_view form, char32_t before, char32_t after) {
  if (form.empty()) return nullptr;
  if (all_in(form, kOpening)) return "SSO";
  if (all_in(form, kClosing)) return "SSC";
  if (all_in(form, kStraight)) {
    const bool opens_after =
        before == 0 || before == U' ' || kOpening.find(before) != std::u32string_view::npos;
    const bool text_follows = after != 0 && after != U' ';
    return opens_after && text_follows ? "SSO" : "SSC";
  }
  if (all_in(form, kEllipsis) && is_ellipsis(form.size(), all_in(form, U"."))) return "SE";
  // MeCab tags only the first of ?! or !! (or of two periods) SF, the next one SY.
  if (all_in(form, kSentenceFinal)) return "SF";
  return nullptr;
}

Joined joined_nodes(const std::vector<const Node*>& path, size_t i, const std::u32string& chars) {
  // Most nodes start with neither a digit nor a period: settle them with one comparison.
  const char32_t lead = chars[path[i]->begin];
  if (!(lead >= U'0' && lead <= U'9') && lead != U'.' && lead != U'…' && lead != U'‥' &&
      lead != U'⋯') {
    return {1, nullptr};
  }
  const auto written = [&](size_t k) {
    return std::u32string_view(chars.data() + path[k]->begin, path[k]->end - path[k]->begin);
  };
  // A user word or a guessed loanword keeps its own tag.
  const auto all_of = [&](size_t k, std::u32string_view set) {
    return (path[k]->entry & (kUserEntryBit | kLoanwordEntryBit)) == 0 && !written(k).empty() &&
           all_in(written(k), set);
  };
  const auto touching = [&](size_t k) { return path[k]->begin == path[k - 1]->end; };
  size_t n = 1;
  if (all_of(i, kDigits)) {
    while (i + n + 1 < path.size() && touching(i + n) && touching(i + n + 1) &&
           written(i + n).size() == 1 && all_of(i + n, U".,") && all_of(i + n + 1, kDigits)) {
      if (written(i + n)[0] == U',' && written(i + n + 1).size() != 3) break;
      n += 2;
    }
    return {n, nullptr};
  }
  if (!all_of(i, kEllipsis)) return {1, nullptr};
  size_t length = written(i).size();
  bool periods_only = all_in(written(i), U".");
  while (i + n < path.size() && touching(i + n) && all_of(i + n, kEllipsis)) {
    length += written(i + n).size();
    periods_only = periods_only && all_in(written(i + n), U".");
    ++n;
  }
  return n > 1 && is_ellipsis(length, periods_only) ? Joined{n, "SE"} : Joined{1, nullptr};
}

const dict::Entry* lone_word_noun(const Dictionary& dict, std::u32string_view word, uint32_t first,
                                  uint32_t count) {
  if (word.empty() || word.back() == U'다' || word.find(U' ') != std::u32string_view::npos)
    return nullptr;
  const dict::Entry* best = nullptr;
  for (uint32_t k = first; k < first + count; ++k) {
    const dict::Entry& e = dict.entries()[k];
    if (e.kind() != dict::EntryKind::kInflect && dict.tag(e.index()).substr(0, 2) == "NN" &&
        (best == nullptr || e.cost < best->cost)) {
      best = &e;
    }
  }
  return best;
}

}  // namespace kornews
