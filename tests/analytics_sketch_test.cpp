// The bounded counts of ko_top_terms, ko_trending and ko_comentions (term_sketch.h): exact
// below capacity, and past it every count an upper bound within its error of the truth.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <string>

#include "core/analytics/term_sketch.h"
#include "core/error.h"

namespace kornews::analytics {
namespace {

// A Zipf-like stream: term i appears about 1/(i+1) as often as term 0.
std::vector<std::string> Stream(size_t n, size_t vocabulary, unsigned seed) {
  std::mt19937 rng(seed);
  std::vector<double> w(vocabulary);
  for (size_t i = 0; i < vocabulary; ++i) w[i] = 1.0 / static_cast<double>(i + 1);
  std::discrete_distribution<size_t> pick(w.begin(), w.end());
  std::vector<std::string> out;
  for (size_t i = 0; i < n; ++i) out.push_back("t" + std::to_string(pick(rng)));
  return out;
}

std::map<std::string, int64_t> Exact(const std::vector<std::string>& s) {
  std::map<std::string, int64_t> m;
  for (const auto& t : s) ++m[t];
  return m;
}

TEST(TermSketch, ExactBelowCapacityWithTiesByTerm) {
  TermSketch s(10);
  for (const char* t : {"b", "a", "c", "a", "b", "d"}) s.add(t);
  EXPECT_TRUE(s.exact());
  const auto top = s.top(3);
  ASSERT_EQ(top.size(), 3u);
  EXPECT_EQ(top[0].term, "a");
  EXPECT_EQ(top[1].term, "b");
  EXPECT_EQ(top[2].term, "c");
  EXPECT_EQ(top[0].count, 2);
  EXPECT_EQ(top[2].error, 0);
}

TEST(TermSketch, PastCapacityCountsBoundTheTruth) {
  const auto stream = Stream(200000, 20000, 7);
  const auto exact = Exact(stream);
  TermSketch s(500);
  for (const auto& t : stream) s.add(t);
  EXPECT_FALSE(s.exact());
  EXPECT_LE(s.size(), 1000u);
  for (const TermCount& c : s.top(50)) {
    const int64_t truth = exact.at(c.term);
    EXPECT_GE(c.count, truth) << c.term;
    EXPECT_LE(c.count - c.error, truth) << c.term;
  }
  // The heavy hitters are found: t0 .. t9 are all in the top 20.
  const auto top = s.top(20);
  for (int i = 0; i < 10; ++i) {
    const std::string want = "t" + std::to_string(i);
    EXPECT_TRUE(std::any_of(top.begin(), top.end(), [&](const TermCount& c) {
      return c.term == want;
    })) << want;
  }
}

TEST(TermSketch, MergedPartsKeepTheGuarantee) {
  const auto stream = Stream(100000, 10000, 11);
  const auto exact = Exact(stream);
  TermSketch a(300), b(300);
  for (size_t i = 0; i < stream.size(); ++i) (i % 2 ? a : b).add(stream[i]);
  a.merge(b);
  for (const TermCount& c : a.top(30)) {
    const int64_t truth = exact.at(c.term);
    EXPECT_GE(c.count, truth) << c.term;
    EXPECT_LE(c.count - c.error, truth) << c.term;
  }
}

TEST(TermSketch, MergingExactSketchesIsExact) {
  TermSketch a(10), b(10);
  a.add("x", 3);
  b.add("x", 2);
  b.add("y");
  a.merge(b);
  EXPECT_TRUE(a.exact());
  EXPECT_EQ(a.lookup("x").count, 5);
  EXPECT_EQ(a.lookup("y").count, 1);
}

TEST(TermSketch, SerializesAndRejectsForeignBytes) {
  TermSketch s(4);
  for (int i = 0; i < 50; ++i) s.add("w" + std::to_string(i % 13), 1 + i % 3);
  const TermSketch back = TermSketch::Deserialize(s.Serialize());
  EXPECT_EQ(back.floor(), s.floor());
  const auto x = s.top(100), y = back.top(100);
  ASSERT_EQ(x.size(), y.size());
  for (size_t i = 0; i < x.size(); ++i) {
    EXPECT_EQ(x[i].term, y[i].term);
    EXPECT_EQ(x[i].count, y[i].count);
    EXPECT_EQ(x[i].error, y[i].error);
  }
  EXPECT_THROW(TermSketch::Deserialize("not a sketch at all"), kornews::Error);
  const std::string bytes = s.Serialize();
  EXPECT_THROW(TermSketch::Deserialize(bytes.substr(0, bytes.size() - 5)), kornews::Error);
}

}  // namespace
}  // namespace kornews::analytics
