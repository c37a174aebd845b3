#include "core/morph/symbol_tags.h"

#include <algorithm>

namespace kornews {
namespace {

constexpr std::u32string_view kOpening = U"([{‘“«‹〈《「『【〔〖〘〚⟨";
constexpr std::u32string_view kClosing = U")]}’”»›〉》」』】〕〗〙〛⟩";
constexpr std::u32string_view kStraight = U"'\"";
constexpr std::u32string_view kEllipsis = U".…‥⋯";

bool all_in(std::u32string_view form, std::u32string_view set) {
  return std::all_of(form.begin(), form.end(),
                     [&](char32_t c) { return set.find(c) != std::u32string_view::npos; });
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
  // Three periods or more, or … itself, are an ellipsis; one or two are full stops.
  if (all_in(form, kEllipsis) && (form.size() >= 3 || !all_in(form, U"."))) return "SE";
  return nullptr;
}

}  // namespace kornews
