// The analyzer on sentences written for these tests; expected analyses checked by hand.
#include "core/morph/analyzer.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>

#include "core/error.h"
#include "test_dictionary.h"

namespace kornews {
namespace {

std::string tagged(const std::vector<Morpheme>& morphemes) {
  std::string out;
  for (const Morpheme& m : morphemes) out += (out.empty() ? "" : " ") + m.form + "/" + m.tag;
  return out;
}

std::string analyze(const std::string& text, bool space_penalty = true) {
  AnalyzerOptions options;
  options.space_penalty = space_penalty;
  Analyzer analyzer(testing::test_dictionary(), options);
  return tagged(analyzer.analyze(text));
}

TEST(Analyzer, SplitsParticlesFromNouns) {
  EXPECT_EQ(analyze("화웨이의 반도체를"), "화웨이/NNP 의/JKG 반도체/NNG 를/JKO");
  EXPECT_EQ(analyze("화웨이가 화웨이도"), "화웨이/NNP 가/JKS 화웨이/NNP 도/JX");
}

TEST(Analyzer, ExpandsInflectedEntries) {
  Analyzer analyzer(testing::test_dictionary());
  const auto ms = analyzer.analyze("어제 비가 왔어요");
  EXPECT_EQ(tagged(ms), "어제/MAG 비/NNG 가/JKS 오/VV 았/EP 어요/EC");
  // 왔어요 is one Inflect entry = 오 + 았 + 어요: every piece carries the span of the written
  // word (characters 6..9).
  ASSERT_EQ(ms.size(), 6u);
  for (size_t i = 3; i < 6; ++i) {
    EXPECT_EQ(ms[i].kind, MorphemeKind::kInflectPart);
    EXPECT_EQ(ms[i].start, 6);
    EXPECT_EQ(ms[i].end, 9);
  }
  EXPECT_TRUE(ms[3].space_before);
  EXPECT_FALSE(ms[4].space_before);
}

TEST(Analyzer, KeepsCompoundsWholeWithTheirParts) {
  Analyzer analyzer(testing::test_dictionary());
  const auto ms = analyzer.analyze("삼성전자의 수출");
  ASSERT_GE(ms.size(), 1u);
  EXPECT_EQ(ms[0].form, "삼성전자");
  EXPECT_EQ(ms[0].tag, "NNP");
  EXPECT_EQ(ms[0].kind, MorphemeKind::kCompound);
  EXPECT_EQ(testing::test_dictionary()->compound_parts(ms[0].entry), "삼성/NNG/*+전자/NNG/*");
  EXPECT_EQ(testing::test_dictionary()->compound_parts(ms[1].entry), "");  // 의: not a compound
}

TEST(Analyzer, LeftSpacePenaltyKeepsParticlesOffEojeolStarts) {
  // Without the penalty 가 is read as a subject particle opening the word 가처분.
  EXPECT_EQ(analyze("법원이 정지 가처분 신청을 받아들였다", true),
            "법원/NNG 이/JKS 정지/NNG 가처분/NNG 신청/NNG 을/JKO 받아들이/VV 었/EP 다/EC");
  EXPECT_EQ(analyze("법원이 정지 가처분 신청을 받아들였다", false),
            "법원/NNG 이/JKS 정지/NNG 가/JKS 처분/NNG 신청/NNG 을/JKO 받아들이/VV 었/EP 다/EC");
}

TEST(Analyzer, OffsetsPointIntoTheOriginalText) {
  Analyzer analyzer(testing::test_dictionary());
  const std::string text = "Ｈ１００ 칩";  // full-width letters normalize to H100
  const auto ms = analyzer.analyze(text);
  ASSERT_EQ(tagged(ms), "H/SL 100/SN 칩/NNG");
  EXPECT_EQ(ms[0].start, 0);
  EXPECT_EQ(ms[0].end, 1);
  EXPECT_EQ(ms[1].start, 1);
  EXPECT_EQ(ms[1].end, 4);
  EXPECT_EQ(ms[2].start, 5);
  EXPECT_EQ(ms[2].end, 6);
  // Byte offsets: full-width characters are 3 bytes each.
  EXPECT_EQ(ms[1].byte_start, 3);
  EXPECT_EQ(ms[1].byte_end, 12);
  EXPECT_EQ(text.substr(ms[2].byte_start, ms[2].byte_end - ms[2].byte_start), "칩");
  EXPECT_TRUE(ms[2].space_before);
  EXPECT_FALSE(ms[1].space_before);
}

TEST(Analyzer, OffsetsContinueAcrossLines) {
  Analyzer analyzer(testing::test_dictionary());
  const auto ms = analyzer.analyze("버스\n\n요금");
  ASSERT_EQ(tagged(ms), "버스/NNG 요금/NNG");
  EXPECT_EQ(ms[1].start, 4);
  EXPECT_EQ(ms[1].end, 6);
  EXPECT_EQ(ms[1].byte_start, 8);
}

TEST(Analyzer, ComposesConjoiningJamoAndKeepsCompatibilityJamo) {
  // ᄒ ᅡ ᆫ (three conjoining jamo) + 글 is the word 한글 once normalized.
  const std::string conjoining = "\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB글";
  Analyzer analyzer(testing::test_dictionary());
  const auto ms = analyzer.analyze(conjoining);
  ASSERT_EQ(tagged(ms), "한글/NNG");
  EXPECT_EQ(ms[0].start, 0);
  EXPECT_EQ(ms[0].end, 4);
  EXPECT_EQ(analyze("ㅋㅋ 진짜"), "ㅋㅋ/IC 진짜/MAG");
}

TEST(Analyzer, EmptyAndBlankInputGiveNoMorphemes) {
  EXPECT_EQ(analyze(""), "");
  EXPECT_EQ(analyze("  \t \n  "), "");
}

TEST(Analyzer, OddCharactersNeverBreakOffsets) {
  Analyzer analyzer(testing::test_dictionary());
  // control character, emoji, a zero-width space, an invalid byte
  const std::string text = "가\x01나😀\xE2\x80\x8B끝 \xFF";
  const auto ms = analyzer.analyze(text);
  ASSERT_FALSE(ms.empty());
  int32_t previous_end = 0;
  for (const Morpheme& m : ms) {
    EXPECT_LE(previous_end, m.start);
    EXPECT_LT(m.start, m.end);
    EXPECT_LE(m.byte_end, static_cast<int32_t>(text.size()));
    previous_end = m.end;
  }
  EXPECT_EQ(ms.back().form, "\xEF\xBF\xBD");  // the invalid byte reads as U+FFFD
}

TEST(Analyzer, LongTextWithoutSpacesIsCoveredToTheEnd) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "한국은행";  // 80,000 syllables, no space
  Analyzer analyzer(testing::test_dictionary());
  size_t count = 0;
  int32_t last_end = 0;
  analyzer.analyze(text, [&](const Morpheme& m) {
    ++count;
    last_end = m.end;
  });
  EXPECT_GE(count, 20000u);
  EXPECT_EQ(last_end, 80000);
}

TEST(Analyzer, InterruptCheckAbandonsTheCall) {
  AnalyzerOptions options;
  int calls = 0;
  options.interrupt_check = [&] {
    if (++calls == 3) throw Interrupted();
  };
  Analyzer analyzer(testing::test_dictionary(), options);
  std::string text;
  for (int i = 0; i < 100; ++i) text += "버스 요금이 올랐다.\n";
  EXPECT_THROW(analyzer.analyze(text), Interrupted);
  // The analyzer stays usable after an abandoned call.
  calls = -100;
  EXPECT_EQ(tagged(analyzer.analyze("버스")), "버스/NNG");
}

}  // namespace
}  // namespace kornews

