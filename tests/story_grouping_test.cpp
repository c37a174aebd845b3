// StoryGrouper: windows, ids, order, and bounded work, on headlines written for these tests.
#include <gtest/gtest.h>

#include "core/analytics/story_grouping.h"
#include "core/analytics/story_terms.h"
#include "core/error.h"
#include "core/morph/analyzer.h"
#include "test_dictionary.h"

namespace kornews::analytics {
namespace {

constexpr int64_t kHour = 3600;

class StoryGroupingTest : public ::testing::Test {
 protected:
  Analyzer analyzer{testing::test_dictionary()};
  TextProfile profile(const char* s) {
    return make_profile(story_terms(analyzer, s), s, SimilarityModel::builtin());
  }
  StoryGrouper grouper(int64_t within = 48 * kHour) {
    StoryOptions o;
    o.within = within;
    return StoryGrouper(SimilarityModel::builtin(), o);
  }
};

TEST_F(StoryGroupingTest, OneEventManyOutletsIsOneStory) {
  StoryGrouper g = grouper();
  EXPECT_EQ(g.add(10, 0, profile("경북 포항 북쪽서 규모 4.2 지진…부산서도 흔들림")).story_id, 10);
  EXPECT_EQ(g.add(4, 60, profile("[속보] 포항 북쪽 규모 4.2 지진 발생")).story_id, 10);
  EXPECT_EQ(g.add(2, 120, profile("한국은행 기준금리 동결 결정")).story_id, 2);
  EXPECT_EQ(g.add(7, 180, profile("영하 15도 강추위…한파특보 확대")).story_id, 7);
  EXPECT_EQ(g.add(8, 240, profile("영하 15도 강추위 찾아온다…전국에 한파특보")).story_id, 7);
  EXPECT_EQ(g.open_stories(), 3u);
}

TEST_F(StoryGroupingTest, AStoryClosesAfterTheWindow) {
  StoryGrouper g = grouper(kHour);
  EXPECT_EQ(g.add(1, 0, profile("포항 규모 4.2 지진 발생")).story_id, 1);
  EXPECT_EQ(g.add(2, kHour, profile("포항 규모 4.2 지진 발생")).story_id, 1);  // at the edge
  EXPECT_EQ(g.add(3, 3 * kHour, profile("포항 규모 4.2 지진 발생")).story_id, 3);
  EXPECT_EQ(g.open_stories(), 1u);  // story 1 was forgotten
}

TEST_F(StoryGroupingTest, OrderAndDuplicatesAreChecked) {
  StoryGrouper g = grouper();
  g.add(5, 100, profile("포항 지진"));
  EXPECT_THROW(g.add(5, 100, profile("포항 지진")), InputError);
  EXPECT_THROW(g.add(6, 50, profile("포항 지진")), InputError);
  EXPECT_THROW(grouper(0), InputError);
}

TEST_F(StoryGroupingTest, IdenticalHeadlinesCostConstantComparisons) {
  StoryGrouper g = grouper();
  const TextProfile p = profile("포항 규모 4.2 지진 발생");
  for (int64_t i = 1; i <= 20000; ++i) ASSERT_EQ(g.add(i, i, p).story_id, 1);
  EXPECT_EQ(g.comparisons(), 19999u);  // one candidate story each, not all earlier rows
}

TEST_F(StoryGroupingTest, KnownStoriesKeepTheirIds) {
  StoryGrouper g = grouper();
  g.add_known(3, 0, 1, profile("경북 포항 북쪽서 규모 4.2 지진…부산서도 흔들림"));
  const StoryAssignment a = g.add(9, 60, profile("[속보] 포항 북쪽 규모 4.2 지진 발생"));
  EXPECT_EQ(a.story_id, 1);
  EXPECT_GT(a.similarity, 0.4);
  EXPECT_EQ(g.add(11, 70, profile("청년 월세 지원 신청 시작")).story_id, 11);
}

TEST_F(StoryGroupingTest, HeadlinesWithoutTermsStandAlone) {
  StoryGrouper g = grouper();
  EXPECT_EQ(g.add(1, 0, profile("")).story_id, 1);
  EXPECT_EQ(g.add(2, 1, profile("")).story_id, 2);
}

}  // namespace
}  // namespace kornews::analytics
