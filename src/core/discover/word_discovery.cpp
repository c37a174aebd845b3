// Counting and scoring of new-word candidates (see word_discovery.h).
#include "core/discover/word_discovery.h"

#include <algorithm>
#include <cmath>

#include "core/morph/analyzer.h"
#include "core/text/utf8.h"

namespace kornews {

struct WordDiscoverer::Unit {
  size_t byte_start, byte_end;
  std::string_view first_tag;
  std::string tags;  // a+b for an inflected form
  bool space_before;
  bool piece;   // may be part of a candidate
  bool proper;  // suggests NNP (a proper noun, an unknown word, Latin letters, a mis-split)
  bool noun;    // NNG/NNP of 2+ characters: usable as a part of the suggested decomposition
};

namespace {

bool starts_with(std::string_view s, std::string_view prefix) {
  return s.substr(0, prefix.size()) == prefix;
}

// What may follow a whole word inside its eojeol: particles, the copula, 하다/되다 suffixes,
// punctuation. Another noun or a suffix such as 들/XSN means the word goes on.
bool is_boundary_follower(std::string_view tag) {
  return tag == "END" || starts_with(tag, "J") || tag == "VCP" || tag == "VCN" || tag == "XSV" ||
         tag == "XSA" || (starts_with(tag, "S") && tag != "SL" && tag != "SH" && tag != "SN");
}

std::string snippet(std::string_view text, size_t from, size_t to, size_t chars) {
  size_t begin = from, end = to;
  for (size_t n = 0; n < chars && begin > 0; n++) {
    do begin--;
    while (begin > 0 && (static_cast<unsigned char>(text[begin]) & 0xC0) == 0x80);
  }
  for (size_t n = 0; n < chars && end < text.size(); n++) utf8::decode(text, end);
  std::string out;
  for (char c : text.substr(begin, end - begin))
    out.push_back(c == '\n' || c == '\t' || c == '\r' ? ' ' : c);
  return out;
}

}  // namespace

WordDiscoverer::WordDiscoverer(DiscoveryOptions options) : options_(options) {}

void WordDiscoverer::add(Analyzer& analyzer, std::string_view text) {
  texts_++;
  const std::vector<Morpheme> ms = analyzer.analyze(text);
  std::vector<Unit> units;
  for (size_t i = 0; i < ms.size();) {
    const Morpheme& m = ms[i];
    size_t j = i + 1;
    while (j < ms.size() && ms[j].byte_start == m.byte_start && ms[j].byte_end == m.byte_end) j++;
    // An eojeol starts at the text's start and after any whitespace -- a line break too, which
    // the analyzer (analyzing line by line) does not mark as space_before.
    const size_t prev_end = units.empty() ? 0 : units.back().byte_end;
    const bool starts_eojeol =
        units.empty() || m.space_before ||
        (static_cast<size_t>(m.byte_start) > prev_end &&
         text.substr(prev_end, m.byte_start - prev_end).find_first_of(" \t\r\n\f\v") !=
             std::string_view::npos);
    Unit u{static_cast<size_t>(m.byte_start),
           static_cast<size_t>(m.byte_end),
           m.tag,
           {},
           starts_eojeol,
           false,
           false,
           false};
    bool has_ending = false;
    for (size_t k = i; k < j; k++) {
      if (k > i) u.tags += '+';
      u.tags += ms[k].tag;
      has_ending |= starts_with(ms[k].tag, "E") || starts_with(ms[k].tag, "J");
    }
    const std::string_view written = text.substr(u.byte_start, u.byte_end - u.byte_start);
    const size_t chars = utf8::count_code_points(written);
    const std::string_view tag = m.tag;
    const bool nominal = tag == "NNG" || tag == "NNP" || tag == "UNKNOWN" || tag == "NA" ||
                         tag == "SL" || tag == "SH" || tag == "XR";
    // A one-syllable interjection, adverb, determiner ... inside a word is what a mis-split of
    // an unknown name looks like (딥/IC, 어/IC).
    const bool odd = j == i + 1 && chars == 1 &&
                     (tag == "IC" || tag == "MAG" || tag == "MAJ" || tag == "MM" || tag == "NP" ||
                      tag == "VA" || tag == "VV" || tag == "NR");
    u.piece = !has_ending && written.size() > 0 && (nominal || odd);
    // A one-syllable numeral is as often a mis-split common noun (소속사 = 소속 + 사/NR).
    u.proper =
        tag == "NNP" || tag == "UNKNOWN" || tag == "NA" || tag == "SL" || (odd && tag != "NR");
    u.noun = (tag == "NNG" || tag == "NNP") && j == i + 1 && chars >= 2;
    if (u.piece) piece_uses_[std::string(written)]++;
    units.push_back(std::move(u));
    i = j;
  }

  for (size_t s = 0; s < units.size(); s++) {
    if (!units[s].space_before || !units[s].piece) continue;
    // The run of pieces written together from the eojeol's start.
    size_t e = s + 1;
    while (e < units.size() && e - s < options_.max_pieces && units[e].piece &&
           !units[e].space_before && units[e].byte_start == units[e - 1].byte_end)
      e++;
    for (size_t last = s + 1; last < e; last++) {
      const std::string_view word =
          text.substr(units[s].byte_start, units[last].byte_end - units[s].byte_start);
      if (utf8::count_code_points(word) > 64) break;
      Stats& st = candidates_[std::string(word)];
      std::string pieces;
      for (size_t k = s; k <= last; k++) {
        if (k > s) pieces += '+';
        pieces.append(text.substr(units[k].byte_start, units[k].byte_end - units[k].byte_start))
            .append("/")
            .append(units[k].tags);
      }
      Split& split = st.splits[pieces];
      if (split.count == 0) {
        split.nouns = true;
        for (size_t k = s; k <= last; k++) {
          split.pieces.emplace_back(
              text.substr(units[k].byte_start, units[k].byte_end - units[k].byte_start));
          split.proper |= units[k].proper;
          split.nouns &= units[k].noun;
        }
      }
      split.count++;
      st.count++;
      const size_t next = last + 1;
      std::string follower = "END";
      if (next < units.size() && !units[next].space_before &&
          units[next].byte_start == units[last].byte_end)
        follower = next < e ? "+" : std::string(units[next].first_tag);
      st.followers[follower]++;
      if (options_.max_examples > 0) {
        // The smallest examples by value, not the first ones seen.
        std::string ex =
            snippet(text, units[s].byte_start, units[last].byte_end, options_.context_chars);
        const auto at = std::lower_bound(st.examples.begin(), st.examples.end(), ex);
        if ((at == st.examples.end() || *at != ex) &&
            (st.examples.size() < options_.max_examples || at != st.examples.end())) {
          st.examples.insert(at, std::move(ex));
          if (st.examples.size() > options_.max_examples) st.examples.pop_back();
        }
      }
    }
    s = e - 1;
  }
  if (candidates_.size() > options_.max_tracked) prune();
}

void WordDiscoverer::prune() {
  for (auto it = candidates_.begin(); it != candidates_.end();)
    it = it->second.count <= 1 ? candidates_.erase(it) : std::next(it);
}

std::vector<WordCandidate> WordDiscoverer::results() const {
  std::vector<WordCandidate> out;
  for (const auto& [word, st] : candidates_) {
    if (st.count < options_.min_count) continue;
    const double n = static_cast<double>(st.count);
    uint64_t boundary = 0;
    double entropy = 0;
    for (const auto& [tag, c] : st.followers) {
      if (is_boundary_follower(tag)) boundary += c;
      const double p = static_cast<double>(c) / n;
      entropy -= p * std::log2(p);
    }
    if (boundary == 0) continue;
    // The most frequent split; on a tie the smallest pieces string (never the first seen).
    auto chosen = st.splits.begin();
    for (auto it = st.splits.begin(); it != st.splits.end(); ++it)
      if (it->second.count > chosen->second.count) chosen = it;
    const Split& split = chosen->second;
    WordCandidate c;
    c.word = word;
    c.count = st.count;
    c.pieces = chosen->first;
    c.examples = st.examples;
    c.suggested_tag = split.proper ? "NNP" : "NNG";
    // Parts are suggested only when every one is also used on its own in the corpus: a split
    // at the wrong place gives dictionary nouns that never stand alone (배심원단 = 배심 + 원단,
    // 스타벅스 = 스타 + 벅스), and indexing those would make a search for 원단 find juries.
    // Only a split into real nouns is worth indexing by its parts (삼성물산 = 삼성 + 물산);
    // 딥 + 시크 is not.
    if (split.nouns) c.parts = split.pieces;
    for (const std::string& part : split.pieces) {
      const auto it = piece_uses_.find(part);
      if (it == piece_uses_.end() || it->second <= st.count) c.parts.clear();
    }
    // Uses of the first and last piece anywhere in the corpus (each occurrence of this run
    // counted one use of each, so the ratios are at most 1).
    const auto uses = [&](const std::string& piece) {
      const auto it = piece_uses_.find(piece);
      return it == piece_uses_.end() ? n : std::max(n, static_cast<double>(it->second));
    };
    c.cohesion = std::sqrt(n / uses(split.pieces.front()) * n / uses(split.pieces.back()));
    c.boundary = static_cast<double>(boundary) / n;
    c.entropy = entropy;
    const double branching = 0.5 + 0.5 * std::min(1.0, entropy / 1.5);
    c.score = std::log2(1 + n) * c.cohesion * c.boundary * branching;
    out.push_back(std::move(c));
  }
  std::sort(out.begin(), out.end(), [](const WordCandidate& a, const WordCandidate& b) {
    if (a.score != b.score) return a.score > b.score;
    if (a.count != b.count) return a.count > b.count;
    return a.word < b.word;
  });
  if (out.size() > options_.max_results) out.resize(options_.max_results);
  return out;
}

}  // namespace kornews
