// The word lattice of one piece of normalized text and its Viterbi best path. Node creation
// follows MeCab 0.996 exactly (dictionary words by common-prefix search, unknown words by
// char.def's invoke/group/length rules, the same tie-breaking order), so that with the space
// penalty off the best path equals MeCab's on the same dictionary.
#pragma once

#include <climits>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/dict/dict_format.h"
#include "core/dict/known_names.h"
#include "core/morph/left_nodes.h"

namespace kornews {

class Dictionary;
class KnownNames;
class UserLexicon;

// Node::entry of a word from the user lexicon: this bit plus the word's index there.
inline constexpr uint32_t kUserEntryBit = 0x80000000;
// Node::entry of a guessed loanword noun or mixed-script name (엑스AI), or of a listed name
// (core/dict/known_names.h): this bit plus the unknown-word entry of its class.
inline constexpr uint32_t kLoanwordEntryBit = 0x40000000;

struct Node {
  int32_t begin;     // first character (after skipped spaces), in the normalized piece
  int32_t end;       // one past the last character
  int32_t cost;      // cost of the best path from BOS through this node
  int32_t prev;      // best predecessor (node index), -1 for BOS
  int32_t end_next;  // next node ending at the same position (MeCab's enext order)
  uint32_t entry;    // dictionary entry index, or marked with kUserEntryBit / kLoanwordEntryBit
  uint16_t left_id, right_id;
  int32_t word_cost;  // entry cost plus the left-space penalty when it applies
};
// Whether spaces precede a node follows from its predecessor's end, and whether it is an
// unknown word from its entry (Dictionary::is_unknown_entry), so a node fits half a cache line.
static_assert(sizeof(Node) == 32);

class Lattice {
 public:
  // `guess_loanwords`: also offer runs of Hangul that look transliterated, and Hangul glued to
  // Latin letters or digits, as one proper noun (see add_loanwords, add_mixed_script_names);
  // off, node creation is MeCab's.
  Lattice(const Dictionary& dict, bool space_penalty, bool guess_loanwords);

  // Words added by the user, matched beside the dictionary's; nullptr for none.
  void set_user_lexicon(const UserLexicon* user) { user_ = user; }
  // Known names offered as one proper noun each (see add_listed_names); nullptr for none, which
  // is MeCab's node creation.
  void set_known_names(const KnownNames* names);

  // Fills `path` with the best path's nodes (BOS and EOS excluded), in text order. The pointers
  // stay valid until the next call.
  void best_path(const std::u32string& chars, std::vector<const Node*>& path);

  // The dictionary entry of a node that is neither a user word nor a guessed loanword.
  const dict::Entry& entry(const Node& node) const;

  // After best_path(): the entries [*first, *first + *count) of the dictionary word spelled by
  // the characters [begin, end) of that text, as the lattice's lookup found them; false when
  // the dictionary has no such word.
  bool dictionary_word(int32_t begin, int32_t end, uint32_t* first, uint32_t* count) const;

  // After best_path(): the cost of the best path, EOS included.
  int32_t best_cost() const { return best_cost_; }

  // The parts a search indexes beside listed name `index` (see parts_of_pieces), '\0'-joined;
  // known once the name was matched in a text this lattice analyzed, empty before and for none.
  std::string_view listed_name_parts(uint32_t index) const {
    return index < name_parts_.size() ? std::string_view(name_parts_[index]) : std::string_view();
  }

 private:
  void find_words();
  void lookup(int32_t pos);
  void add_node(int32_t pos, int32_t begin, int32_t end, uint32_t entry_index);
  void add_unknown(int32_t pos, int32_t begin, int32_t end, uint32_t category);
  void add_user_node(int32_t pos, int32_t begin, int32_t end, uint32_t index);
  // Out of line, as the rest of the listed names' code: inlined, it made best_path too big for
  // GCC to inline connect() and Node's push_back there (20% slower analysis).
  void add_listed_names(int32_t begin, size_t first_user_node);
  int32_t listed_name_cost(uint32_t index, int32_t begin, int32_t end, const dict::UserContext& c);
  std::string parts_of_pieces() const;
  void add_loanwords(int32_t begin);
  void add_mixed_script_names(int32_t begin);
  bool counter_at(int32_t pos) const;
  void connect(int32_t pos);
  bool is_space(char32_t cp) const;

  const Dictionary& dict_;
  const bool space_penalty_;
  const UserLexicon* user_ = nullptr;
  const KnownNames* names_ = nullptr;
  // Contexts of a proper noun ending without / with a final consonant, for listed names.
  const dict::UserContext* name_context_[2] = {nullptr, nullptr};
  // Contexts of a proper noun ending without / with a final consonant; null when not guessing.
  const dict::UserContext* loanword_context_[2] = {nullptr, nullptr};
  const std::u32string* chars_ = nullptr;
  int32_t size_ = 0;
  std::vector<Node> nodes_;
  // Dictionary words found by find_words(): hits_[hits_at_[p] .. hits_at_[p + 1]) start at p.
  struct Hit {
    int32_t end;
    uint32_t first, count;  // entries of the word found
  };
  struct Found {
    int32_t begin;
    Hit hit;
  };
  std::vector<Found> found_;
  std::vector<Hit> hits_;
  std::vector<int32_t> name_ends_;  // scratch of add_mixed_script_names
  std::vector<KnownNames::Match> listed_;  // scratch of add_listed_names
  // Per listed name: its word cost, computed at its first match (listed_name_cost); kNoCost until
  // then. `pieces_` analyzes a name alone, without the list, for that.
  static constexpr int32_t kNoCost = INT32_MIN;
  std::vector<int32_t> name_costs_;
  std::vector<std::string> name_parts_;
  std::unique_ptr<Lattice> pieces_;
  std::u32string piece_text_;
  std::vector<const Node*> piece_path_;
  int32_t best_cost_ = 0;
  // False in pieces_: no loanword or mixed-script guess spans the whole text.
  bool guess_whole_ = true;
  std::vector<size_t> hits_at_;
  std::vector<int32_t> end_head_;  // per position: last node ending there, -1 if none
  // Per position: the least cost plus dearest connection of a node ending there (see connect).
  std::vector<int32_t> end_bound_;
  size_t pending_begin_ = 0;  // nodes_[pending_begin_..] start at the current position
  uint32_t space_mask_ = 0;

  // Per connect(): the nodes ending at the position that can still win there.
  LeftNodes lefts_;
  // Scratch tables indexed by context id, valid while their stamp equals stamp_.
  struct Slot {
    uint32_t stamp = 0;
    int32_t value = 0;
  };
  uint32_t stamp_ = 0;
  std::vector<Slot> left_id_slots_;  // left id -> best predecessor found for it
  std::vector<int32_t> best_costs_;  // left id -> cost through that predecessor
};

}  // namespace kornews
