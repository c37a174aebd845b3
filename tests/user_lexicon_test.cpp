// Words added by the user: validation of rows and their effect on the analysis. Sentences
// written for these tests; expected analyses checked by hand.
#include "core/dict/user_lexicon.h"

#include <gtest/gtest.h>

#include <string>

#include "core/morph/analyzer.h"
#include "test_dictionary.h"

namespace kornews {
namespace {

std::string tagged(const std::vector<Morpheme>& morphemes) {
  std::string out;
  for (const Morpheme& m : morphemes) out += (out.empty() ? "" : " ") + m.form + "/" + m.tag;
  return out;
}

std::shared_ptr<const UserLexicon> lexicon(std::vector<UserWord> words) {
  return std::make_shared<const UserLexicon>(*testing::test_dictionary(), std::move(words));
}

TEST(UserLexicon, NewWordIsOneMorphemeBeforeItsParticle) {
  // A name with no trace of transliteration, so the analyzer does not guess it by itself.
  Analyzer analyzer(testing::test_dictionary());
  const std::string text = "한빛누리가 새 모델을 공개했다";
  EXPECT_EQ(tagged(analyzer.analyze(text)).rfind("한빛누리/NNP", 0), std::string::npos);

  analyzer.set_user_lexicon(lexicon({{"한빛누리", "NNP", {}, {}, {}}}));
  const auto ms = analyzer.analyze(text);
  ASSERT_GE(ms.size(), 2u);
  EXPECT_EQ(ms[0].form, "한빛누리");
  EXPECT_EQ(ms[0].tag, "NNP");
  EXPECT_EQ(ms[0].kind, MorphemeKind::kUser);
  EXPECT_EQ(ms[0].start, 0);
  EXPECT_EQ(ms[0].end, 4);
  EXPECT_EQ(ms[1].form, "가");
  EXPECT_EQ(ms[1].tag, "JKS");
  EXPECT_EQ(analyzer.user_lexicon()->word(ms[0].entry).word, "한빛누리");

  analyzer.set_user_lexicon(nullptr);  // back to the dictionary alone
  EXPECT_EQ(tagged(analyzer.analyze(text)).rfind("한빛누리/NNP", 0), std::string::npos);
}

TEST(UserLexicon, FinalConsonantPicksTheParticleContext) {
  // 어센드 and 엔비디아 end without a final consonant (they take 와, 를), 큐텐 with one (은, 이):
  // the particles after them must stay particles.
  Analyzer analyzer(testing::test_dictionary());
  analyzer.set_user_lexicon(lexicon({{"어센드", "NNP", {}, {}, {}},
                                     {"엔비디아", "NNP", {}, {}, {}},
                                     {"큐텐", "NNP", {}, {}, {}}}));
  const std::string expected = "엔비디아/NNP 와/JC 어센드/NNP 를/JKO ";
  EXPECT_EQ(tagged(analyzer.analyze("엔비디아와 어센드를 비교했다")).substr(0, expected.size()),
            expected);
  EXPECT_EQ(tagged(analyzer.analyze("큐텐은 큐텐이")), "큐텐/NNP 은/JX 큐텐/NNP 이/JKS");
}

TEST(UserLexicon, KeepsTheDecompositionAndReading) {
  auto user = lexicon({{"한빛전자", "NNP", {}, {"한빛", "전자"}, "한빛전자"}});
  Analyzer analyzer(testing::test_dictionary());
  analyzer.set_user_lexicon(user);
  const auto ms = analyzer.analyze("한빛전자의 실적");
  ASSERT_FALSE(ms.empty());
  EXPECT_EQ(ms[0].kind, MorphemeKind::kUser);
  EXPECT_EQ(user->word(ms[0].entry).parts, (std::vector<std::string>{"한빛", "전자"}));
}

TEST(UserLexicon, NormalizesWordsLikeText) {
  // Full-width letters in the row, half-width in the text (and the other way round).
  Analyzer analyzer(testing::test_dictionary());
  analyzer.set_user_lexicon(lexicon({{"ＫＯ１００", "SL", {}, {}, {}}}));
  const auto ms = analyzer.analyze("KO100을 샀다");
  ASSERT_FALSE(ms.empty());
  EXPECT_EQ(ms[0].form, "KO100");
  EXPECT_EQ(ms[0].kind, MorphemeKind::kUser);
}

TEST(UserLexicon, LaterRowOfTheSameWordAndTagWins) {
  auto user = lexicon({{"딥시크", "NNP", 100, {}, {}}, {"딥시크", "NNP", -500, {}, "a"}});
  EXPECT_EQ(user->size(), 1u);
  EXPECT_EQ(user->contexts(0).cost, -500);
  EXPECT_EQ(user->word(0).reading, "a");
}

std::string rejection(const UserWord& w) {
  try {
    UserLexicon::validate(*testing::test_dictionary(), w);
  } catch (const UserWordError& e) {
    return e.what();
  }
  return "accepted";
}

TEST(UserLexicon, RejectsBadRowsWithTheReason) {
  EXPECT_NE(rejection({"", "NNP", {}, {}, {}}).find("empty"), std::string::npos);
  EXPECT_NE(rejection({"딥 시크", "NNP", {}, {}, {}}).find("whitespace"), std::string::npos);
  EXPECT_NE(rejection({"딥\t시크", "NNP", {}, {}, {}}).find("whitespace"), std::string::npos);
  EXPECT_NE(rejection({"\u200B", "NNP", {}, {}, {}}).find("no visible"), std::string::npos);
  EXPECT_NE(rejection({"딥시크", "XYZ", {}, {}, {}}).find("unknown or unsupported tag"),
            std::string::npos);
  EXPECT_NE(rejection({"딥시크", "JKS", {}, {}, {}}).find("unsupported tag"), std::string::npos);
  EXPECT_NE(rejection({std::string(65 * 3, 'a'), "SL", {}, {}, {}}).find("longer than"),
            std::string::npos);
  EXPECT_NE(rejection({"딥시크", "NNP", 40000, {}, {}}).find("cost"), std::string::npos);
  EXPECT_NE(rejection({"한빛전자", "NNP", {}, {"한빛", "전기"}, {}}).find("do not spell"),
            std::string::npos);
  EXPECT_NE(rejection({"한빛전자", "NNP", {}, {"한빛전자"}, {}}).find("2 to"), std::string::npos);
  EXPECT_EQ(rejection({"딥시크", "NNP", {}, {}, {}}), "accepted");
  EXPECT_EQ(rejection({"돌파하", "VV", {}, {}, {}}), "accepted");
}

TEST(UserLexicon, ErrorNamesTheRow) {
  try {
    UserLexicon(*testing::test_dictionary(),
                {{"딥시크", "NNP", {}, {}, {}}, {"어센드", "NNQ", {}, {}, {}}});
    FAIL() << "accepted a bad tag";
  } catch (const UserWordError& e) {
    EXPECT_EQ(e.index(), 1u);
    EXPECT_NE(std::string(e.what()).find("어센드"), std::string::npos);
    EXPECT_FALSE(e.hint().empty());
  }
}

}  // namespace
}  // namespace kornews
