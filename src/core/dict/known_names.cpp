#include "core/dict/known_names.h"

#include <algorithm>

#include "core/dict/builtin_names.h"
#include "core/dict/dictionary.h"
#include "core/dict/name_list.h"
#include "core/text/normalizer.h"
#include "core/text/u32_text.h"
#include "core/text/utf8.h"

namespace kornews {
namespace {

using text::is_ascii_alnum;
using text::is_hangul_syllable;

// Two characters that would be one word run: a name does not start or end between them.
bool same_run(char32_t a, char32_t b) {
  return (is_hangul_syllable(a) && is_hangul_syllable(b)) ||
         (is_ascii_alnum(a) && is_ascii_alnum(b));
}

}  // namespace

KnownNames::KnownNames(const Dictionary& dict, std::string_view list_text) {
  const Normalizer normalizer;
  NormalizedText normalized;
  for (const ListedName& listed : parse_name_list(list_text)) {
    normalizer.normalize(listed.name, normalized);
    const std::u32string& chars = normalized.chars;
    if (chars.size() < 2 || chars.size() > kMaxChars) continue;
    if (std::any_of(chars.begin(), chars.end(),
                    [](char32_t c) { return c == U' ' || c == utf8::kReplacement; }))
      continue;
    if (std::all_of(chars.begin(), chars.end(), is_ascii_alnum)) continue;
    uint32_t state = 0, first = 0, count = 0;
    size_t walked = 0;
    while (walked < chars.size() && dict.step(state, chars[walked])) ++walked;
    if (walked == chars.size() && dict.word_at(state, &first, &count)) continue;

    Name name;
    name.chars = chars;
    for (const char32_t c : chars) utf8::append(name.form, c);
    std::copy_n(listed.label.c_str(), 3, name.label);  // two letters and the NUL
    // Two spellings of one name may normalize alike (full-width letters): keep the first.
    if (by_form_.count(name.form)) continue;
    by_form_.emplace(name.form, 0);
    names_.push_back(std::move(name));
  }
  std::sort(names_.begin(), names_.end(), [](const Name& a, const Name& b) {
    const uint64_t ka = text::first_pair_key(a.chars[0], a.chars[1]);
    const uint64_t kb = text::first_pair_key(b.chars[0], b.chars[1]);
    if (ka != kb) return ka < kb;
    if (a.chars.size() != b.chars.size()) return a.chars.size() < b.chars.size();
    return a.chars < b.chars;
  });
  keys_.reserve(names_.size());
  for (uint32_t i = 0; i < names_.size(); ++i) {
    const Name& name = names_[i];
    keys_.push_back(text::first_pair_key(name.chars[0], name.chars[1]));
    by_form_[name.form] = i;
    first_pairs_.add(name.chars[0], name.chars[1]);
  }
}

std::shared_ptr<const KnownNames> KnownNames::builtin(const Dictionary& dict) {
  return std::make_shared<const KnownNames>(dict, builtin_name_list());
}

int32_t KnownNames::find(std::string_view form) const {
  const auto it = by_form_.find(std::string(form));
  return it == by_form_.end() ? -1 : static_cast<int32_t>(it->second);
}

void KnownNames::match(const char32_t* chars, int32_t size, int32_t begin,
                       std::vector<Match>& out) const {
  if (begin < 0 || begin + 1 >= size) return;  // every name has two characters or more
  if (begin > 0 && same_run(chars[begin - 1], chars[begin])) return;
  const uint64_t k = text::first_pair_key(chars[begin], chars[begin + 1]);
  for (auto it = std::lower_bound(keys_.begin(), keys_.end(), k); it != keys_.end() && *it == k;
       ++it) {
    const auto index = static_cast<uint32_t>(it - keys_.begin());
    const std::u32string& name = names_[index].chars;
    const auto end = begin + static_cast<int32_t>(name.size());
    if (end > size) break;  // the rest are longer
    // The third character first, inline: many names share their first two (한국은행, 한국전력 ...).
    if (name.size() > 2 && name[2] != chars[begin + 2]) continue;
    if (name.size() > 3 && !std::equal(name.begin() + 3, name.end(), chars + begin + 3)) continue;
    // Nor glued to letters or digits after it: then the whole is another name (쿠팡플레이K).
    if (end < size && is_ascii_alnum(chars[end]) &&
        (is_ascii_alnum(name.back()) || is_hangul_syllable(name.back())))
      continue;
    out.push_back({end, index});
  }
}

}  // namespace kornews
