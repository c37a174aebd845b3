#include "core/analytics/story_terms.h"

#include <algorithm>
#include <cctype>

#include "core/dict/dictionary.h"
#include "core/morph/analyzer.h"
#include "core/morph/hanja_reading.h"
#include "core/ner/gazetteer.h"
#include "core/text/korean_number.h"
#include "core/text/hanja.h"
#include "core/text/utf8.h"

namespace kornews::analytics {

namespace {

std::u32string decode_all(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (size_t i = 0; i < s.size();) out.push_back(utf8::decode(s, i));
  return out;
}

// Korean numerals that the analyzer tags MM in front of a counter (두 명, 세 건): numbers only
// where they stand next to another number morpheme or a counter, which the caller checks.
bool is_numeral_determiner(std::string_view form) {
  static const char* const kForms[] = {"한", "두", "세", "네", "다섯", "여섯", "일곱",
                                       "여덟", "아홉", "열", "스무"};
  for (const char* f : kForms)
    if (form == f) return true;
  return false;
}

bool is_number_piece(const Morpheme& m) {
  return m.tag == "SN" || m.tag == "NR" || (m.tag == "MM" && is_numeral_determiner(m.form));
}

bool is_weekday(std::string_view form) {
  static const char* const kDays[] = {"월요일", "화요일", "수요일", "목요일",
                                      "금요일", "토요일", "일요일"};
  for (const char* d : kDays)
    if (form == d) return true;
  return false;
}

bool is_counter(const Morpheme& m) {
  return m.tag == "NNBC" || m.tag == "NNB";
}

std::string lower_ascii(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// Readings first: the built-in one-character abbreviations (美 -> 미국) where they stand as a
// word, then every other run of Hanja by the dictionary's reading. Text without Hanja is
// returned unchanged.
std::string read_hanja_for_terms(Analyzer& analyzer, std::string_view text) {
  if (!contains_hanja(text)) return std::string(text);
  // Abbreviations first: 美 alone is 미국, while the dictionary would read it 미 (beauty).
  const std::u32string cps = decode_all(text);
  const std::vector<char32_t> line(cps.begin(), cps.end());
  std::vector<ner::GazetteerMatch> matches;
  ner::Gazetteer::builtin().find(line, matches);
  std::string replaced;
  replaced.reserve(text.size() + 16);
  size_t at = 0;
  for (const ner::GazetteerMatch& m : matches) {
    if (m.normalized == nullptr || m.normalized->empty()) continue;
    if (static_cast<size_t>(m.start) < at) continue;
    bool all_hanja = true;
    for (int32_t k = m.start; k < m.end; ++k) all_hanja = all_hanja && is_hanja(cps[k]);
    if (!all_hanja) continue;  // 국힘 -> 국민의힘 is a name choice, not a reading
    for (; at < static_cast<size_t>(m.start); ++at) utf8::append(replaced, cps[at]);
    // A space on each side keeps 美中 from reading as one word 미국중국.
    replaced += ' ';
    replaced += *m.normalized;
    replaced += ' ';
    at = static_cast<size_t>(m.end);
  }
  for (; at < cps.size(); ++at) utf8::append(replaced, cps[at]);
  return hanja_reading(analyzer, replaced);
}

}  // namespace

std::vector<StoryTerm> story_terms(Analyzer& analyzer, std::string_view text) {
  const std::string read = read_hanja_for_terms(analyzer, text);
  const std::vector<Morpheme> ms = analyzer.analyze(read);
  std::vector<StoryTerm> out;
  for (size_t i = 0; i < ms.size(); ++i) {
    const Morpheme& m = ms[i];
    if (is_number_piece(m)) {
      // A run of number pieces written together (열+두, 1+억 2+천만) is one value. A lone
      // determiner (한 사람, 세 나라) is a number only when a counter follows it.
      size_t j = i + 1;
      // 39만 5천: after a large unit (NR) the next group may stand after a space.
      while (j < ms.size() && is_number_piece(ms[j]) &&
             (!ms[j].space_before || ms[j].tag == "NR" || ms[j - 1].tag == "NR"))
        ++j;
      const bool lone_determiner = j == i + 1 && m.tag == "MM";
      const bool counted = j < ms.size() && is_counter(ms[j]);
      if (!lone_determiner || counted) {
        std::u32string run;
        for (size_t k = i; k < j; ++k) run += decode_all(ms[k].form);
        size_t pos = 0;
        std::optional<Decimal> value = parse_korean_number(run, pos);
        if (value && pos > 0) {
          // The counter belongs to the value: 12월 and 12일 are different numbers, 12명 and
          // 열두 명 the same.
          std::string term = format_decimal(*value);
          if (counted) term += ms[j].form;
          out.push_back({std::move(term), StoryTermKind::kNumber});
          i = counted ? j : j - 1;
          continue;
        }
      }
      if (m.tag == "SN") {  // unparsable digits (a code such as 3-1): keep as written
        out.push_back({m.form, StoryTermKind::kNumber});
        continue;
      }
      continue;
    }
    const std::string& tag = m.tag;
    if (tag == "NNG" && is_weekday(m.form)) {
      // A day of the week dates the event like a number does: 수요일 and 금요일 disagree.
      out.push_back({m.form, StoryTermKind::kNumber});
    } else if (tag == "NNG" || tag == "XR") {
      out.push_back({m.form, StoryTermKind::kNoun});
    } else if (tag == "NNP" || tag == "SH") {
      out.push_back({m.form, StoryTermKind::kName});
    } else if (tag == "SL") {
      out.push_back({lower_ascii(m.form), StoryTermKind::kName});
    } else if (tag == "VV" || tag == "VA") {
      out.push_back({m.form, StoryTermKind::kPredicate});
    } else {
      continue;
    }
    if (m.kind == MorphemeKind::kCompound) {
      // "삼성/NNG/*+전자/NNG/*": the parts of two characters or more.
      std::string_view expr = analyzer.dictionary().compound_parts(m.entry);
      while (!expr.empty()) {
        const std::string_view piece = expr.substr(0, expr.find('+'));
        const std::string_view form = piece.substr(0, piece.find('/'));
        if (utf8::count_code_points(form) >= 2 && form != m.form)
          out.push_back({std::string(form), StoryTermKind::kNoun});
        expr.remove_prefix(std::min(expr.size(), piece.size() + 1));
      }
    }
  }
  return out;
}

}  // namespace kornews::analytics
