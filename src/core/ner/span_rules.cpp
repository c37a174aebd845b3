#include "core/ner/span_rules.h"

#include <algorithm>
#include <string>
#include <string_view>

#include "core/ner/features.h"
#include "core/ner/normalize.h"
#include "core/text/korean_number.h"
#include "core/text/u32_text.h"

namespace kornews::ner {

namespace {

using text::is_digit;

bool is_latin(char32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
// The units of a large Korean number: a span starting with one right after digits was cut
// from its number.
bool is_number_unit(char32_t c) {
  return c == U'십' || c == U'백' || c == U'천' || c == U'만' || c == U'억' || c == U'조' ||
         c == U'경';
}

// Latin letters that make digits before them a measurement (5km, 100GB, 3D), not a model name
// (910C; 5G is a network generation, not five grams: lower-case g only; a bare C is a chip's
// suffix more often than Celsius, which news write °C).
bool is_latin_unit(std::u32string_view u) {
  static constexpr std::u32string_view kUnits[] = {
      U"km",  U"m",   U"cm",  U"mm",  U"nm",  U"kg", U"g",   U"mg", U"t",   U"kt",  U"l",
      U"L",   U"ml",  U"mL",  U"kl",  U"GB",  U"MB", U"TB",  U"KB", U"kB",  U"PB",  U"Gb",
      U"W",   U"kW",  U"MW",  U"GW",  U"kWh", U"MWh", U"GWh", U"TWh", U"V",  U"kV",  U"Hz",
      U"kHz", U"MHz", U"GHz", U"ha",  U"km2", U"m2", U"m3",  U"cc",  U"D",   U"d",   U"p",
      U"bp",  U"mph", U"kcal", U"cal", U"lb", U"oz", U"ft",  U"mi"};
  for (std::u32string_view w : kUnits)
    if (u == w) return true;
  return false;
}

bool functional_tag(const std::string& tag) {
  // Endings, particles, copulas, verb and adjective stems and their suffixes: a name does not
  // start there (아니라 -> 아니/VCN 라/EC).
  if (tag.empty()) return false;
  if (tag[0] == 'E' || tag[0] == 'J') return true;
  return tag == "VCP" || tag == "VCN" || tag == "VV" || tag == "VA" || tag == "VX" ||
         tag == "XSV" || tag == "XSA";
}

// Per code point, the index of the morpheme covering it (-1 for none).
void morpheme_index(const std::vector<char32_t>& cps, const std::vector<Morpheme>& morphs,
                    std::vector<int32_t>& out) {
  out.assign(cps.size(), -1);
  const int32_t n = static_cast<int32_t>(cps.size());
  for (size_t k = 0; k < morphs.size(); ++k) {
    const Morpheme& m = morphs[k];
    if (m.start < 0 || m.end > n || m.end <= m.start) continue;
    for (int32_t i = m.start; i < m.end; ++i)
      if (out[i] < 0) out[i] = static_cast<int32_t>(k);
  }
}

// The numeric run (digits, with , and . between digits) ending right before `pos`; returns
// its start, or `pos` when there is none.
int32_t digit_run_start(const std::vector<char32_t>& cps, int32_t pos) {
  int32_t i = pos;
  while (i > 0) {
    const char32_t c = cps[i - 1];
    if (is_digit(c)) {
      --i;
    } else if ((c == ',' || c == '.') && i - 2 >= 0 && is_digit(cps[i - 2]) && i < pos) {
      --i;
    } else {
      break;
    }
  }
  return i;
}

// Latin abbreviations of technologies and things, which news write like company names but are
// common nouns: never an organization or a person (GPU, EUV, HBM).
bool technology_acronym(const std::vector<char32_t>& cps, const SpanRange& s) {
  static constexpr std::u32string_view kTerms[] = {
      U"AI",  U"AGI", U"GPU", U"CPU", U"NPU", U"TPU", U"AP",  U"HBM", U"DRAM", U"SSD",
      U"EUV", U"LLM", U"API", U"OS",  U"PC",  U"TV",  U"IT",  U"EV",  U"OLED", U"LCD",
      U"SW",  U"HW",  U"CEO", U"CTO", U"CFO", U"IPO", U"M&A", U"R&D", U"IoT",  U"SaaS"};
  const std::u32string_view t(&cps[s.start], s.end - s.start);
  for (std::u32string_view w : kTerms)
    if (t == w) return true;
  return false;
}

// Whether a span may start with a number at all: the normalizer is not worth a call for 화웨이.
bool may_be_number(char32_t c) {
  return is_digit(c) || std::u32string_view(U"일이삼사오육칠팔구십백천").find(c) !=
                            std::u32string_view::npos;
}

bool is_amount(const std::vector<char32_t>& cps, const SpanRange& s) {
  if (!may_be_number(cps[s.start])) return false;
  const std::string v =
      normalize_value(EntityLabel::kQT, std::u32string_view(&cps[s.start], s.end - s.start), {});
  static constexpr std::string_view kCodes[] = {" KRW", " USD", " JPY", " CNY", " EUR", " GBP"};
  for (std::string_view c : kCodes)
    if (v.size() > c.size() && v.compare(v.size() - c.size(), c.size(), c) == 0) return true;
  return false;
}

// The whole span is a number (구천구백구십구경, 3억).
bool is_number(const std::vector<char32_t>& cps, const SpanRange& s) {
  if (!may_be_number(cps[s.start])) return false;
  const std::u32string_view t(&cps[s.start], s.end - s.start);
  size_t i = 0;
  return parse_korean_number(t, i).has_value() && i == t.size();
}

// A currency word right after `pos` (one space allowed): the end of it, or `pos`.
int32_t currency_after(const std::vector<char32_t>& cps, int32_t pos) {
  static constexpr std::u32string_view kWords[] = {U"원", U"달러", U"엔", U"위안", U"유로",
                                                   U"파운드"};
  const int32_t n = static_cast<int32_t>(cps.size());
  const int32_t at = pos < n && cps[pos] == ' ' ? pos + 1 : pos;
  for (std::u32string_view w : kWords) {
    const int32_t len = static_cast<int32_t>(w.size());
    if (at + len <= n && std::u32string_view(&cps[at], len) == w) return at + len;
  }
  return pos;
}


bool has_latin(const std::vector<char32_t>& cps, int32_t a, int32_t b) {
  for (int32_t i = a; i < b; ++i)
    if (is_latin(cps[i])) return true;
  return false;
}

// "<person> <organization> <title>" (마크 저커버그 메타 최고경영자): the word before the title is
// the person's organization, where the model, trained on text where this pattern is rarer than
// in today's business news, ran the person's span over it. Split only when the span has three
// words or the last one has Latin letters (오픈AI): 일론 머스크 최고경영자 stays one person.
// (Tagging an untagged word between a person and a title as OG cost 0.12 F1 on KLUE dev.)
void split_person_organization(const std::vector<char32_t>& cps,
                               const std::vector<Morpheme>& morphs,
                               const std::vector<int32_t>& morph_at,
                               std::vector<SpanRange>& spans) {
  const int32_t n = static_cast<int32_t>(cps.size());
  thread_local std::vector<SpanRange> out;
  out.clear();
  for (size_t k = 0; k < spans.size(); ++k) {
    SpanRange s = spans[k];
    // Two person spans one space apart right before a title are one name cut in two (젠슨 |
    // 황 엔비디아 최고경영자).
    if (s.label == EntityLabel::kPS && k + 1 < spans.size() &&
        spans[k + 1].label == EntityLabel::kPS && spans[k + 1].start == s.end + 1 &&
        cps[s.end] == ' ' && spans[k + 1].end + 1 < n && cps[spans[k + 1].end] == ' ' &&
        is_title_at(cps, spans[k + 1].end + 1)) {
      s.end = spans[k + 1].end;
      ++k;
    }
    out.push_back(s);
    if (s.label != EntityLabel::kPS || s.end + 1 >= n || cps[s.end] != ' ') continue;
    if (is_title_at(cps, s.end + 1)) {
      int32_t w = s.end;
      while (w > s.start && !is_space_cp(cps[w - 1])) --w;
      if (w <= s.start + 1) continue;  // one word: 김철수 대표
      int32_t words = 1;
      for (int32_t i = s.start; i < w; ++i) words += is_space_cp(cps[i]) && !is_space_cp(cps[i + 1]);
      if (s.end - w < 2 || (words < 3 && !has_latin(cps, w, s.end))) continue;
      int32_t person_end = w;
      while (person_end > s.start && is_space_cp(cps[person_end - 1])) --person_end;
      out.back().end = person_end;
      out.push_back({w, s.end, EntityLabel::kOG});
      continue;
    }
    // The organization word left untagged between the person and the title (량원펑 딥시크
    // 창업자, 리사 수 AMD 최고경영자): only a proper noun or a Latin name, never a common noun
    // (김철수 한국 대표; tagging any word there cost 0.12 F1 on KLUE dev).
    const int32_t w = s.end + 1;
    int32_t e = w;
    while (e < n && !is_space_cp(cps[e])) ++e;
    if (e - w < 2 || e + 1 >= n || cps[e] != ' ' || !is_title_at(cps, e + 1)) continue;
    if (k + 1 < spans.size() && spans[k + 1].start < e) continue;
    bool proper = true;
    for (int32_t i = w; i < e && proper; ++i)
      proper = morph_at[i] >= 0 &&
               (morphs[morph_at[i]].tag == "NNP" || morphs[morph_at[i]].tag == "SL");
    if (proper) out.push_back({w, e, EntityLabel::kOG});
  }
  spans.swap(out);
}

// A common Korean surname: a short name starting with one reads as a person (김철수), not as
// a transliterated company.
bool korean_surname(char32_t c) {
  static constexpr std::u32string_view kSurnames =
      U"김이박최정강조윤장임한오서신권황안송류홍전고문양손배백허유남심노하곽성차주우구민진지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국은편용예경봉";
  return kSurnames.find(c) != std::u32string_view::npos;
}

bool all_hangul(const std::vector<char32_t>& cps, int32_t a, int32_t b) {
  for (int32_t i = a; i < b; ++i)
    if (!text::is_hangul_syllable(cps[i])) return false;
  return true;
}

// Words of a sentence about a company, not a person: its shares, products, plants, deals.
bool organization_cue(const std::string& form) {
  static constexpr std::string_view kCues[] = {
      "주가", "지분", "출시", "인수", "합병", "공장", "매출", "영업이익", "실적", "주주",
      "주주총회", "상장", "자회사", "계열사", "본사", "신제품", "제품", "서비스", "고객",
      "투자", "생산", "칩", "반도체", "전기차", "모델", "데이터센터", "시가총액", "점유율"};
  for (std::string_view c : kCues)
    if (form == c) return true;
  return false;
}

// Words right after a name that make it a person: 씨, 대표, 감독, 선수 ...
bool person_cue(const std::string& form) {
  static constexpr std::string_view kCues[] = {
      "씨", "대표", "회장", "사장", "감독", "선수", "의원", "장관", "대통령", "총리", "교수",
      "기자", "위원장", "최고경영자", "창업자", "의장", "부회장", "배우", "가수", "작가", "씨는"};
  for (std::string_view c : kCues)
    if (form == c) return true;
  return false;
}

// Issue 14: a transliterated company at the start of a sentence (앤트로픽은, 비야디는) reads to a
// model trained on 2020 text like a foreign person's name. A lone word tagged PS — one word, all
// Hangul, not a Korean surname and name, no person's title after it — in a sentence with the
// words of company news (출시, 공장, 주가, 투자 ...) is an organization.
void companies_in_company_news(const std::vector<char32_t>& cps,
                               const std::vector<Morpheme>& morphs,
                               const std::vector<int32_t>& morph_at,
                               std::vector<SpanRange>& spans) {
  bool any_person = false;
  for (const SpanRange& s : spans) any_person = any_person || s.label == EntityLabel::kPS;
  if (!any_person) return;
  bool company_news = false;
  for (const Morpheme& m : morphs)
    if (m.tag == "NNG" && organization_cue(m.form)) {
      company_news = true;
      break;
    }
  if (!company_news) return;
  const int32_t n = static_cast<int32_t>(cps.size());
  for (size_t k = 0; k < spans.size(); ++k) {
    SpanRange& s = spans[k];
    if (s.label != EntityLabel::kPS || s.end - s.start < 2 || !all_hangul(cps, s.start, s.end))
      continue;
    if (s.end - s.start <= 3 && korean_surname(cps[s.start])) continue;
    // One word, not after another name word (일론 머스크: the surname of a full name).
    if (s.start > 0 && !is_space_cp(cps[s.start - 1])) continue;
    if (s.start >= 2 && cps[s.start - 1] == ' ' && !is_space_cp(cps[s.start - 2]) &&
        k > 0 && spans[k - 1].end == s.start - 1)
      continue;
    // A title or 씨 after it, in its word or the next.
    int32_t e = s.end;
    while (e < n && !is_space_cp(cps[e])) ++e;
    bool person = false;
    for (int32_t i : {s.end, e + 1})
      if (i < n && morph_at[i] >= 0) person = person || person_cue(morphs[morph_at[i]].form);
    if (!person) s.label = EntityLabel::kOG;
  }
}

}  // namespace

bool is_title_at(const std::vector<char32_t>& cps, int32_t pos) {
  // Titles that follow "<person> <organization>" in news: 젠슨 황 엔비디아 최고경영자.
  static constexpr std::u32string_view kTitles[] = {
      U"최고경영자", U"최고기술책임자", U"최고재무책임자", U"CEO", U"CTO", U"CFO", U"창업자",
      U"대표", U"회장", U"부회장", U"사장", U"의장", U"총괄"};
  const int32_t n = static_cast<int32_t>(cps.size());
  for (std::u32string_view t : kTitles) {
    const int32_t len = static_cast<int32_t>(t.size());
    if (pos + len <= n && std::u32string_view(&cps[pos], len) == t) return true;
  }
  return false;
}

void repair_spans(const std::vector<char32_t>& cps, const std::vector<Morpheme>& morphs,
                  std::vector<SpanRange>& spans) {
  if (spans.empty()) return;
  const int32_t n = static_cast<int32_t>(cps.size());
  // Scratch reused across calls (one tagger per thread): no allocation per line.
  thread_local std::vector<int32_t> morph_at;
  thread_local std::vector<SpanRange> out;
  morpheme_index(cps, morphs, morph_at);
  auto in_word = [&](int32_t i) { return i >= 0 && i < n && !is_space_cp(cps[i]); };

  out.clear();
  for (SpanRange s : spans) {
    // 1. A span that starts with a number's unit right after its digits (99999999999|조 원)
    // takes the digits back, from whatever span the model put them in.
    if (s.start > 0 && is_digit(cps[s.start - 1]) && is_number_unit(cps[s.start])) {
      const int32_t r = digit_run_start(cps, s.start);
      while (!out.empty() && out.back().end > r) {
        if (out.back().start >= r) {
          out.pop_back();
        } else {
          out.back().end = r;
          break;
        }
      }
      s.start = r;
      s.label = EntityLabel::kQT;
    }
    // 1b. A quantity that starts inside a number written in words (구천|백구십구경 원) takes the
    // number's first part back: the analysis gives each numeral of it a morpheme of its own.
    if (s.label == EntityLabel::kQT) {
      int32_t w = s.start;
      while (in_word(w - 1) && morph_at[w - 1] >= 0 &&
             (morphs[morph_at[w - 1]].tag == "NR" || morphs[morph_at[w - 1]].tag == "SN"))
        --w;
      if (w < s.start && (out.empty() || out.back().end <= w)) s.start = w;
    }
    // 2. No span starts inside a word on an ending or a verb stem: move past them.
    if (in_word(s.start - 1)) {
      while (s.start < s.end &&
             (is_space_cp(cps[s.start]) ||
              (morph_at[s.start] >= 0 && functional_tag(morphs[morph_at[s.start]].tag))))
        ++s.start;
      if (s.start >= s.end) continue;
    }
    // 2b. A name that starts inside a word after a noun is the tail of a compound name the model
    // cut (데이터|브릭스): it takes the whole word.
    if ((s.label == EntityLabel::kPS || s.label == EntityLabel::kOG) && in_word(s.start - 1) &&
        text::is_hangul_syllable(cps[s.start - 1]) && morph_at[s.start - 1] >= 0 &&
        morph_at[s.start] >= 0 && morph_at[s.start - 1] != morph_at[s.start] &&
        (morphs[morph_at[s.start - 1]].tag == "NNG" ||
         morphs[morph_at[s.start - 1]].tag == "NNP")) {
      int32_t w = s.start;
      while (w > 0 && !is_space_cp(cps[w - 1]) && text::is_hangul_syllable(cps[w - 1])) --w;
      if (out.empty() || out.back().end <= w) s.start = w;
    }
    // 2c. A name that runs into the next word never ends inside that word's first morpheme
    // (알렉산더 왕 창|업자): it ends before the word.
    if ((s.label == EntityLabel::kPS || s.label == EntityLabel::kOG ||
         s.label == EntityLabel::kLC) &&
        in_word(s.end) && text::is_hangul_syllable(cps[s.end]) && morph_at[s.end] >= 0 &&
        morph_at[s.end] == morph_at[s.end - 1]) {
      const int32_t m = morphs[morph_at[s.end]].start;
      if (m > s.start && is_space_cp(cps[m - 1])) {
        s.end = m;
        while (s.end > s.start && is_space_cp(cps[s.end - 1])) --s.end;
      }
    }
    // 3. A number glued to Latin letters is part of a name (H100, 갤럭시S25, 910C), unless the
    // letters are a unit of measure; so is one the analysis reads as part of a name (그록3).
    if (s.label == EntityLabel::kQT) {
      int32_t d = s.start;
      while (d < s.end && !is_digit(cps[d])) ++d;
      if (d < s.end) {
        const int32_t r = digit_run_start(cps, d);
        bool name = in_word(r - 1) && is_latin(cps[r - 1]);
        int32_t e = r;
        while (e < n && (is_digit(cps[e]) || ((cps[e] == '.' || cps[e] == ',') && e + 1 < n &&
                                              is_digit(cps[e + 1]))))
          ++e;
        if (!name && e < n && is_latin(cps[e])) {
          int32_t f = e;
          while (f < n && (is_latin(cps[f]) || (f > e && is_digit(cps[f])))) ++f;
          name = !is_latin_unit(std::u32string_view(&cps[e], f - e));
        }
        // Digits inside a name the analysis kept whole (그록3, 아이폰16: Hangul glued to them).
        if (!name && morph_at[d] >= 0) {
          const Morpheme& m = morphs[morph_at[d]];
          name = m.tag == "NNP" && m.start < r;
        }
        if (name) continue;
      }
    }
    if (s.label == EntityLabel::kOG || s.label == EntityLabel::kPS) {
      if (technology_acronym(cps, s)) continue;
      // ... nor the last word of one (엔비디아 AI is 엔비디아).
      int32_t last = s.end;
      while (last > s.start && !is_space_cp(cps[last - 1])) --last;
      if (last > s.start && technology_acronym(cps, {last, s.end, s.label})) {
        s.end = last;
        while (s.end > s.start && is_space_cp(cps[s.end - 1])) --s.end;
      }
    }
    // 4. A number with a currency is an amount (구천구백구십구경 원 is no organization), and so
    // is a bare number the model called a name; it takes the currency written after it.
    if (s.label != EntityLabel::kQT && s.label != EntityLabel::kDT &&
        s.label != EntityLabel::kTI) {
      if (is_amount(cps, s)) {
        s.label = EntityLabel::kQT;
      } else if (is_number(cps, s)) {
        s.label = EntityLabel::kQT;
        s.end = currency_after(cps, s.end);
      }
    }
    // 5. A day or year after 지난/오는 takes the word in (지난 7일, 오는 2026년): it decides the
    // value (the last 7th, not this month's), and the normalizer reads it.
    if (s.label == EntityLabel::kDT && is_digit(cps[s.start]) && s.start >= 3 &&
        cps[s.start - 1] == ' ' && (s.start == 3 || is_space_cp(cps[s.start - 4])) &&
        (out.empty() || out.back().end <= s.start - 3)) {
      const std::u32string_view before(&cps[s.start - 3], 2);
      if (before == U"지난" || before == U"오는") s.start -= 3;
    }
    out.push_back(s);
  }
  spans.swap(out);
  split_person_organization(cps, morphs, morph_at, spans);
  companies_in_company_news(cps, morphs, morph_at, spans);
}

}  // namespace kornews::ner
