// The user dictionary table kornews.user_words as seen by one backend.
//
// A change to the table reaches every backend as for every user table (user_tables.h): the next
// statement that analyzes text re-reads the rows and gives the analyzer a new UserLexicon. Two
// halves, one per side of the error boundary (guard.h):
#pragma once

namespace kornews {
class Analyzer;
}

namespace kn {

// PostgreSQL side (may ereport; never inside kn::Guarded()): re-reads kornews.user_words when a
// change was committed (or made by this transaction) since the last read. Called by
// PrepareAnalysis(), which every analyzing entry point calls before its C++ work.
void SyncUserWords();

// C++ side (may throw; call only inside kn::Guarded()): gives `analyzer` a lexicon built from
// the rows last read, if it does not have it yet (`analyzer_id` changes when the backend opens a
// new analyzer). Returns true when it changed the analyzer's lexicon. A row the dictionary
// rejects throws UserWordError and leaves the analyzer's lexicon as it was (the rows are retried
// on the next call).
bool ApplyUserWords(kornews::Analyzer& analyzer, unsigned long analyzer_id);

// C++ side: whether any of the rows last read gives a reading (so that korean_hanja need not
// look up tokens without Hanja otherwise).
bool UserWordsHaveReadings();

}  // namespace kn
