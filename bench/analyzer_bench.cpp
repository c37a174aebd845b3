// Analyzer throughput on the news sentences (../shared/corpora/news/news-sentences.txt, or
// KORNEWS_BENCH_CORPUS / --corpus=FILE), side by side with MeCab through libmecab's
// parseToNode over the same dictionary source (.cache/mecab-ko-dic, or MECAB_KO_DIC).
// Analysis only: the sentences are in memory, the output is walked but not printed.
// Group "analyze": analyze/mecab is the anchor (see bench_main.cpp for the table).
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "core/dict/dictionary.h"
#include "core/error.h"
#include "core/morph/analyzer.h"

#if KORNEWS_WITH_MECAB
#include <mecab.h>
#endif

namespace {

std::string env_or(const char* name, const std::string& fallback) {
  const char* v = std::getenv(name);
  return v && *v ? v : fallback;
}

struct Corpus {
  std::vector<std::string> lines;
  size_t bytes = 0;
  std::string error;
};

// Loaded once, the first time a benchmark needs it.
const Corpus& corpus() {
  static const Corpus c = [] {
    Corpus c;
    std::string path = env_or("KORNEWS_BENCH_CORPUS",
                              KORNEWS_SOURCE_DIR "/../shared/corpora/news/news-sentences.txt");
    std::ifstream in(path);
    if (!in) {
      c.error = "corpus not found: " + path + " (set KORNEWS_BENCH_CORPUS or --corpus=FILE)";
      return c;
    }
    for (std::string line; std::getline(in, line);) {
      if (line.empty()) continue;
      c.bytes += line.size();
      c.lines.push_back(std::move(line));
    }
    if (c.lines.empty()) c.error = "corpus is empty: " + path;
    return c;
  }();
  return c;
}

void report(benchmark::State& state, const Corpus& c, size_t morphemes) {
  const double iters = static_cast<double>(state.iterations());
  state.counters["sentences/s"] =
      benchmark::Counter(static_cast<double>(c.lines.size()) * iters, benchmark::Counter::kIsRate);
  state.counters["morphemes/iter"] = static_cast<double>(morphemes);
  state.SetBytesProcessed(static_cast<int64_t>(c.bytes * state.iterations()));
}

void BM_Kornews(benchmark::State& state, bool space_penalty) {
  const Corpus& c = corpus();
  if (!c.error.empty()) return state.SkipWithError(c.error.c_str());
  std::shared_ptr<const kornews::Dictionary> dict;
  try {
    dict = kornews::Dictionary::open(env_or("KORNEWS_DICT", KORNEWS_BENCH_DICT));
  } catch (const kornews::Error& e) {
    return state.SkipWithError(e.what());
  }
  kornews::AnalyzerOptions options;
  options.space_penalty = space_penalty;
  kornews::Analyzer analyzer(dict, options);
  for (const auto& line : c.lines) analyzer.analyze(line);  // warm the page cache and buffers
  size_t morphemes = 0;
  for (auto _ : state) {
    morphemes = 0;
    for (const auto& line : c.lines) {
      auto out = analyzer.analyze(line);
      morphemes += out.size();
      benchmark::DoNotOptimize(out.data());
    }
  }
  report(state, c, morphemes);
}

#if KORNEWS_WITH_MECAB
void BM_MeCab(benchmark::State& state) {
  const Corpus& c = corpus();
  if (!c.error.empty()) return state.SkipWithError(c.error.c_str());
  std::string arg = "-d " + env_or("MECAB_KO_DIC", KORNEWS_SOURCE_DIR "/.cache/mecab-ko-dic");
  std::unique_ptr<MeCab::Tagger> tagger(MeCab::createTagger(arg.c_str()));
  if (!tagger) return state.SkipWithError(("MeCab could not start: " + arg).c_str());
  for (const auto& line : c.lines) tagger->parseToNode(line.data(), line.size());
  size_t morphemes = 0;
  for (auto _ : state) {
    morphemes = 0;
    for (const auto& line : c.lines) {
      for (const MeCab::Node* n = tagger->parseToNode(line.data(), line.size()); n; n = n->next) {
        if (n->stat == MECAB_NOR_NODE || n->stat == MECAB_UNK_NODE) ++morphemes;
        benchmark::DoNotOptimize(n->feature);
      }
    }
  }
  report(state, c, morphemes);
}
#endif

// One pass over the corpus takes ~0.1-1 s, so a few iterations per repetition are enough.
[[maybe_unused]] const bool registered = [] {
#if KORNEWS_WITH_MECAB
  benchmark::RegisterBenchmark("analyze/mecab", BM_MeCab)
      ->Unit(benchmark::kMillisecond)
      ->MinTime(2.0)
      ->UseRealTime();
#endif
  benchmark::RegisterBenchmark("analyze/kornews", BM_Kornews, true)
      ->Unit(benchmark::kMillisecond)
      ->MinTime(2.0)
      ->UseRealTime();
  benchmark::RegisterBenchmark("analyze/kornews-no-space-penalty", BM_Kornews, false)
      ->Unit(benchmark::kMillisecond)
      ->MinTime(2.0)
      ->UseRealTime();
  return true;
}();

}  // namespace
