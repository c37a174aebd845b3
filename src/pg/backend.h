// Backend-local state of the extension: the kornews.dictionary_path setting and the analyzer
// opened from it, once per backend, on first use.
#pragma once

namespace kornews {
class Analyzer;
class Dictionary;
}  // namespace kornews

namespace kn {

// PostgreSQL side (may ereport): kornews reads UTF-8 only. Every entry point that takes text
// calls it (the news parsers call only this).
void RequireUtf8Database();

// PostgreSQL side (may ereport): RequireUtf8Database(), then the backend's copy of
// kornews.user_words brought up to date (user_dict.h). Call it before the C++ work of every entry
// point that analyzes text.
void PrepareAnalysis();

// C++ side (may throw kornews::DictionaryError; call only inside kn::Guarded()): the backend's
// analyzer for the current value of kornews.dictionary_path, opened or reopened as needed, with
// the user words last read by PrepareAnalysis() (may throw kornews::UserWordError).
kornews::Analyzer& BackendAnalyzer();

// C++ side (may throw kornews::DictionaryError; only inside kn::Guarded()): the dictionary of
// BackendAnalyzer() without applying the user words, for checking a row of them.
const kornews::Dictionary& BackendDictionary();

// C++ side: throws kornews::Interrupted when a cancel, statement_timeout or terminate is
// pending. The interrupt_check of core's long loops (AnalyzerOptions, StoryOptions); it only
// reads PostgreSQL's flags, kn::Guarded() then serves the interrupt.
void ThrowOnPendingInterrupt();

// Changes whenever BackendAnalyzer() opens a dictionary or changes its user words, so that
// caches of analysis results can tell they are stale. (C++ side, no PostgreSQL calls.)
unsigned long BackendAnalyzerGeneration();

}  // namespace kn
