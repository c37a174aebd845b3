// Listed names kept whole by the analysis (core/dict/known_names.h), on a list and sentences
// written for these tests; the list kornews ships is only checked for being the one compiled in.
#include "core/dict/known_names.h"

#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "core/dict/builtin_names.h"
#include "core/dict/user_lexicon.h"
#include "core/error.h"
#include "core/morph/analyzer.h"
#include "core/search/compound_parts.h"
#include "core/search/token_stream.h"
#include "test_dictionary.h"

namespace kornews {
namespace {

// Our own list: names the dictionary lacks as one word (스노우플레이크 is 스노우 + 플레이크 there),
// and names it has or that the analysis cannot use, which the set must leave out.
constexpr const char* kList =
    "# names for the tests\n"
    "스노우플레이크\tOG\tcompany\n"
    "보건복지위원회\tOG\tgov\n"
    "경호처\tOG\tgov\n"
    "김하늘별\tPS\tperson\n"
    "한빛텔레콤\tOG\tcompany\n"
    "서울\tLC\tcity\n"            // a dictionary word
    "하늘 위성\tOG\tcompany\n"    // a space inside
    "QZX\tOG\tcompany\n"          // letters only
    "가\tOG\tcompany\n";          // one character

std::shared_ptr<const KnownNames> test_names() {
  static const auto names = std::make_shared<const KnownNames>(*testing::test_dictionary(), kList);
  return names;
}

std::string join(const std::vector<Morpheme>& ms) {
  std::string out;
  for (const Morpheme& m : ms) out += (out.empty() ? "" : " ") + m.form + "/" + m.tag;
  return out;
}

std::string analyze(const std::string& text, AnalyzerOptions options = {}) {
  Analyzer analyzer(testing::test_dictionary(), options);
  if (options.known_names) analyzer.set_known_names(test_names());
  return join(analyzer.analyze(text));
}

std::string slashes(std::string_view joined) {
  std::string s(joined);
  for (char& c : s)
    if (c == '\0') c = '/';
  return s;
}

TEST(KnownNames, KeepsOnlyNamesTheAnalysisNeeds) {
  const KnownNames& names = *test_names();
  EXPECT_EQ(names.size(), 5u);
  EXPECT_GE(names.find("스노우플레이크"), 0);
  EXPECT_GE(names.find("김하늘별"), 0);
  EXPECT_EQ(names.find("서울"), -1);
  EXPECT_EQ(names.find("하늘 위성"), -1);
  EXPECT_EQ(names.find("QZX"), -1);
  EXPECT_EQ(names.find("가"), -1);
  EXPECT_EQ(names.label(static_cast<uint32_t>(names.find("김하늘별"))), "PS");
}

TEST(KnownNames, ABadListIsAnErrorNamingTheLine) {
  try {
    KnownNames(*testing::test_dictionary(), "스노우플레이크\tOG\n하늘\tXX\n");
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("line 2"), std::string::npos) << e.what();
  }
}

TEST(KnownNames, MatchOnlyWhereTheNameIsAWord) {
  const KnownNames& names = *test_names();
  const auto ends = [&](const std::u32string& text, int32_t begin) {
    std::vector<KnownNames::Match> out;
    names.match(text.data(), static_cast<int32_t>(text.size()), begin, out);
    std::vector<int32_t> e;
    for (const auto& m : out) e.push_back(m.end);
    return e;
  };
  EXPECT_EQ(ends(U"스노우플레이크가", 0), std::vector<int32_t>{7});
  EXPECT_EQ(ends(U"(스노우플레이크)", 1), std::vector<int32_t>{8});
  // Not inside a Hangul word, nor glued to letters or digits after it.
  EXPECT_TRUE(ends(U"블루스노우플레이크", 2).empty());
  EXPECT_TRUE(ends(U"한빛텔레콤5G", 0).empty());
  EXPECT_EQ(ends(U"한빛텔레콤의", 0), std::vector<int32_t>{5});
}

TEST(KnownNames, TheAnalyzerKeepsANameWholeAndSplitsItsParticle) {
  EXPECT_EQ(analyze("스노우플레이크가 새 데이터 제품을 내놓았다."),
            "스노우플레이크/NNP 가/JKS 새/MM 데이터/NNG 제품/NNG 을/JKO 내놓/VV 았/EP 다/EF ./SF");
  EXPECT_EQ(analyze("보건복지위원회에서 법안을 다뤘다."),
            "보건복지위원회/NNP 에서/JKB 법안/NNG 을/JKO 다루/VV 었/EP 다/EF ./SF");
  // Without the list the dictionary's pieces come out.
  AnalyzerOptions no_names;
  no_names.known_names = false;
  EXPECT_EQ(analyze("스노우플레이크가", no_names), "스노우/NNP 플레이크/NNP 가/JKS");
}

TEST(KnownNames, ACommonWordIsNotBroken) {
  // 경호처 is listed, but 경호처럼 is 경호 + the particle 처럼.
  EXPECT_EQ(analyze("그는 경호처럼 조용히 움직였다."),
            "그/NP 는/JX 경호/NNG 처럼/JKB 조용히/MAG 움직이/VV 었/EP 다/EF ./SF");
  EXPECT_EQ(analyze("경호처가 문을 열었다."), "경호처/NNP 가/JKS 문/NNG 을/JKO 열/VV 었/EP 다/EF ./SF");
}

TEST(KnownNames, PlainMeCabModeIsUnchanged) {
  Analyzer analyzer(testing::test_dictionary(), AnalyzerOptions::plain_mecab());
  EXPECT_EQ(analyzer.known_names(), nullptr);
  const std::string text = "스노우플레이크가 보건복지위원회에 자료를 냈다.";
  const std::string plain = join(analyzer.analyze(text));
  EXPECT_EQ(plain.find("스노우플레이크/"), std::string::npos) << plain;
  EXPECT_EQ(plain.find("보건복지위원회/"), std::string::npos) << plain;
  EXPECT_EQ(analyze(text, AnalyzerOptions::plain_mecab()), plain);
}

TEST(KnownNames, AUserWordWinsOverAListedName) {
  Analyzer analyzer(testing::test_dictionary());
  analyzer.set_known_names(test_names());
  analyzer.set_user_lexicon(std::make_shared<const UserLexicon>(
      *testing::test_dictionary(), std::vector<UserWord>{{"스노우플레이크", "NNG", {}, {}, {}}}));
  const auto ms = analyzer.analyze("스노우플레이크가 올랐다.");
  ASSERT_FALSE(ms.empty());
  EXPECT_EQ(ms[0].form, "스노우플레이크");
  EXPECT_EQ(ms[0].tag, "NNG");
  EXPECT_EQ(ms[0].kind, MorphemeKind::kUser);
}

TEST(KnownNames, SearchFindsAListedNameWholeAndByItsParts) {
  Analyzer analyzer(testing::test_dictionary());
  analyzer.set_known_names(test_names());
  const std::string text = "보건복지위원회에서 김하늘별 의원이 에어버스를 타고 왔다.";
  search::TokenChunk chunk;
  search::TokenizeChunk(analyzer, text, 0, text.size(), &chunk);
  ASSERT_FALSE(chunk.tokens.empty());
  // The whole name is one token, indexed with the nouns it was read as without the list; the
  // dictionary compound 위원회 among them also gives its own part (위원; 회 is a suffix), so a
  // search for 위원회 or 위원 finds the name kept whole as it found the pieces before.
  const search::SearchToken& first = chunk.tokens[0];
  EXPECT_EQ(text.substr(first.offset, first.length), "보건복지위원회");
  EXPECT_EQ(first.type, search::kCompoundNoun);
  EXPECT_EQ(slashes(chunk.parts.substr(first.parts_offset, first.parts_length)),
            "보건/복지/위원회/위원");

  const auto parts_of = [&](const std::string& word) {
    for (const Morpheme& m : analyzer.analyze(text))
      if (m.form == word) return slashes(search::CompoundParts(m, analyzer));
    return std::string("(not found)");
  };
  EXPECT_EQ(parts_of("보건복지위원회"), "보건/복지/위원회/위원");
  // A person's name is not split.
  EXPECT_EQ(parts_of("김하늘별"), "");
}

TEST(KnownNames, ATransliterationIsNotFoundByAWordItHappensToContain) {
  // 에어버스 is 에/IC 어/IC 버스/NNG without the list: searching 버스 must not find the aircraft
  // maker, so the listed name gets no parts.
  const auto names = std::make_shared<const KnownNames>(*testing::test_dictionary(),
                                                        "에어버스\tOG\tcompany\n");
  Analyzer analyzer(testing::test_dictionary());
  analyzer.set_known_names(names);
  const auto ms = analyzer.analyze("에어버스를 탔다");
  ASSERT_FALSE(ms.empty());
  EXPECT_EQ(ms[0].form, "에어버스");
  EXPECT_EQ(ms[0].tag, "NNP");
  EXPECT_EQ(search::CompoundParts(ms[0], analyzer), "");
}

TEST(KnownNames, TheBuiltInListIsTheShippedFileAndOnByDefault) {
  std::ifstream in(std::string(KORNEWS_SOURCE_DIR) + "/data/kornews_names.tsv", std::ios::binary);
  ASSERT_TRUE(in) << "data/kornews_names.tsv not found";
  std::stringstream file;
  file << in.rdbuf();
  EXPECT_EQ(builtin_name_list(), file.str());

  Analyzer analyzer(testing::test_dictionary());
  ASSERT_NE(analyzer.known_names(), nullptr);
  EXPECT_EQ(analyzer.known_names()->size(),
            KnownNames(*testing::test_dictionary(), file.str()).size());
}

}  // namespace
}  // namespace kornews
