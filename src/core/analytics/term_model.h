// How common a term is: the number of documents of a collection it occurs in, and the size of
// the collection. Two of them weigh keywords: the background model shipped with the extension
// (data/kornews_terms.tsv, built by `kornews build-term-model` from the team's news sentences),
// and optionally the statistics of the user's own collection (kornews.term_stats).
//
// File format (text, UTF-8): a header line
//   #kornews-term-model<TAB>1<TAB>docs=N<TAB>min_df=M
// then one `term<TAB>df` line per term (terms seen in fewer than M documents are left out and
// read as df 0).
#pragma once

#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/analytics/term_candidates.h"

namespace kornews::analytics {

class TermModel {
 public:
  uint64_t docs() const { return docs_; }
  uint64_t min_df() const { return min_df_; }
  size_t size() const { return df_.size(); }
  uint64_t df(const std::string& term) const {
    const auto it = df_.find(term);
    return it == df_.end() ? 0 : it->second;
  }
  void set_docs(uint64_t docs) { docs_ = docs; }
  void set_min_df(uint64_t m) { min_df_ = m; }
  void set(std::string term, uint64_t df) { df_[std::move(term)] = df; }

  // Weight of a term in [0, 1]: its inverse document frequency ln((N+1)/(df+1)) over the
  // largest one, ln(N+1). 1 for a term never seen; 1 for every term of an empty model.
  double idf(const std::string& term) const;

  // Throws kornews::Error naming the file when it cannot be read or is not a term model.
  static TermModel Load(const std::string& path);
  static TermModel Parse(std::istream& in, const std::string& name);
  // Terms in byte order, so the file is reproducible.
  void Write(std::ostream& out) const;

 private:
  uint64_t docs_ = 0, min_df_ = 1;
  std::unordered_map<std::string, uint64_t> df_;
};

// Counts document frequencies: add each document's terms, then finish().
class TermModelBuilder {
 public:
  void add_document(const std::vector<TermOccurrence>& terms);
  uint64_t docs() const { return docs_; }
  // The model of the documents added so far, without the terms seen in fewer than `min_df`.
  TermModel finish(uint64_t min_df) const;

 private:
  uint64_t docs_ = 0;
  std::unordered_map<std::string, uint64_t> df_;
  std::unordered_set<std::string> seen_;  // the current document's terms (reused)
};

}  // namespace kornews::analytics
