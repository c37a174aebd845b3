#include "core/morph/lattice.h"

#include <algorithm>
#include <climits>

#include "core/dict/dictionary.h"
#include "core/dict/known_names.h"
#include "core/dict/user_lexicon.h"
#include "core/error.h"
#include "core/morph/loanword.h"
#include "core/morph/mixed_script.h"
#include "core/text/u32_text.h"
#include "core/text/utf8.h"

namespace kornews {
namespace {

// MeCab's default max-grouping-size: a run of one character class longer than this gets no
// grouped unknown word.
constexpr uint32_t kMaxGroupingSize = 24;

// The word cost of a listed name (Lattice::listed_name_cost): kListedNameMargin below the best
// reading of its pieces alone, and at most kListedNameCost. Measured (issue 14) on
// eval/names_whole.sh, UD GSD dev (eval/morph.sh) and the news sentences, reading the lines that
// change: a flat cost alone either joins names into the start of longer words (세종대|왕 at 2000,
// 경호처|럼 at -2000) or, at 4000, leaves names of common nouns split (국가 정보원, 개성 공단);
// the margin alone leaves names split where their context favours the pieces more than alone
// does (SK텔레콤은, 인스타그램에). Both together: 36/40 names whole, 20/20 controls, tag-F1 as
// without the list (90.25), 1170 of 11435 news lines changed, nearly all a name joined.
constexpr int32_t kListedNameMargin = 1000;
constexpr int32_t kListedNameCost = 4000;

[[noreturn]] void corrupt_entry(const Dictionary& dict) {
  throw DictionaryError("kornews dictionary \"" + dict.path() + "\" is corrupt: entry out of range",
                        "Rebuild and reinstall the dictionary (make && make install).");
}

}  // namespace

Lattice::Lattice(const Dictionary& dict, bool space_penalty, bool guess_loanwords)
    : dict_(dict),
      space_penalty_(space_penalty),
      space_mask_(dict.char_class(U' ').category_mask),
      left_id_slots_(dict.left_id_count()),
      best_costs_(dict.left_id_count()) {
  name_context_[0] = dict.user_context("NNP", 'F');
  name_context_[1] = dict.user_context("NNP", 'T');
  if (guess_loanwords) {
    loanword_context_[0] = name_context_[0];
    loanword_context_[1] = name_context_[1];
  }
}

bool Lattice::is_space(char32_t cp) const {
  return (dict_.char_class(cp).category_mask & space_mask_) != 0;
}

const dict::Entry& Lattice::entry(const Node& node) const {
  return dict_.entries()[node.entry];
}

bool Lattice::dictionary_word(int32_t begin, int32_t end, uint32_t* first, uint32_t* count) const {
  if (begin < 0 || begin >= size_ || end <= begin || end > size_) return false;
  for (size_t h = hits_at_[begin]; h < hits_at_[begin + 1]; ++h) {
    if (hits_[h].end == end) {
      *first = hits_[h].first, *count = hits_[h].count;
      return true;
    }
  }
  return false;
}

// Flattened (everything it calls inlined, but the listed names' code, which is out of line): with
// that code in the library GCC stopped inlining connect() and Node's push_back here, and the
// analysis was 10-20% slower (kornews_bench).
[[gnu::flatten]] void Lattice::best_path(const std::u32string& chars,
                                         std::vector<const Node*>& path) {
  chars_ = &chars;
  size_ = static_cast<int32_t>(chars.size());
  nodes_.clear();
  end_head_.assign(chars.size() + 1, -1);
  end_bound_.assign(chars.size() + 1, INT32_MAX);
  path.clear();

  find_words();
  nodes_.push_back(Node{0, 0, 0, -1, -1, 0, 0, 0, 0});  // BOS
  end_head_[0] = 0;
  for (int32_t pos = 0; pos < size_; ++pos) {
    if (end_head_[pos] < 0) continue;  // no path reaches here
    pending_begin_ = nodes_.size();
    lookup(pos);
    connect(pos);
  }

  // EOS joins the last position any node ends at (trailing spaces make no nodes).
  int32_t last = size_;
  while (end_head_[last] < 0) --last;
  int32_t best = INT32_MAX, best_index = -1;
  const int16_t* row = dict_.matrix_row(0);
  for (int32_t l = end_head_[last]; l >= 0; l = nodes_[l].end_next) {
    const int32_t cost = nodes_[l].cost + row[nodes_[l].right_id];
    if (cost < best) best = cost, best_index = l;
  }
  best_cost_ = best;
  for (int32_t i = best_index; i > 0; i = nodes_[i].prev) path.push_back(&nodes_[i]);
  std::reverse(path.begin(), path.end());
}

void Lattice::find_words() {
  const std::u32string& chars = *chars_;
  const dict::TrieUnit* trie = dict_.trie();
  const uint32_t trie_size = dict_.trie_size();
  const dict::Entry* entries = dict_.entries();
  found_.clear();

  // Several walks advance in turn, each asking for the unit of its next step before the others
  // take theirs, so the cache misses of a dozen walks overlap instead of queueing.
  struct Walk {
    int32_t begin, next;  // where the word starts; the character to read next
    uint32_t state;
  };
  constexpr int kWalks = 12;
  Walk walks[kWalks];
  int active = 0;
  int32_t unstarted = 0;
  const auto start = [&](Walk& w) {
    while (unstarted < size_ && is_space(chars[unstarted])) ++unstarted;
    if (unstarted >= size_) return false;
    w = Walk{unstarted, unstarted, 0};
    ++unstarted;
    return true;
  };
  while (active < kWalks && start(walks[active])) ++active;
  while (active > 0) {
    for (int i = 0; i < active;) {
      Walk& w = walks[i];
      if (w.next >= size_ || !dict_.step(w.state, chars[w.next])) {
        if (!start(w)) w = walks[--active];
        continue;  // the walk now in slot i (if any) takes its first step next
      }
      ++w.next;
      uint32_t first = 0, count = 0;
      if (dict_.word_at(w.state, &first, &count)) {
        __builtin_prefetch(entries + first);
        found_.push_back(Found{w.begin, Hit{w.next, first, count}});
      }
      if (w.next < size_) {
        const uint32_t ahead =
            static_cast<uint32_t>(trie[w.state].base) + dict_.char_code(chars[w.next]);
        if (ahead < trie_size) __builtin_prefetch(trie + ahead);
      }
      ++i;
    }
  }

  // Group the hits by starting position, keeping each position's order (shortest first).
  hits_at_.assign(chars.size() + 2, 0);
  for (const Found& f : found_) ++hits_at_[f.begin + 2];
  for (size_t p = 2; p < hits_at_.size(); ++p) hits_at_[p] += hits_at_[p - 1];
  hits_.resize(found_.size());
  for (const Found& f : found_) hits_[hits_at_[f.begin + 1]++] = f.hit;
}

void Lattice::lookup(int32_t pos) {
  const std::u32string& chars = *chars_;
  int32_t begin = pos;
  while (begin < size_ && is_space(chars[begin])) ++begin;
  if (begin == size_) return;

  // Dictionary words starting here, found beforehand by find_words(). The entries of the words
  // two characters on are fetched into the nearest cache now, for when we get there.
  if (begin + 2 < size_) {
    for (size_t h = hits_at_[begin + 2]; h < hits_at_[begin + 3]; ++h) {
      __builtin_prefetch(dict_.entries() + hits_[h].first);
    }
  }
  const size_t first_hit = hits_at_[begin], last_hit = hits_at_[begin + 1];
  for (size_t h = first_hit; h < last_hit; ++h) {
    const Hit& hit = hits_[h];
    for (uint32_t k = 0; k < hit.count; ++k) add_node(pos, begin, hit.end, hit.first + k);
  }
  const size_t first_user_node = nodes_.size();
  if (user_) {
    user_->match(chars, begin,
                 [&](int32_t end, uint32_t index) { add_user_node(pos, begin, end, index); });
  }
  const bool found = nodes_.size() > pending_begin_;
  // A listed name starts a word: not in the middle of a run of Hangul (most positions).
  if (names_ && begin + 1 < size_ && names_->may_start(chars[begin], chars[begin + 1]) &&
      !(begin > 0 && text::is_hangul_syllable(chars[begin - 1]) &&
        text::is_hangul_syllable(chars[begin])))
    add_listed_names(begin, first_user_node);
  if (loanword_context_[0] && loanword_context_[1]) {
    add_loanwords(begin);
    add_mixed_script_names(begin);
  }

  // Unknown words, by the rules of char.def for the first character's class.
  const dict::CharClass& cls = dict_.char_class(chars[begin]);
  if (found && !cls.invoke) return;
  const auto same_class = [&](int32_t i) {
    return (cls.category_mask & dict_.char_class(chars[i]).category_mask) != 0;
  };
  int32_t end = begin + 1;
  int32_t group_end = -1;
  if (cls.group) {
    int32_t e = end;
    while (e < size_ && same_class(e)) ++e;
    if (static_cast<uint32_t>(e - end) <= kMaxGroupingSize) {
      add_unknown(pos, begin, e, cls.default_category);
    }
    group_end = e;
  }
  for (uint32_t i = 1; i <= cls.length; ++i) {
    if (end == group_end) continue;  // already added as the group
    add_unknown(pos, begin, end, cls.default_category);
    if (end >= size_ || !same_class(end)) break;
    ++end;
  }
  if (nodes_.size() == pending_begin_) add_unknown(pos, begin, end, cls.default_category);
}

void Lattice::add_unknown(int32_t pos, int32_t begin, int32_t end, uint32_t category) {
  uint32_t count = 0;
  const dict::Entry* entries = dict_.unknown_entries(category, &count);
  const auto first = static_cast<uint32_t>(entries - dict_.entries());
  for (uint32_t k = 0; k < count; ++k) add_node(pos, begin, end, first + k);
}

void Lattice::add_node(int32_t pos, int32_t begin, int32_t end, uint32_t entry_index) {
  const dict::Entry& e = dict_.entries()[entry_index];
  if (e.left_id >= dict_.left_id_count() || e.right_id >= dict_.right_id_count()) {
    corrupt_entry(dict_);
  }
  int32_t word_cost = e.cost;
  if (space_penalty_ && begin > pos) word_cost += dict_.space_penalty(e.pos_id);
  nodes_.push_back(Node{begin, end, 0, -1, -1, entry_index, e.left_id, e.right_id, word_cost});
}

void Lattice::add_user_node(int32_t pos, int32_t begin, int32_t end, uint32_t index) {
  const UserLexicon::Contexts& c = user_->contexts(index);
  int32_t word_cost = c.cost;
  if (space_penalty_ && begin > pos) word_cost += dict_.space_penalty(c.pos_id);
  nodes_.push_back(
      Node{begin, end, 0, -1, -1, kUserEntryBit | index, c.left_id, c.right_id, word_cost});
}

// A name of the list of known names that the dictionary lacks (스노우플레이크, 보건복지위원회,
// SK텔레콤) is offered as one proper noun where the text spells it as a word (KnownNames::match),
// at a cost that beats the chain of pieces the dictionary has for it (listed_name_cost). A user
// word with the same span (nodes_[first_user_node..]) replaces it: the user's word and tag win
// over the list's.
void Lattice::set_known_names(const KnownNames* names) {
  if (names != names_) {
    name_costs_.assign(names ? names->size() : 0, kNoCost);
    name_parts_.assign(names ? names->size() : 0, std::string());
  }
  names_ = names;
}

// The word cost of listed name `index`, spelled by [begin, end): such that, alone between BOS and
// EOS, it is kListedNameMargin cheaper than the best path over the same text without the list
// (the dictionary's pieces, or a guessed loanword), and no more than kListedNameCost. So it wins
// where the text reads as its pieces, and loses where a word runs across its edges far more
// cheaply than its pieces would (세종대왕 is 세종 + 대왕, not the listed 세종대 + 왕; 경호처럼 is
// 경호 + 처럼). Computed once per name and analyzer, at its first match.
[[gnu::noinline]] int32_t Lattice::listed_name_cost(uint32_t index, int32_t begin, int32_t end,
                                  const dict::UserContext& c) {
  int32_t& cost = name_costs_[index];
  if (cost != kNoCost) return cost;
  if (!pieces_) {
    pieces_ = std::make_unique<Lattice>(dict_, space_penalty_, loanword_context_[0] != nullptr);
    pieces_->guess_whole_ = false;  // the name read as pieces, not guessed as one word again
  }
  piece_text_.assign(*chars_, static_cast<size_t>(begin), static_cast<size_t>(end - begin));
  pieces_->best_path(piece_text_, piece_path_);
  const int32_t alone = dict_.matrix_row(c.left_id)[0] + dict_.matrix_row(0)[c.right_id];
  const int64_t wanted = int64_t{pieces_->best_cost()} - alone - kListedNameMargin;
  cost = static_cast<int32_t>(std::clamp<int64_t>(wanted, -100000, kListedNameCost));
  name_parts_[index] = parts_of_pieces();
  return cost;
}

// After pieces_->best_path() on a listed name alone: the parts a search indexes beside the whole
// name (listed_name_parts). Only where every piece is a noun (NNG, NNP, a guessed loanword) or
// letters and digits, so the name is still found by the words it was found by before the list
// (보건복지위원회 -> 보건, 복지, 위원회, 위원; SK텔레콤 -> SK, 텔레콤), but not by a word a
// transliteration only happens to contain (에어버스 = 에/IC 어/IC 버스: no parts, not 버스).
// Adjacent letters and digits are one part (S25); a one-character noun is not indexed itself; a
// dictionary compound gives itself and its parts (인천국제공항 -> 인천, 국제공항, 국제, 공항), so
// that a query for the name, which asks for the whole and every part, still finds a text that
// reads it as pieces.
[[gnu::noinline]] std::string Lattice::parts_of_pieces() const {
  if (piece_path_.size() < 2) return {};
  std::string parts;
  bool alnum_run = false;  // the last part is letters and digits, which more may join
  for (const Node* node : piece_path_) {
    std::string_view tag = "NNP";  // a guessed loanword
    if (!(node->entry & kLoanwordEntryBit)) {
      const dict::Entry& e = dict_.entries()[node->entry];
      if (e.kind() == dict::EntryKind::kInflect) return {};
      tag = dict_.tag(e.index());
    }
    const bool alnum = tag == "SL" || tag == "SN";
    if (!alnum && tag != "NNG" && tag != "NNP") return {};
    if (!alnum && node->end - node->begin < 2) {
      alnum_run = false;
      continue;
    }
    if (!(alnum && alnum_run) && !parts.empty()) parts.push_back('\0');
    alnum_run = alnum;
    for (int32_t k = node->begin; k < node->end; ++k) utf8::append(parts, piece_text_[k]);
    // A dictionary compound also gives its own parts (국제공항 -> 국제, 공항): a text that reads
    // the name as pieces may split it further, and a search for the compound alone (위원회 in
    // 보건복지위원회) must still find the name kept whole.
    const std::string_view compound_parts =
        node->entry & kLoanwordEntryBit ? std::string_view() : dict_.search_parts(node->entry);
    if (!compound_parts.empty()) {
      parts.push_back('\0');
      parts.append(compound_parts);
      alnum_run = false;
    }
  }
  return parts;
}

[[gnu::noinline]] void Lattice::add_listed_names(int32_t begin, size_t first_user_node) {
  if (name_context_[0] == nullptr || name_context_[1] == nullptr) return;
  const std::u32string& chars = *chars_;
  listed_.clear();
  names_->match(chars.data(), size_, begin, listed_);
  if (listed_.empty()) return;
  uint32_t count = 0;
  const dict::Entry* unknown =
      dict_.unknown_entries(dict_.char_class(chars[begin]).default_category, &count);
  const auto entry = kLoanwordEntryBit | static_cast<uint32_t>(unknown - dict_.entries());
  const size_t last_user_node = nodes_.size();
  for (const KnownNames::Match& m : listed_) {
    bool user_word = false;
    for (size_t k = first_user_node; k < last_user_node; ++k)
      user_word |= (nodes_[k].entry & kUserEntryBit) && nodes_[k].end == m.end;
    if (user_word) continue;
    const char32_t last = chars[m.end - 1];
    const bool final_consonant = text::is_hangul_syllable(last)
                                     ? (last - 0xAC00) % 28 != 0
                                     : mixed_script::read_with_final_consonant(last);
    const dict::UserContext& c = *name_context_[final_consonant ? 1 : 0];
    const int32_t cost = listed_name_cost(m.index, begin, m.end, c);
    // resize(), not push_back(): one more call site of push_back counts against GCC inlining it
    // at the hot ones (add_node).
    nodes_.resize(nodes_.size() + 1);
    nodes_.back() = Node{begin, m.end, 0, -1, -1, entry, c.left_id, c.right_id, cost};
  }
}

// A foreign name the dictionary lacks comes out of it as rare native pieces (딥시크 -> 딥 + 시크,
// 어센드 -> 어/IC + 센/VA + 드). So at the start of an eojeol, each longer stretch of its Hangul
// run that transliteration could have written, with at least one syllable typical of it, is
// also offered as one proper noun, at a cost that a single dictionary word beats and a chain of
// rare pieces does not. Not offered: a stretch that is a dictionary word itself (디자인), one
// that starts with a compound of dictionary words with at least one of three or more syllables
// (로봇 + 청소기), and one that ends inside such a word (레스토|랑). Two-syllable entries alone do
// not count: they are too often fragments (엔비 + 디아 would otherwise hide 엔비디아).
void Lattice::add_loanwords(int32_t begin) {
  constexpr int32_t kMinChars = 3, kMaxChars = 10;
  constexpr int32_t kBaseCost = 3000, kCostPerChar = 300;
  const std::u32string& chars = *chars_;
  if (begin > 0 && text::is_hangul_syllable(chars[begin - 1])) return;  // inside an eojeol

  int32_t run = begin;
  int32_t first_foreign = -1;  // length of the shortest stretch with a foreign syllable
  while (run < size_ && run - begin < kMaxChars) {
    const loanword::Cue cue = loanword::cue(chars[run], run == begin);
    if (cue == loanword::Cue::kImpossible) break;
    if (cue == loanword::Cue::kForeign && first_foreign < 0) first_foreign = run + 1 - begin;
    ++run;
  }
  if (run - begin < kMinChars || first_foreign < 0) return;
  // Bit i: [begin, begin + i) is a dictionary word (`known`); is spelled by words of two or more
  // syllables (`spelled`), at least one of them three or more (`covered`); or a word of three
  // or more syllables runs across begin + i (`crossed`), or one of two (`crossed_short`: that
  // only counts when more than a particle follows, 엔비디아|의 is fine, 핑크리본사|랑마라톤 not).
  uint32_t known = 0, spelled = 1, covered = 0, crossed = 0, crossed_short = 0;
  int32_t eojeol_end = run;
  while (eojeol_end < size_ && text::is_hangul_syllable(chars[eojeol_end])) ++eojeol_end;
  for (int32_t p = begin; p < run; ++p) {
    const int32_t at = p - begin;
    for (size_t h = hits_at_[p]; h < hits_at_[p + 1]; ++h) {
      const int32_t end = hits_[h].end, length = end - p;
      if (length < 2) continue;
      if (end <= run) {
        if (p == begin) known |= 1u << (end - begin);
        if (spelled >> at & 1) spelled |= 1u << (end - begin);
        if ((covered >> at & 1) || (length >= 3 && spelled >> at & 1))
          covered |= 1u << (end - begin);
      }
      const int32_t last_inside = std::min(end - 1, run) - begin;  // boundaries p+1 .. end-1
      (length >= 3 ? crossed : crossed_short) |= ((2u << last_inside) - 1) & ~((2u << at) - 1);
    }
  }

  uint32_t count = 0;
  const dict::Entry* unknown =
      dict_.unknown_entries(dict_.char_class(chars[begin]).default_category, &count);
  const auto entry = kLoanwordEntryBit | static_cast<uint32_t>(unknown - dict_.entries());
  for (int32_t end = begin + 1; end <= run; ++end) {
    const int32_t length = end - begin;
    if (length < std::max(kMinChars, first_foreign) || (known | crossed) >> length & 1) continue;
    if (covered & ((2u << length) - 1)) break;  // it and all longer ones start with a compound
    if (crossed_short >> length & 1 && eojeol_end - end > 2) continue;
    if (loanword::ends_in_particle_or_suffix(chars.data() + begin, length)) continue;
    if (!guess_whole_ && begin == 0 && end == size_) continue;
    const dict::UserContext& c = *loanword_context_[(chars[end - 1] - 0xAC00) % 28 != 0];
    nodes_.push_back(Node{begin, end, 0, -1, -1, entry, c.left_id, c.right_id,
                          kBaseCost + kCostPerChar * length});
  }
}

// A name written in Hangul and then letters or digits (엑스AI, 갤럭시S25; mixed_script.h) is
// offered as one proper noun at a cost below that of its pieces, so that it wins whenever the
// rules of mixed_script.h let it be offered; a particle after it still splits off.
void Lattice::add_mixed_script_names(int32_t begin) {
  constexpr int32_t kCost = -2000;
  const std::u32string& chars = *chars_;
  if (!text::is_hangul_syllable(chars[begin])) return;
  // Most eojeols are Hangul then a particle or a space: settle them before anything else.
  int32_t p = begin;
  while (p < size_ && text::is_hangul_syllable(chars[p])) ++p;
  if (p >= size_ || !text::is_ascii_alnum(chars[p])) return;
  name_ends_.clear();
  mixed_script::name_ends(chars.data(), size_, begin,
                          [this](int32_t at) { return counter_at(at); }, name_ends_);
  if (name_ends_.empty()) return;
  uint32_t count = 0;
  const dict::Entry* unknown =
      dict_.unknown_entries(dict_.char_class(chars[begin]).default_category, &count);
  const auto entry = kLoanwordEntryBit | static_cast<uint32_t>(unknown - dict_.entries());
  for (const int32_t end : name_ends_) {
    if (!guess_whole_ && begin == 0 && end == size_) continue;
    const dict::UserContext& c =
        *loanword_context_[mixed_script::read_with_final_consonant(chars[end - 1]) ? 1 : 0];
    nodes_.push_back(Node{begin, end, 0, -1, -1, entry, c.left_id, c.right_id, kCost});
  }
}

// Whether a counter or numeral of the dictionary (시 개 명 분기 억: NNBC, NNB, NR) starts at
// `pos`.
bool Lattice::counter_at(int32_t pos) const {
  if (pos < 0 || pos >= size_) return false;
  const dict::Entry* entries = dict_.entries();
  for (size_t h = hits_at_[pos]; h < hits_at_[pos + 1]; ++h) {
    for (uint32_t k = 0; k < hits_[h].count; ++k) {
      const dict::Entry& e = entries[hits_[h].first + k];
      if (e.kind() == dict::EntryKind::kInflect) continue;  // index() is no tag there
      const std::string_view tag = dict_.tag(e.index());
      if (tag == "NNBC" || tag == "NNB" || tag == "NR") return true;
    }
  }
  return false;
}

void Lattice::connect(int32_t pos) {
  if (++stamp_ == 0) {  // wrapped: forget every slot
    std::fill(left_id_slots_.begin(), left_id_slots_.end(), Slot{});
    stamp_ = 1;
  }
  // The nodes ending here, in MeCab's list order, copied into a compact array once. A node
  // whose cost plus its cheapest possible connection exceeds another's cost plus that one's
  // dearest connection loses to it before every follower, so it is left out (this drops about
  // a third of them on news text; the order of the rest, which settles ties, is kept).
  const int32_t bound = end_bound_[pos];
  lefts_.clear();
  for (int32_t l = end_head_[pos]; l >= 0; l = nodes_[l].end_next) {
    const Node& left = nodes_[l];
    if (left.cost + dict_.column_min(left.right_id) <= bound) {
      lefts_.push_back(left.cost, left.right_id, l);
    }
  }

  // MeCab keeps the new nodes on a stack, so it connects them last-created first; that order
  // decides ties between equal-cost paths later on. Nodes with the same left id share the best
  // predecessor, computed once: the first of the cheapest, by a branch-free scan.
  for (size_t r = nodes_.size(); r-- > pending_begin_;) {
    Node& node = nodes_[r];
    Slot& slot = left_id_slots_[node.left_id];
    if (slot.stamp != stamp_) {
      // Each candidate as one key, cost in the high half and slot in the low half: the
      // smallest key is the first of the cheapest. Two independent minima halve the chain.
      const int16_t* row = dict_.matrix_row(node.left_id);
      const auto key = [&](size_t k) {
        return static_cast<int64_t>(lefts_.cost[k] + row[lefts_.right_id[k]]) * (int64_t{1} << 32) +
               static_cast<int64_t>(k);
      };
      int64_t even = INT64_MAX, odd = INT64_MAX;
      size_t k = 0;
      for (; k + 1 < lefts_.size; k += 2) {
        even = std::min(even, key(k));
        odd = std::min(odd, key(k + 1));
      }
      if (k < lefts_.size) even = std::min(even, key(k));
      const int64_t best = std::min(even, odd);
      slot = Slot{stamp_, lefts_.node[static_cast<size_t>(best & 0xFFFFFFFF)]};
      best_costs_[node.left_id] =
          static_cast<int32_t>((best - (best & 0xFFFFFFFF)) / (int64_t{1} << 32));
    }
    node.cost = best_costs_[node.left_id] + node.word_cost;
    node.prev = slot.value;
    node.end_next = end_head_[node.end];
    end_head_[node.end] = static_cast<int32_t>(r);
    end_bound_[node.end] =
        std::min(end_bound_[node.end], node.cost + dict_.column_max(node.right_id));
  }
}

}  // namespace kornews
