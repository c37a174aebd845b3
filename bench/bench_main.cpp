// main() of kornews_bench: runs every registered Google Benchmark, then prints one table in
// which each benchmark named "GROUP/SYSTEM" is compared with the anchor of its group, measured in
// the same run: the member named "GROUP/mecab" if there is one, otherwise the group's first.
//   kornews_bench [--corpus=FILE] [--benchmark_* flags]
// --corpus sets KORNEWS_BENCH_CORPUS (the news sentences, one per line) for the benchmarks.
// Benchmarks should report the counters "sentences/s" and/or bytes (SetBytesProcessed).
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <string>
#include <vector>

namespace {

struct Result {
  std::string name;
  std::vector<double> sentences_per_s, bytes_per_s, seconds_per_iter;
  std::string error;
  benchmark::BenchmarkReporter::Run median;  // the median aggregate, when repetitions ran
};

double median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// Forwards everything to the usual console output and keeps the per-iteration runs.
class CollectingReporter : public benchmark::ConsoleReporter {
 public:
  // Colors only on a terminal, so that logs and docs stay plain text.
  CollectingReporter() : ConsoleReporter(isatty(1) ? OO_ColorTabular : OO_Tabular) {}
  std::vector<Result> results;

  void ReportRuns(const std::vector<Run>& runs) override {
    ConsoleReporter::ReportRuns(runs);
    for (const Run& run : runs) {
      // Names without the "/min_time:2.000/real_time" decorations.
      Result& r = get(run.run_name.function_name);
      if (run.run_type == Run::RT_Aggregate) {  // with --benchmark_repetitions: keep the median
        if (run.aggregate_name == "median" && !run.error_occurred) r.median = run;
        continue;
      }
      if (run.error_occurred) {
        r.error = run.error_message;
        continue;
      }
      r.sentences_per_s.push_back(counter(run, "sentences/s"));
      r.bytes_per_s.push_back(counter(run, "bytes_per_second"));
      if (run.iterations > 0) r.seconds_per_iter.push_back(seconds(run));
    }
  }

  static double counter(const Run& run, const char* key) {
    auto it = run.counters.find(key);
    return it == run.counters.end() ? 0.0 : static_cast<double>(it->second);
  }
  static double seconds(const Run& run) {
    return run.GetAdjustedRealTime() / benchmark::GetTimeUnitMultiplier(run.time_unit);
  }

 private:
  Result& get(const std::string& name) {
    for (auto& r : results)
      if (r.name == name) return r;
    results.push_back(Result{name, {}, {}, {}, {}, {}});
    return results.back();
  }
};

bool has_median(const Result& r) {
  return r.median.run_type == benchmark::BenchmarkReporter::Run::RT_Aggregate;
}
double sentences(const Result& r) {
  return has_median(r) ? CollectingReporter::counter(r.median, "sentences/s")
                       : median(r.sentences_per_s);
}
double bytes(const Result& r) {
  return has_median(r) ? CollectingReporter::counter(r.median, "bytes_per_second")
                       : median(r.bytes_per_s);
}
double time_per_iter(const Result& r) {
  return has_median(r) ? CollectingReporter::seconds(r.median) : median(r.seconds_per_iter);
}

// The fastest repetition: on a shared machine other work only ever slows a run down, so the
// best of several is the steadiest estimate of the code's own speed.
double best_time_per_iter(const Result& r) {
  if (r.seconds_per_iter.empty()) return 0;
  return *std::min_element(r.seconds_per_iter.begin(), r.seconds_per_iter.end());
}

std::string group_of(const std::string& name) {
  auto slash = name.find('/');
  return slash == std::string::npos ? name : name.substr(0, slash);
}

void print_table(const std::vector<Result>& results) {
  std::map<std::string, const Result*> anchor;
  for (const auto& r : results) {
    const std::string g = group_of(r.name);
    bool is_mecab = r.name == g + "/mecab";
    if (!anchor.count(g) || (is_mecab && r.error.empty())) anchor[g] = &r;
  }
  std::printf("\n%-34s %14s %10s %14s %16s %12s\n", "benchmark (median of repetitions)",
              "sentences/s", "MB/s", "time/iter", "speed vs anchor", "best vs best");
  std::printf("%s\n", std::string(105, '-').c_str());
  for (const auto& r : results) {
    if (!r.error.empty()) {
      std::printf("%-34s skipped: %s\n", r.name.c_str(), r.error.c_str());
      continue;
    }
    const Result* a = anchor[group_of(r.name)];
    double sps = sentences(r), bps = bytes(r), t = time_per_iter(r);
    char ratio[64] = "-", best_ratio[32] = "-";
    if (a == &r) {
      std::snprintf(ratio, sizeof ratio, "1.00x (anchor)");
      std::snprintf(best_ratio, sizeof best_ratio, "1.00x");
    } else if (a && a->error.empty()) {
      double at = time_per_iter(*a);
      if (t > 0 && at > 0) std::snprintf(ratio, sizeof ratio, "%.2fx", at / t);
      double bt = best_time_per_iter(r), bat = best_time_per_iter(*a);
      if (bt > 0 && bat > 0) std::snprintf(best_ratio, sizeof best_ratio, "%.2fx", bat / bt);
    }
    char sbuf[32] = "-", bbuf[32] = "-";
    if (sps > 0) std::snprintf(sbuf, sizeof sbuf, "%.0f", sps);
    if (bps > 0) std::snprintf(bbuf, sizeof bbuf, "%.2f", bps / 1e6);
    std::printf("%-34s %14s %10s %11.3f ms %16s %12s\n", r.name.c_str(), sbuf, bbuf, t * 1e3,
                ratio, best_ratio);
  }
  std::printf(
      "speed vs anchor = anchor's median time per iteration / this one's; best vs best = the same\n"
      "with each side's fastest repetition (same input, same run; >1 is faster)\n");
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  for (int i = 1; i < argc; ++i) {
    if (!std::strncmp(argv[i], "--corpus=", 9)) {
      setenv("KORNEWS_BENCH_CORPUS", argv[i] + 9, 1);
    } else {
      std::fprintf(stderr, "kornews_bench: unknown argument %s\n", argv[i]);
      return 2;
    }
  }
  CollectingReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  print_table(reporter.results);
  benchmark::Shutdown();
  return 0;
}
