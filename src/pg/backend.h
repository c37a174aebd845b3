// Backend-local state of the extension: the kornews.dictionary_path setting and the analyzer
// opened from it, once per backend, on first use.
#pragma once

namespace kornews {
class Analyzer;
class Dictionary;
}  // namespace kornews

namespace kn {

// PostgreSQL side (may ereport): kornews analyzes UTF-8 only.
void RequireUtf8Database();

// C++ side (may throw kornews::DictionaryError; call only inside kn::Guarded()): the backend's
// analyzer for the current value of kornews.dictionary_path, opened or reopened as needed.
kornews::Analyzer& BackendAnalyzer();

// Changes whenever BackendAnalyzer() opens a dictionary, so that caches of analysis results
// can tell they are stale. (C++ side, no PostgreSQL calls.)
unsigned long BackendAnalyzerGeneration();

}  // namespace kn
