// Counts of many terms in bounded memory: a Space-Saving summary pruned in batches.
//
// Up to 2 x capacity terms are counted exactly; when that fills, the summary keeps the
// `capacity` largest counts (ties by term, so the choice never depends on arrival order between
// equal counts) and remembers the largest count it dropped, `floor`. A term arriving later
// starts from floor + 1 with error floor: its true count lies in [count - error, count], as in
// Space-Saving (Metwally et al. 2005), and a term with a true count above the floor is never
// lost. Until the first prune every count is exact (floor 0). Two summaries merge (the
// combine function of ko_top_terms) by adding counts, a term missing from one side taking that
// side's floor, which keeps the same guarantee.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace kornews::analytics {

struct TermCount {
  std::string term;
  int64_t count = 0;  // an upper bound; exact when error is 0
  int64_t error = 0;  // count - error <= the true count
};

class TermSketch {
 public:
  explicit TermSketch(size_t capacity = 1000) : capacity_(capacity < 1 ? 1 : capacity) {}

  void add(std::string_view term, int64_t n = 1);
  void merge(const TermSketch& other);

  // The k largest counts, largest first, ties by term.
  std::vector<TermCount> top(size_t k) const;
  // The count of one term (upper bound) and its error; {0, floor} when it is not held.
  TermCount lookup(const std::string& term) const;

  bool exact() const { return floor_ == 0; }
  int64_t floor() const { return floor_; }
  size_t capacity() const { return capacity_; }
  size_t size() const { return counts_.size(); }
  // Bytes held, roughly: for reports of peak memory.
  size_t memory_bytes() const;

  // A byte string for the aggregate's serial function, and back; Deserialize throws
  // kornews::Error on bytes it did not write.
  std::string Serialize() const;
  static TermSketch Deserialize(std::string_view bytes);

 private:
  struct Counter {
    int64_t count = 0, error = 0;
  };
  void Prune();

  size_t capacity_;
  int64_t floor_ = 0;
  std::unordered_map<std::string, Counter> counts_;
};

}  // namespace kornews::analytics
