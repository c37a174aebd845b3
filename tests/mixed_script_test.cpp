// Names written in Hangul then Latin letters or digits (mixed_script.h), on words and sentences
// written for these tests: where such a name may end, and what the analyzer makes of it.
#include "core/morph/mixed_script.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/morph/analyzer.h"
#include "core/search/compound_parts.h"
#include "test_dictionary.h"

namespace kornews {
namespace {

// The ends name_ends() offers at the start of `text`, as the prefixes they cut; `counters` are
// the syllables the stand-in dictionary has as counters.
std::vector<std::u32string> names(const std::u32string& text, const std::u32string& counters = U"") {
  std::vector<int32_t> ends;
  mixed_script::name_ends(
      text.data(), static_cast<int32_t>(text.size()), 0,
      [&](int32_t at) { return counters.find(text[at]) != std::u32string::npos; }, ends);
  std::vector<std::u32string> out;
  for (const int32_t end : ends) out.push_back(text.substr(0, end));
  return out;
}

using Names = std::vector<std::u32string>;

TEST(MixedScriptNames, EndWhereLettersOrDigitsEnd) {
  EXPECT_EQ(names(U"엑스AI가"), Names{U"엑스AI"});
  EXPECT_EQ(names(U"갤럭시S25를"), Names{U"갤럭시S25"});
  EXPECT_EQ(names(U"그록3 공개"), Names{U"그록3"});
  // Hangul between two runs belongs to the name; so the shorter reading is offered too.
  EXPECT_EQ(names(U"갤럭시Z폴드6 판매"), (Names{U"갤럭시Z", U"갤럭시Z폴드6"}));
  // Hangul after the last run is a particle or another word: never part of the name.
  EXPECT_EQ(names(U"카카오T택시"), Names{U"카카오T"});
}

TEST(MixedScriptNames, LeaveNumbersWithCountersAlone) {
  EXPECT_TRUE(names(U"오후3시에", U"시").empty());
  EXPECT_TRUE(names(U"지난해12월", U"월").empty());
  // A particle that the dictionary also has as a counter (도: degrees) is still a particle.
  EXPECT_EQ(names(U"그록3도 ", U"도"), Names{U"그록3"});
  EXPECT_TRUE(names(U"주가20%").empty());
  EXPECT_TRUE(names(U"엑사원3.5").empty());
  EXPECT_TRUE(names(U"직원3~4명").empty());
  EXPECT_TRUE(names(U"아이폰16GB").empty());
  // One syllable before a number is a prefix or a numeral.
  EXPECT_TRUE(names(U"제2공장").empty());
  EXPECT_TRUE(names(U"조2000억").empty());
  // Latin first, or no Hangul at all, is not this shape.
  EXPECT_TRUE(names(U"SK하이닉스").empty());
  EXPECT_TRUE(names(U"3개").empty());
}

TEST(MixedScriptNames, OnlyAtTheStartOfAnEojeol) {
  const std::u32string text = U"새로운엑스AI";
  std::vector<int32_t> ends;
  mixed_script::name_ends(text.data(), static_cast<int32_t>(text.size()), 3,
                          [](int32_t) { return false; }, ends);
  EXPECT_TRUE(ends.empty());
}

TEST(MixedScriptNames, ReadAloudForTheParticle) {
  EXPECT_TRUE(mixed_script::read_with_final_consonant(U'6'));   // 육
  EXPECT_FALSE(mixed_script::read_with_final_consonant(U'2'));  // 이
  EXPECT_TRUE(mixed_script::read_with_final_consonant(U'L'));   // 엘
  EXPECT_FALSE(mixed_script::read_with_final_consonant(U'I'));  // 아이
}

std::string analyze(const std::string& text, bool guess = true) {
  AnalyzerOptions options;
  options.guess_loanwords = guess;
  options.known_names = guess;  // without guessing, plain MeCab: the shipped list has 카카오T
  Analyzer analyzer(testing::test_dictionary(), options);
  std::string out;
  for (const Morpheme& m : analyzer.analyze(text)) out += (out.empty() ? "" : " ") + m.form + "/" + m.tag;
  return out;
}

TEST(MixedScriptNames, TheAnalyzerKeepsThemWholeAndSplitsTheParticle) {
  EXPECT_EQ(analyze("엑스AI가 그록3를 냈다"), "엑스AI/NNP 가/JKS 그록3/NNP 를/JKO 내/VV 았/EP 다/EC");
  EXPECT_EQ(analyze("아이폰16이 갤럭시S25와"), "아이폰16/NNP 이/JKS 갤럭시S25/NNP 와/JKB");
  // Without guessing (plain MeCab) they stay split.
  EXPECT_EQ(analyze("카카오T", false), "카카오/NNP T/SL");
}

TEST(MixedScriptNames, TheAnalyzerLeavesCommonShapesAlone) {
  EXPECT_EQ(analyze("오후3시에"), "오후/NNG 3/SN 시/NNBC 에/JKB");
  EXPECT_EQ(analyze("AI가 S25에서"), "AI/SL 가/JKS S/SL 25/SN 에서/JKB");
  EXPECT_EQ(analyze("제2공장"), "제/XPN 2/SN 공장/NNG");
}

}  // namespace
}  // namespace kornews


namespace kornews {
namespace {

TEST(MixedScriptNames, SearchIndexesTheirRunsBesideTheWhole) {
  Analyzer analyzer(testing::test_dictionary());
  const auto ms = analyzer.analyze("갤럭시Z폴드6 판매");
  ASSERT_FALSE(ms.empty());
  EXPECT_EQ(ms[0].form, "갤럭시Z폴드6");
  EXPECT_EQ(search::CompoundParts(ms[0], analyzer), std::string("갤럭시\0Z\0폴드\0" "6", 20));
  // A guessed name in one script (딥시크) and a dictionary word have no such parts.
  const auto pure = analyzer.analyze("딥시크 반도체");
  ASSERT_EQ(pure.size(), 2u);
  EXPECT_EQ(search::MixedScriptParts(pure[0]), "");
  EXPECT_EQ(search::MixedScriptParts(pure[1]), "");
}

}  // namespace
}  // namespace kornews
