// Headline-list parsing speed on generated lists of 1, 10 and 100 MB: the table reports MB/s
// (bytes_per_second) for each size; linear time shows as MB/s that stays level from 10 to 100 MB.
// Each size is its own group ("news_10MB/headlines"), since bench_main's ratio compares times
// per iteration, which only means something on the same input.
//   kornews_bench --benchmark_filter=news
#include <benchmark/benchmark.h>

#include <cstdint>
#include <map>
#include <string>

#include "core/news/headline_key.h"
#include "core/news/headline_parser.h"

namespace {

namespace news = kornews::news;

// A deterministic list mixing every format the parser reads: a board with a header, labels,
// comment and view counts, notices, a tab-separated table, a portal list, relative dates and a
// broken line now and then.
std::string generate_list(size_t target_bytes) {
  static const char* const kWords[] = {"항만",   "자동화", "첫",   "시험", "눈길",   "교통사고",
                                       "잇따라", "새벽",   "배송", "확대", "청년",   "고용률",
                                       "하락",   "반도체", "수출", "반등", "전기차", "보조금"};
  static const char* const kLabels[] = {"", "", "", "[단독] ", "[속보] ", "[포토] "};
  static const char* const kOutlets[] = {"바다일보", "한빛일보", "연합뉴스 TV", "김민수 기자"};
  constexpr size_t kWordCount = sizeof kWords / sizeof *kWords;
  std::string out;
  out.reserve(target_bytes + 256);
  uint64_t state = 88172645463325252ull;
  auto next = [&state]() {  // xorshift64: fast and the same on every run
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  auto title = [&]() {
    std::string t = kLabels[next() % 6];
    const int words = 4 + static_cast<int>(next() % 6);
    for (int w = 0; w < words; ++w) {
      if (w) t.push_back(' ');
      t += kWords[next() % kWordCount];
    }
    if (next() % 8 == 0) t += "(종합)";
    if (next() % 5 == 0) t += " [" + std::to_string(next() % 300) + "]";
    return t;
  };
  int64_t item = 9000000;
  while (out.size() < target_bytes) {
    out += "번호 제목 글쓴이 날짜 조회\n공지 게시판 이용 안내 운영자 2025.01.02 15\n";
    for (int i = 0; i < 200; ++i) {
      out += std::to_string(item--) + ' ' + title() + ' ' + kOutlets[next() % 4] + " 2025.02." +
             std::to_string(10 + next() % 18) + ' ' + std::to_string(next() % 5000) + '\n';
      if (i % 50 == 49) out += "날짜가 빠진 깨진 줄 바다일보\n";
    }
    out += "\n제목\t매체\t날짜\n";
    for (int i = 0; i < 50; ++i)
      out += title() + "\t한빛일보\t2025-02-07 09:" + std::to_string(10 + i) + '\n';
    out += "\n";
    for (int i = 0; i < 50; ++i)
      out += title() + " - 바다일보 " + std::to_string(1 + i % 23) + "시간 전\n";
  }
  return out;
}

const std::string& list_of(size_t megabytes) {
  static std::map<size_t, std::string> lists;
  auto it = lists.find(megabytes);
  if (it == lists.end()) it = lists.emplace(megabytes, generate_list(megabytes << 20)).first;
  return it->second;
}

void parse_list(benchmark::State& state, size_t megabytes) {
  const std::string& list = list_of(megabytes);
  const news::Reference reference{kornews::CivilDate{2025, 2, 28}, std::nullopt};
  int64_t rows = 0, parsed = 0;
  for (auto _ : state) {
    rows = parsed = 0;
    news::parse_headlines(list, reference, [&](news::HeadlineRow& row) {
      ++rows;
      parsed += row.parsed;
    });
    benchmark::DoNotOptimize(rows);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * list.size()));
  state.counters["rows"] = static_cast<double>(rows);
  state.counters["parsed%"] = rows ? 100.0 * static_cast<double>(parsed) / rows : 0;
}

void key_of_headlines(benchmark::State& state) {
  const std::string title = "[단독] “항만 자동화” 첫 시험…운영 시작 (종합) [12]";
  for (auto _ : state) benchmark::DoNotOptimize(news::headline_key(title));
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * title.size()));
}

const int kRegistered = [] {
  for (size_t mb : {1, 10, 100}) {
    benchmark::RegisterBenchmark(("news_" + std::to_string(mb) + "MB/headlines").c_str(),
                                 parse_list, mb)
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
  }
  benchmark::RegisterBenchmark("news_key/headline_key", key_of_headlines);
  return 0;
}();

}  // namespace
