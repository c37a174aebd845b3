#include "core/ner/gazetteer.h"

#include <algorithm>

#include "core/error.h"
#include "core/ner/features.h"
#include "core/text/u32_text.h"
#include "core/text/utf8.h"

namespace kornews::ner {

namespace {

using text::is_digit;

enum Script { kNone, kHangul, kHanja, kLatinDigit };

Script script(char32_t c) {
  if ((c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F))
    return kHangul;
  if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF))
    return kHanja;
  if ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
    return kLatinDigit;
  return kNone;
}

bool start_ok(const std::vector<char32_t>& line, size_t i, char32_t first) {
  if (i == 0) return true;
  const char32_t prev = line[i - 1];
  const Script s = script(first);
  if (s == kNone) return true;
  if (script(prev) == s) return false;
  return !(s == kHanja && is_digit(prev));  // 3日 is a date, not Japan
}

bool end_ok(const std::vector<char32_t>& line, size_t end, const std::u32string& term) {
  if (end >= line.size()) return true;
  const char32_t next = line[end];
  const Script s = script(term.back());
  if (s == kHangul) return term.size() > 1 || script(next) != kHangul;
  return s == kNone || script(next) != s;
}

}  // namespace

namespace {

std::u32string checked_term(std::string_view term) {
  std::u32string t;
  for (size_t i = 0; i < term.size();) t.push_back(utf8::decode(term, i));
  if (t.empty()) throw InputError("entity term is empty");
  if (is_space_cp(t.front()) || is_space_cp(t.back()))
    throw InputError("entity term \"" + std::string(term) +
                     "\" starts or ends with whitespace or a control character");
  if (t.size() > Gazetteer::kMaxTermChars)
    throw InputError("entity term is longer than " + std::to_string(Gazetteer::kMaxTermChars) +
                     " characters");
  for (char32_t c : t)
    if (c == '\n' || c == '\r')
      throw InputError("entity term \"" + std::string(term) + "\" contains a line break");
  return t;
}

// The first two code points of a term; a one-character term has 0 (no text has it) second.
uint64_t start_key(const std::u32string& t) {
  return text::first_pair_key(t[0], t.size() > 1 ? t[1] : 0);
}

// Entries by their first two code points, longer terms first, so that the first hit among the
// terms starting like the text is the longest.
template <typename E>
bool entry_less(const E& a, const E& b) {
  if (start_key(a.term) != start_key(b.term)) return start_key(a.term) < start_key(b.term);
  if (a.term.size() != b.term.size()) return a.term.size() > b.term.size();
  return a.term < b.term;
}

}  // namespace

void Gazetteer::add(std::string_view term, EntityLabel label, std::string_view normalized) {
  Entry e{checked_term(term), label, std::string(normalized)};
  auto it = std::lower_bound(entries_.begin(), entries_.end(), e, entry_less<Entry>);
  if (it != entries_.end() && it->term == e.term) {
    *it = std::move(e);
  } else {
    note_start(e.term);
    keys_.insert(keys_.begin() + (it - entries_.begin()), start_key(e.term));
    entries_.insert(it, std::move(e));
  }
}

void Gazetteer::add_many(const std::vector<Term>& terms) {
  std::vector<Entry> more;
  more.reserve(terms.size());
  for (const Term& t : terms) more.push_back({checked_term(t.term), t.label, t.normalized});
  // Existing entries first, so that on equal terms the later (new) one is kept.
  std::vector<Entry> all = std::move(entries_);
  for (Entry& e : more) all.push_back(std::move(e));
  std::stable_sort(all.begin(), all.end(), entry_less<Entry>);
  entries_.clear();
  keys_.clear();
  for (size_t i = 0; i < all.size(); ++i) {
    if (i + 1 < all.size() && all[i + 1].term == all[i].term) continue;  // a later one wins
    note_start(all[i].term);
    keys_.push_back(start_key(all[i].term));
    entries_.push_back(std::move(all[i]));
  }
}

void Gazetteer::note_start(const std::u32string& term) {
  const char32_t first = term[0];
  first_bits_[(first >> 6) & 63] |= uint64_t{1} << (first & 63);
  if (term.size() == 1) {
    single_bits_[(first >> 6) & 63] |= uint64_t{1} << (first & 63);
  } else {
    first_pairs_.add(first, term[1]);
  }
}

bool Gazetteer::may_start(const std::vector<char32_t>& line, size_t i) const {
  const char32_t c = line[i];
  if (!(first_bits_[(c >> 6) & 63] >> (c & 63) & 1)) return false;
  if (single_bits_[(c >> 6) & 63] >> (c & 63) & 1) return true;
  if (i + 1 >= line.size()) return false;
  return first_pairs_.may_contain(c, line[i + 1]);
}