namespace kornews {
namespace {

TEST(Analyzer, SpansNeverOverlapWhenNormalizationJoinsCharacters) {
  // 화 followed by a combining horn is one normalization segment (characters 0..2) that the
  // analysis splits in two: the first morpheme gets the span, the second is empty at its end.
  Analyzer analyzer(testing::test_dictionary());
  const auto ms = analyzer.analyze("화\xCC\x9B 뉴스");
  ASSERT_GE(ms.size(), 3u);
  EXPECT_EQ(ms[0].start, 0);
  EXPECT_EQ(ms[0].end, 2);
  EXPECT_EQ(ms[1].start, 2);
  EXPECT_EQ(ms[1].end, 2);
  EXPECT_EQ(ms[2].form, "뉴스");
  EXPECT_EQ(ms[2].start, 3);
}

}  // namespace
}  // namespace kornews

namespace kornews {
namespace {

TEST(Analyzer, GuessesTransliteratedNamesAsOneNoun) {
  const std::string out = analyze("딥시크가 어센드를 공개했다 엔비디아의 칩");
  EXPECT_NE(out.find("딥시크/NNP 가/JKS 어센드/NNP 를/JKO "), std::string::npos) << out;
  EXPECT_NE(out.find(" 엔비디아/NNP 의/JKG "), std::string::npos) << out;
}

TEST(Analyzer, KeepsKnownWordsAndCompoundsOverGuesses) {
  // A dictionary word, a compound of dictionary words, and a word the guess would cut inside.
  EXPECT_EQ(analyze("디자인을"), "디자인/NNG 을/JKO");
  EXPECT_EQ(analyze("로봇청소기를"), "로봇/NNG 청소기/NNG 를/JKO");
  EXPECT_EQ(analyze("레스토랑에"), "레스토랑/NNG 에/JKB");
  // Native words with no trace of transliteration are never guessed.
  EXPECT_EQ(analyze("사랑한다"), "사랑/NNG 하/XSV ᆫ다/EC");
}

TEST(Analyzer, GuessingCanBeSwitchedOff) {
  AnalyzerOptions options;
  options.guess_loanwords = false;
  options.known_names = false;  // the shipped list of known names has 딥시크
  Analyzer analyzer(testing::test_dictionary(), options);
  EXPECT_EQ(tagged(analyzer.analyze("딥시크가")), "딥/NNG 시크/NNG 가/JKS");
}

}  // namespace
}  // namespace kornews

