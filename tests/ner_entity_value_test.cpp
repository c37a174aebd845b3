// Typed values of entities (src/core/ner/entity_value.*), read from normalized texts written for
// these tests; expected values worked out by hand.
#include <gtest/gtest.h>

#include <string>

#include "core/ner/entity_value.h"

namespace kornews::ner {
namespace {

std::string quantity(std::string_view normalized) {
  const EntityValue v = entity_value(EntityLabel::kQT, normalized);
  return v.number + "|" + v.unit;
}

std::string range(EntityLabel label, std::string_view normalized) {
  const EntityValue v = entity_value(label, normalized);
  if (v.duration) return "duration";
  return v.range ? format_local(v.range->starts) + " / " + format_local(v.range->ends) : "none";
}

TEST(NerEntityValue, QuantitiesSplitIntoNumberAndUnit) {
  EXPECT_EQ(quantity("1200000000000 KRW"), "1200000000000|KRW");
  EXPECT_EQ(quantity("2.5 %"), "2.5|%");
  EXPECT_EQ(quantity("12 km"), "12|km");
  EXPECT_EQ(quantity("4 개국"), "4|개국");
  EXPECT_EQ(quantity("0.75"), "0.75|");
  EXPECT_EQ(quantity("007 명"), "7|명");  // a user's value, made a plain number
  EXPECT_EQ(quantity("0.5 톤"), "0.5|톤");
  // Anything else in a user's value: no number (and so no unit).
  EXPECT_EQ(quantity("약 3천 명"), "|");
  EXPECT_EQ(quantity("1e9 USD"), "|");
  EXPECT_EQ(quantity(".5 %"), "|");
  EXPECT_EQ(quantity("5. %"), "|");
  EXPECT_EQ(quantity(""), "|");
}

TEST(NerEntityValue, DatesAndTimesBecomeRanges) {
  EXPECT_EQ(range(EntityLabel::kDT, "2026-W12"), "2026-03-16 00:00:00 / 2026-03-23 00:00:00");
  EXPECT_EQ(range(EntityLabel::kDT, "2026-03"), "2026-03-01 00:00:00 / 2026-04-01 00:00:00");
  EXPECT_EQ(range(EntityLabel::kTI, "2026-03-17T19:00"),
            "2026-03-17 19:00:00 / 2026-03-17 19:01:00");
  EXPECT_EQ(range(EntityLabel::kTI, "19:00"), "none");   // a time of day with no day
  EXPECT_EQ(range(EntityLabel::kDT, "--11-02"), "none");  // no year
  EXPECT_EQ(range(EntityLabel::kDT, "P7Y"), "duration");
  EXPECT_EQ(range(EntityLabel::kDT, "다음 주"), "none");  // a user's value that is no ISO text
}

TEST(NerEntityValue, DurationsKeepTheirUnits) {
  const EntityValue v = entity_value(EntityLabel::kTI, "PT1H15M");
  ASSERT_TRUE(v.duration.has_value());
  EXPECT_EQ(v.duration->hours, 1);
  EXPECT_EQ(v.duration->minutes, 15);
  EXPECT_FALSE(v.range.has_value());
}

TEST(NerEntityValue, OtherLabelsHaveNone) {
  for (EntityLabel label : {EntityLabel::kPS, EntityLabel::kLC, EntityLabel::kOG}) {
    const EntityValue v = entity_value(label, "2026-03-18");
    EXPECT_TRUE(v.number.empty() && v.unit.empty() && !v.range && !v.duration);
  }
  EXPECT_TRUE(entity_value(EntityLabel::kQT, "2026-03-18").number.empty());
  EXPECT_FALSE(entity_value(EntityLabel::kDT, "3 KRW").range.has_value());
}

}  // namespace
}  // namespace kornews::ner
