// Backend-local state shared by the analytics functions (analytics_*.cpp): the shipped term
// model, the stop words of kornews.stopwords as of this statement, the term statistics of a
// user collection (kornews.term_stats), and the one routine that turns a text into its terms.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/analytics/term_candidates.h"
#include "pg/postgres_headers.h"

namespace kornews::analytics {
class StopWords;
class TermModel;
}  // namespace kornews::analytics

namespace kornews::ner {
class Gazetteer;
}

namespace kn {

// PostgreSQL side (may ereport): the stop words as of this statement, read again when
// kornews.stopwords changed (user_tables.h); the pointer stays valid until the next call.
const kornews::analytics::StopWords* CurrentStopWords();

// PostgreSQL side: where the shipped model is ($sharedir/tsearch_data/kornews_terms.tsv).
const char* TermModelPath();

// C++ side (may throw kornews::Error; only inside kn::Guarded()): the shipped model, read once
// per backend from `path`.
const kornews::analytics::TermModel& BackendTermModel(const char* path);

// PostgreSQL side (may ereport): the statistics of collection `name` from kornews.term_stats,
// reloaded when kornews.term_collections says it was refreshed since; an ERROR with a hint when
// there is no such collection.
const kornews::analytics::TermModel* CollectionStats(const std::string& name);

// C++ side (only inside kn::Guarded()): appends the terms of `text` (analyzed chunk by chunk
// with the backend's analyzer) to `out`. For a text of one chunk or less; a longer one is better
// read with DistinctTermsOf or chunk by chunk, so that memory does not grow with the text.
void TermsOf(std::string_view text, const kornews::analytics::StopWords* stop,
             const kornews::analytics::CandidateOptions& options,
             std::vector<kornews::analytics::TermOccurrence>& out);

// An entity of a document as analytics counts it: its label and its normalized value where it
// has one (美 -> 미국), else its text.
struct EntityTerm {
  std::string label, value;
  bool operator<(const EntityTerm& o) const {
    return label != o.label ? label < o.label : value < o.value;
  }
  bool operator==(const EntityTerm& o) const { return label == o.label && value == o.value; }
};

// C++ side (only inside kn::Guarded()): the distinct people, places and organizations (PS, LC,
// OG) of `text`, sorted, at most `limit`; stop words left out. Dates, times and quantities are
// not counted: they are no subject of a trend or a network. `user` is CurrentUserEntities().
void EntitiesOf(std::string_view text, const kornews::ner::Gazetteer* user,
                const kornews::analytics::StopWords* stop, size_t limit,
                std::vector<EntityTerm>& out);

// C++ side (only inside kn::Guarded()): the distinct terms of `text`, sorted, read chunk by
// chunk so that memory holds the distinct terms and one chunk's occurrences.
void DistinctTermsOf(std::string_view text, const kornews::analytics::StopWords* stop,
                     const kornews::analytics::CandidateOptions& options,
                     std::vector<std::string>& out);

// PostgreSQL side: the interval `span` must be longer than zero; ERROR naming `what` otherwise.
void RequirePositiveSpan(const char* function, const char* what, Datum span);

}  // namespace kn
