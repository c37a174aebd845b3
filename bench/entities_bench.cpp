// Entity tagging throughput on the news sentences, against the analyzer alone on the same
// sentences in the same run: group "entities", anchor entities/analyze (the analysis that
// tagging includes). Issue 5 asks that tagging cost at most 2x the analysis alone.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "core/dict/dictionary.h"
#include "core/error.h"
#include "core/morph/analyzer.h"
#include "core/ner/tagger.h"

namespace {

const char* env_or(const char* name, const char* fallback) {
  const char* v = std::getenv(name);
  return v && *v ? v : fallback;
}

struct Sentences {
  std::vector<std::string> lines;
  size_t bytes = 0;
  std::string error;
};

const Sentences& sentences() {
  static const Sentences s = [] {
    Sentences s;
    const std::string path = env_or(
        "KORNEWS_BENCH_CORPUS", KORNEWS_SOURCE_DIR "/../shared/corpora/news/news-sentences.txt");
    std::ifstream in(path);
    for (std::string line; std::getline(in, line);)
      if (!line.empty()) s.bytes += line.size(), s.lines.push_back(std::move(line));
    if (s.lines.empty()) s.error = "no sentences in " + path + " (set --corpus=FILE)";
    return s;
  }();
  return s;
}

void BM_Entities(benchmark::State& state, bool tag) {
  const Sentences& s = sentences();
  if (!s.error.empty()) return state.SkipWithError(s.error.c_str());
  std::unique_ptr<kornews::Analyzer> analyzer;
  std::unique_ptr<kornews::ner::EntityTagger> tagger;
  try {
    analyzer = std::make_unique<kornews::Analyzer>(
        kornews::Dictionary::open(env_or("KORNEWS_DICT", KORNEWS_BENCH_DICT)));
    tagger = std::make_unique<kornews::ner::EntityTagger>(kornews::ner::NerModel::open(
        env_or("KORNEWS_NER_MODEL", KORNEWS_SOURCE_DIR "/data/kornews_ner.model")));
  } catch (const kornews::Error& e) {
    return state.SkipWithError(e.what());
  }
  const kornews::ner::TagOptions options;
  std::vector<kornews::ner::Entity> entities;
  std::vector<kornews::Morpheme> morphemes;
  size_t count = 0;
  auto pass = [&] {
    count = 0;
    for (const auto& line : s.lines) {
      if (tag) {
        entities.clear();
        tagger->tag(*analyzer, line, options, entities);
        count += entities.size();
      } else {
        morphemes = analyzer->analyze(line);
        count += morphemes.size();
      }
    }
  };
  pass();  // warm the page cache and the buffers
  for (auto _ : state) {
    pass();
    benchmark::DoNotOptimize(count);
  }
  state.counters["sentences/s"] = benchmark::Counter(
      static_cast<double>(s.lines.size()) * static_cast<double>(state.iterations()),
      benchmark::Counter::kIsRate);
  state.counters[tag ? "entities/iter" : "morphemes/iter"] = static_cast<double>(count);
  state.SetBytesProcessed(static_cast<int64_t>(s.bytes * state.iterations()));
}

[[maybe_unused]] const bool registered = [] {
  benchmark::RegisterBenchmark("entities/analyze", BM_Entities, false)
      ->Unit(benchmark::kMillisecond)
      ->MinTime(2.0)
      ->UseRealTime();
  benchmark::RegisterBenchmark("entities/tag", BM_Entities, true)
      ->Unit(benchmark::kMillisecond)
      ->MinTime(2.0)
      ->UseRealTime();
  return true;
}();

}  // namespace
