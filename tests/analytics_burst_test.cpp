// The burst score of ko_trending and the PMI of ko_comentions (burst.h).
#include <gtest/gtest.h>

#include "core/analytics/burst.h"

namespace kornews::analytics {
namespace {

// A day of 1,000 stories against a week of 7,000.
constexpr int64_t kDay = 1000, kWeek = 7000;

TEST(BurstScore, EvidenceBeatsARatio) {
  const double new_and_rare = BurstScore(3, kDay, 0, kWeek);  // 3 stories, never before
  const double big_rise = BurstScore(400, kDay, 280, kWeek);  // 40 a day -> 400
  EXPECT_GT(new_and_rare, 0);
  EXPECT_GT(big_rise, 10 * new_and_rare);
}

TEST(BurstScore, SignedBySteadyRisingOrFalling) {
  EXPECT_NEAR(BurstScore(40, kDay, 280, kWeek), 0.0, 1e-9);  // the same rate
  EXPECT_GT(BurstScore(80, kDay, 280, kWeek), 0);
  EXPECT_LT(BurstScore(10, kDay, 280, kWeek), 0);
}

TEST(BurstScore, EmptySpansScoreZeroAndCountsAreClipped) {
  EXPECT_EQ(BurstScore(5, 0, 3, kWeek), 0);
  EXPECT_EQ(BurstScore(5, kDay, 3, 0), 0);
  // An approximate count above its span's size is read as the span's size.
  EXPECT_EQ(BurstScore(2000, kDay, 0, kWeek), BurstScore(kDay, kDay, 0, kWeek));
}

TEST(Pmi, IndependentIsZeroTogetherIsPositive) {
  EXPECT_NEAR(Pmi(10, 100, 100, 1000), 0.0, 1e-12);
  EXPECT_GT(Pmi(50, 100, 100, 1000), 0);
  EXPECT_EQ(Pmi(0, 100, 100, 1000), 0);
}

}  // namespace
}  // namespace kornews::analytics