namespace kornews {
namespace {

TEST(Analyzer, TagsQuotesBracketsAndEllipsesAsSejongDoes) {
  EXPECT_EQ(analyze("그는 \"반도체\"라고 했다"),
            "그/NP 는/JX \"/SSO 반도체/NNG \"/SSC 라고/JKQ 하/VV 았/EP 다/EC");
  EXPECT_EQ(analyze("'갤럭시' 출시…"), "'/SSO 갤럭시/NNP '/SSC 출시/NNG …/SE");
  // MeCab reads ... after a word as ./SF ../SY: one ellipsis.
  EXPECT_EQ(analyze("그래서... 끝"), "그래서/MAJ .../SE 끝/NNG");
  EXPECT_EQ(analyze("좋네요.."), "좋/VA 네요/EF ./SF ./SF");  // two periods: two full stops
  // MeCab tags the second of two sentence-final marks SY.
  EXPECT_EQ(analyze("그래서.. 끝"), "그래서/MAJ ./SF ./SF 끝/NNG");
  EXPECT_EQ(analyze("정말?! 그래"), "정말/MAG ?/SF !/SF 그렇/VA 어/EC");
  EXPECT_EQ(analyze("《작은 책》을"), "《/SSO 작/VA 은/ETM 책/NNG 》/SSC 을/JKO");
  // A stray mark that is none of these keeps the dictionary's tag.
  EXPECT_EQ(analyze("10% ~ 20%"), "10/SN %/SY ~/SY 20/SN %/SY");
}

TEST(Analyzer, NumbersWithSeparatorsAreOneMorpheme) {
  EXPECT_EQ(analyze("3.5달러"), "3.5/SN 달러/NNBC");
  EXPECT_EQ(analyze("1,234,567원"), "1,234,567/SN 원/NNBC");
  EXPECT_EQ(analyze("2024.11.28 발표"), "2024.11.28/SN 발표/NNG");
  // Not a thousands separator (two digits follow), and a full stop after a number.
  EXPECT_EQ(analyze("1,23원"), "1/SN ,/SC 23/SN 원/NNBC");
  EXPECT_EQ(analyze("3.5."), "3.5/SN ./SF");
  // The merged morpheme spans all of its characters.
  Analyzer analyzer(testing::test_dictionary());
  const auto ms = analyzer.analyze("가격 12,000원");
  ASSERT_GE(ms.size(), 2u);
  EXPECT_EQ(ms[1].form, "12,000");
  EXPECT_EQ(ms[1].start, 3);
  EXPECT_EQ(ms[1].end, 9);
  EXPECT_EQ(ms[1].byte_start, 7);
  EXPECT_EQ(ms[1].byte_end, 13);
}

TEST(Analyzer, MecabSymbolTagsOnRequest) {
  AnalyzerOptions options;
  options.sejong_symbols = false;
  Analyzer analyzer(testing::test_dictionary(), options);
  EXPECT_EQ(tagged(analyzer.analyze("'갤럭시' 3.5")), "'/SY 갤럭시/NNP '/SY 3/SN ./SY 5/SN");
}

TEST(Analyzer, ALoneWordTheDictionaryHasAsANounIsThatNoun) {
  EXPECT_EQ(analyze("보은"), "보은/NNG");
  EXPECT_EQ(analyze("우리나라"), "우리나라/NNG");
  EXPECT_EQ(analyze("가다"), "가/VV 다/EC");                 // a citation form stays a predicate
  EXPECT_EQ(analyze("보은 지역"), "보/VV 은/ETM 지역/NNG");  // only a lone word
  AnalyzerOptions options;
  options.whole_word_nouns = false;
  Analyzer analyzer(testing::test_dictionary(), options);
  EXPECT_EQ(tagged(analyzer.analyze("보은")), "보/VV 은/ETM");
}

TEST(Analyzer, FirstMorphemeOfALineFollowsWhitespace) {
  Analyzer analyzer(testing::test_dictionary());
  const auto ms = analyzer.analyze("수출이 늘었다\n반도체가 이끌었다");
  ASSERT_FALSE(ms.empty());
  EXPECT_FALSE(ms[0].space_before);  // the start of the text
  const auto line2 =
      std::find_if(ms.begin(), ms.end(), [](const Morpheme& m) { return m.form == "반도체"; });
  ASSERT_NE(line2, ms.end());
  EXPECT_TRUE(line2->space_before);
}

}  // namespace
}  // namespace kornews