void Gazetteer::find(const std::vector<char32_t>& line, std::vector<GazetteerMatch>& out) const {
  if (entries_.empty()) return;
  for (size_t i = 0; i < line.size();) {
    const char32_t c = line[i];
    if (abbreviation_runs_ && script(c) == kHanja && (i == 0 || script(line[i - 1]) != kHanja)) {
      // A run of Hanja: headline abbreviations stand alone or in runs of abbreviations
      // (韓美日); any other Hanja in the run makes it a word (美術), which is left alone.
      size_t j = i;
      while (j < line.size() && script(line[j]) == kHanja) ++j;
      if (i > 0 && is_digit(line[i - 1])) {  // 3日 is a date, not Japan
        i = j;
        continue;
      }
      const size_t before = out.size();
      GazetteerMatch m;
      for (size_t k = i; k < j; ++k) {
        if (lookup(&line[k], 1, m) == nullptr) {
          out.resize(before);
          break;
        }
        out.push_back(
            {static_cast<int32_t>(k), static_cast<int32_t>(k + 1), m.label, m.normalized});
      }
      if (j - i > 4) out.resize(before);  // a long run is Chinese text, not a headline
      i = j;
      continue;
    }
    if (!start_ok(line, i, c) || !may_start(line, i)) {
      ++i;
      continue;
    }
    // The terms that start with the text's first two characters, longest first; then the
    // one-character term, if any.
    const Entry* hit = nullptr;
    const char32_t next = i + 1 < line.size() ? line[i + 1] : char32_t{0};
    for (const char32_t second : {next, char32_t{0}}) {
      const uint64_t key = text::first_pair_key(c, second);
      for (size_t k = std::lower_bound(keys_.begin(), keys_.end(), key) - keys_.begin();
           hit == nullptr && k < keys_.size() && keys_[k] == key; ++k) {
        const Entry& e = entries_[k];
        const size_t len = e.term.size();
        if (i + len > line.size()) continue;
        if (!std::equal(e.term.begin(), e.term.end(), line.begin() + i)) continue;
        if (end_ok(line, i + len, e.term)) hit = &e;
      }
      if (hit != nullptr || second == 0) break;
    }
    if (hit == nullptr) {
      ++i;
      continue;
    }
    const int32_t start = static_cast<int32_t>(i);
    i += hit->term.size();
    out.push_back({start, static_cast<int32_t>(i), hit->label, &hit->normalized});
  }
}

const GazetteerMatch* Gazetteer::lookup(const char32_t* text, size_t len,
                                        GazetteerMatch& out) const {
  if (len == 0 || entries_.empty()) return nullptr;
  const uint64_t key = text::first_pair_key(text[0], len > 1 ? text[1] : 0);
  for (auto it =
           entries_.begin() + (std::lower_bound(keys_.begin(), keys_.end(), key) - keys_.begin());
       it != entries_.end() && start_key(it->term) == key; ++it) {
    if (it->term.size() == len && std::equal(it->term.begin(), it->term.end(), text)) {
      out = {0, static_cast<int32_t>(len), it->label, &it->normalized};
      return &out;
    }
  }
  return nullptr;
}

const Gazetteer& Gazetteer::builtin() {
  static const Gazetteer g = [] {
    Gazetteer g;
    const EntityLabel LC = EntityLabel::kLC, OG = EntityLabel::kOG;
    // One-character Hanja of headlines: countries are places, the rest institutions.
    const struct {
      const char* term;
      EntityLabel label;
      const char* full;
    } kTerms[] = {
        {"美", LC, "미국"},
        {"中", LC, "중국"},
        {"日", LC, "일본"},
        {"韓", LC, "한국"},
        {"北", LC, "북한"},
        {"英", LC, "영국"},
        {"獨", LC, "독일"},
        {"佛", LC, "프랑스"},
        {"露", LC, "러시아"},
        {"印", LC, "인도"},
        {"伊", LC, "이탈리아"},
        {"加", LC, "캐나다"},
        {"濠", LC, "호주"},
        {"豪", LC, "호주"},
        {"臺", LC, "대만"},
        {"泰", LC, "태국"},
        {"越", LC, "베트남"},
        {"比", LC, "필리핀"},
        {"與", OG, "여당"},
        {"野", OG, "야당"},
        {"靑", OG, "청와대"},
        {"檢", OG, "검찰"},
        {"軍", OG, "군"},
        {"警", OG, "경찰"},
        {"러", LC, "러시아"},
        // Short forms of organizations with one meaning in Korean news.
        {"국힘", OG, "국민의힘"},
        {"민주당", OG, "더불어민주당"},
        {"전경련", OG, "전국경제인연합회"},
        {"금감원", OG, "금융감독원"},
        {"금융위", OG, "금융위원회"},
        {"공정위", OG, "공정거래위원회"},
        {"선관위", OG, "중앙선거관리위원회"},
        {"국정원", OG, "국가정보원"},
        {"기재부", OG, "기획재정부"},
        {"국토부", OG, "국토교통부"},
        {"복지부", OG, "보건복지부"},
        {"방통위", OG, "방송통신위원회"},
        {"식약처", OG, "식품의약품안전처"},
        {"헌재", OG, "헌법재판소"},
        {"한은", OG, "한국은행"},
        {"중기부", OG, "중소벤처기업부"},
        {"과기정통부", OG, "과학기술정보통신부"},
        {"산업부", OG, "산업통상자원부"},
        {"행안부", OG, "행정안전부"},
        {"권익위", OG, "국민권익위원회"},
        {"인권위", OG, "국가인권위원회"},
        {"공수처", OG, "고위공직자범죄수사처"},
        {"전교조", OG, "전국교직원노동조합"},
        {"민노총", OG, "전국민주노동조합총연맹"},
        {"한노총", OG, "한국노동조합총연맹"},
        {"경총", OG, "한국경영자총협회"},
        {"대한상의", OG, "대한상공회의소"},
        {"KDI", OG, "한국개발연구원"},
    };
    for (const auto& t : kTerms) g.add(t.term, t.label, t.full);
    g.abbreviation_runs_ = true;
    return g;
  }();
  return g;
}

}  // namespace kornews::ner
