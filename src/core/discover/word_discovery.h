// Discovery of new words: strings the analyzer splits into pieces but a corpus uses as one unit
// (딥시크 = 딥 + 시크, 엔비디아 = 엔 + 비디아), proposed for the user dictionary.
//
// A candidate is a run of two or more noun-like pieces (nouns, unknown words, Latin letters,
// Hanja, roots, and one-syllable odd pieces such as 딥/IC that only a mis-split produces) that
// starts an eojeol (a space-separated unit) and is written without a space. It is scored by
//   * frequency: log2(1 + count);
//   * cohesion: how much of each end piece's use is inside this run --
//     sqrt(count/uses(first piece) * count/uses(last piece)), 1 when the pieces never occur
//     apart (the geometric form of soynlp's/Kiwi's cohesion, taken from both ends);
//   * right boundary: the share of occurrences after which the eojeol ends or a particle,
//     copula, 하다-suffix or punctuation follows -- what follows a whole word -- rather than
//     another piece (then the run is only the start of a longer word);
//   * right branching entropy of what follows (a word is followed by many particles; a fragment
//     by one), as a factor between 0.5 and 1.
// Pure C++: the CLI (`kornews discover`) and SQL (kornews.ko_discover_words) feed it texts.
#pragma once

#include <cstddef>
#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kornews {

class Analyzer;
struct Morpheme;

struct DiscoveryOptions {
  uint64_t min_count = 5;     // occurrences a candidate needs to be reported
  size_t max_results = 100;   // best candidates returned
  size_t max_pieces = 6;      // longest run considered, in pieces
  size_t max_examples = 3;    // contexts kept per candidate
  size_t context_chars = 20;  // characters each side of an example
  // Candidates tracked before those seen once are dropped (bounds memory on a large corpus;
  // a word first seen after that point can then be undercounted by its early occurrences, and
  // only then do the results depend on the order of the texts).
  size_t max_tracked = 2000000;
};

struct WordCandidate {
  std::string word;
  double score = 0;
  uint64_t count = 0;
  std::string suggested_tag;  // NNP or NNG
  std::string pieces;         // the analyzer's split, e.g. 딥/NNG+시크/NNG
  // Suggested decomposition: the pieces, when all are nouns of 2+ characters that the corpus
  // also uses on their own; else empty.
  std::vector<std::string> parts;
  std::vector<std::string> examples;
  double cohesion = 0, boundary = 0, entropy = 0;  // the score's factors, for review
};

class WordDiscoverer {
 public:
  explicit WordDiscoverer(DiscoveryOptions options = {});

  // Analyzes one text (a sentence, an article) and counts its candidates.
  void add(Analyzer& analyzer, std::string_view text);

  // The best candidates with count >= min_count, best first.
  std::vector<WordCandidate> results() const;

  uint64_t texts() const { return texts_; }

 private:
  struct Unit;  // one written span: a morpheme, or the pieces of an inflected form
  // One way the analyzer split a candidate (the same string can be split differently in
  // different contexts).
  struct Split {
    uint64_t count = 0;
    std::vector<std::string> pieces;  // written pieces
    bool nouns = false;               // all of them nouns of 2+ characters
    bool proper = false;
  };
  // Everything here is independent of the order in which texts arrive, so that the same rows
  // give the same results however a query (or a Citus cluster) returns them: the split
  // reported is the most frequent one (ties: the smallest pieces string), the examples are the
  // smallest ones by value.
  struct Stats {
    uint64_t count = 0;
    std::map<std::string, uint64_t> followers;  // tag of what follows, END, or + (a piece)
    std::map<std::string, Split> splits;        // pieces string (딥/NNG+시크/NNG) -> split
    std::vector<std::string> examples;          // sorted, at most max_examples
  };
  void prune();

  DiscoveryOptions options_;
  uint64_t texts_ = 0;
  std::unordered_map<std::string, Stats> candidates_;
  std::unordered_map<std::string, uint64_t> piece_uses_;  // written piece -> occurrences
};

}  // namespace kornews
