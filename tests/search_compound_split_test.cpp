// The build-time rule that picks the parts a search indexes for a compound noun
// (core/dict/compound_split.h), on a small dictionary made up for the test.
#include <gtest/gtest.h>

#include <string>

#include "core/dict/compound_split.h"

namespace kornews::dict {
namespace {

SourceEntry Entry(int cost, const std::string& feature) {
  return SourceEntry{1, 1, 1, static_cast<int16_t>(cost), feature};
}

void Add(MecabSource& s, const std::string& surface, int cost, const std::string& feature) {
  s.words.push_back(SourceWord{surface, {Entry(cost, feature)}});
}

std::string Shown(std::string s) {
  for (char& c : s)
    if (c == '\0') c = '/';
  return s;
}

// Plain nouns (the costs: lower is more common), and enough compounds ending in 관 and starting
// with 여 that both count as productive affixes; 산 ends only a few.
MecabSource MadeUp() {
  MecabSource s;
  Add(s, "경찰", 2000, "NNG,*,T,경찰,*,*,*,*");
  Add(s, "학생", 1500, "NNG,*,T,학생,*,*,*,*");
  Add(s, "서울", 2300, "NNP,지명,T,서울,*,*,*,*");
  Add(s, "인사", 1400, "NNG,*,F,인사,*,*,*,*");
  Add(s, "인사", 3000, "NNP,지명,F,인사,*,*,*,*");
  Add(s, "의정", 9000, "NNG,*,T,의정,*,*,*,*");  // among the rarest
  Add(s, "도체", 3000, "NNG,*,F,도체,*,*,*,*");
  Add(s, "북한", 700, "NNP,지명,T,북한,*,*,*,*");
  for (int i = 0; i < 200; i++) Add(s, "명사" + std::to_string(i), 2600 + i, "NNG,*,F,x,*,*,*,*");
  for (int i = 0; i < static_cast<int>(kMinAffixUses); i++) {
    Add(s, "관" + std::to_string(i), 2600, "NNG,*,T,x,Compound,*,*,낱말/NNG/*+관/NNG/*");
    Add(s, "여" + std::to_string(i), 2600, "NNG,*,T,x,Compound,*,*,여/NNG/*+낱말/NNG/*");
    Add(s, "부" + std::to_string(i), 2600, "NNG,*,T,x,Compound,*,*,낱말/NNG/*+부/NNG/*");
    Add(s, "시" + std::to_string(i), 2600, "NNG,*,T,x,Compound,*,*,낱말/NNG/*+시/NNG/*");
    Add(s, "동" + std::to_string(i), 2600, "NNG,*,T,x,Compound,*,*,낱말/NNG/*+동/NNG/*");
    Add(s, "반" + std::to_string(i), 2600, "NNG,*,T,x,Compound,*,*,반/NNG/*+낱말/NNG/*");
  }
  Add(s, "북한산", 2000, "NNP,지명,T,북한산,Compound,*,*,북한/NNG/*+산/NNG/*");
  return s;
}

TEST(CompoundSplit, AffixCompoundsGiveTheirStem) {
  const MecabSource s = MadeUp();
  const CompoundSplitter split(s);
  EXPECT_EQ(Shown(split.parts(Entry(2500, "NNG,*,T,경찰관,Compound,*,*,경찰/NNG/*+관/NNG/*"))),
            "경찰");
  EXPECT_EQ(Shown(split.parts(Entry(1600, "NNG,*,T,여학생,Compound,*,*,여/NNG/*+학생/NNG/*"))),
            "학생");
  EXPECT_EQ(Shown(split.parts(
                Entry(3300, "NNP,지명,F,서울시,Compound,*,*,서울/NNP/지명+시/NNG/*"))),
            "서울");
}

TEST(CompoundSplit, TwoWordsGiveBoth) {
  const CompoundSplitter split(MadeUp());
  EXPECT_EQ(Shown(split.parts(Entry(1900, "NNP,*,F,x,Compound,*,*,경찰/NNG/*+학생/NNG/*"))),
            "경찰/학생");
}

TEST(CompoundSplit, NamesThatOnlySpellAWordStayWhole) {
  const CompoundSplitter split(MadeUp());
  // A person's name.
  EXPECT_EQ(split.parts(Entry(2000, "NNP,인명,T,x,Compound,*,*,경찰/NNG/*+학생/NNG/*")), "");
  // A rare stem: 의정부.
  EXPECT_EQ(split.parts(Entry(1800, "NNG,*,F,의정부,Compound,*,*,의정/NNG/*+부/NNG/*")), "");
  // A place whose stem is not marked a place in it (북한산), or is not a place first (인사동).
  EXPECT_EQ(split.parts(Entry(2000, "NNP,지명,T,북한산,Compound,*,*,북한/NNG/*+산/NNG/*")), "");
  EXPECT_EQ(split.parts(Entry(3500, "NNP,지명,T,인사동,Compound,*,*,인사/NNP/지명+동/NNG/*")),
            "");
  // A prefixed word more common than its stem (반도체).
  EXPECT_EQ(split.parts(Entry(1900, "NNG,*,F,반도체,Compound,*,*,반/NNG/*+도체/NNG/*")), "");
  // An affix that is not productive (산 ends one compound), a one-character part in the middle.
  EXPECT_EQ(split.parts(Entry(2600, "NNG,*,T,x,Compound,*,*,경찰/NNG/*+산/NNG/*")), "");
  EXPECT_EQ(split.parts(Entry(2600, "NNG,*,T,x,Compound,*,*,경찰/NNG/*+관/NNG/*+학생/NNG/*")),
            "");
  // Not a compound entry, or not a noun.
  EXPECT_EQ(split.parts(Entry(2600, "NNG,*,T,자정,*,*,*,*")), "");
  EXPECT_EQ(split.parts(Entry(2600, "VV,*,T,x,Compound,*,*,경찰/NNG/*+학생/NNG/*")), "");
}

}  // namespace
}  // namespace kornews::dict
