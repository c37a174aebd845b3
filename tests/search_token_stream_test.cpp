// The search token stream (core/search): exact tokens, offsets and types for sentences written
// for these tests, the tiling contract, compound parts and eojeol variants.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "core/morph/analyzer.h"
#include "core/search/token_stream.h"
#include "test_dictionary.h"

namespace kornews::search {
namespace {

struct Tok {
  std::string text;
  int type;
  int offset;
  std::string parts, variants;
  bool operator==(const Tok& o) const {
    return text == o.text && type == o.type && offset == o.offset && parts == o.parts &&
           variants == o.variants;
  }
};

std::ostream& operator<<(std::ostream& os, const Tok& t) {
  return os << "{" << t.text << " type " << t.type << " @" << t.offset << " parts[" << t.parts
            << "] variants[" << t.variants << "]}";
}

std::string Slashes(std::string s) {  // '\0'-joined lists shown with '/'
  for (char& c : s)
    if (c == '\0') c = '/';
  return s;
}

std::vector<Tok> Tokenize(std::string_view text, AnalyzerOptions options = {}) {
  Analyzer analyzer(testing::test_dictionary(), options);
  TokenChunk chunk;
  TokenizeChunk(analyzer, text, 0, text.size(), &chunk);
  std::vector<Tok> out;
  for (const SearchToken& t : chunk.tokens) {
    const std::string_view source = IsBaseType(t.type) ? std::string_view(chunk.base_text) : text;
    out.push_back({std::string(source.substr(t.offset, t.length)), t.type, t.offset,
                   Slashes(chunk.parts.substr(t.parts_offset, t.parts_length)),
                   Slashes(chunk.variants.substr(t.variants_offset, t.variants_length))});
  }
  return out;
}

// Non-base tokens, concatenated, give back the text, each starting where the last ended.
void ExpectTiling(std::string_view text) {
  Analyzer analyzer(testing::test_dictionary());
  TokenChunk chunk;
  TokenizeChunk(analyzer, text, 0, text.size(), &chunk);
  size_t at = 0;
  for (const SearchToken& t : chunk.tokens) {
    if (IsBaseType(t.type)) continue;
    ASSERT_EQ(static_cast<size_t>(t.offset), at) << text;
    ASSERT_GT(t.length, 0) << text;
    at += t.length;
  }
  EXPECT_EQ(at, text.size()) << text;
}

TEST(SearchTokens, NounsParticlesAndBlanksWithOffsets) {
  const std::vector<Tok> expected = {
      {"경찰", kNoun, 0, "", ""},        {"이", kParticle, 6, "", ""},
      {" ", kBlank, 9, "", ""},          {"범인", kNoun, 10, "", ""},
      {"을", kParticle, 16, "", ""},     {" ", kBlank, 19, "", ""},
      {"잡", kVerb, 20, "", ""},         {"았", kEnding, 23, "", ""},
      {"다", kEnding, 26, "", ""},       {".", kSymbol, 29, "", ""},
  };
  EXPECT_EQ(Tokenize("경찰이 범인을 잡았다."), expected);
}

TEST(SearchTokens, CompoundNounCarriesItsDictionaryParts) {
  // 경찰관 = 경찰 + 관 (an affix): indexed with 경찰; 대통령실 = 대통령 + 실.
  const std::vector<Tok> tokens = Tokenize("경찰관이 대통령실에 갔다");
  ASSERT_GE(tokens.size(), 5u);
  EXPECT_EQ(tokens[0], (Tok{"경찰관", kCompoundNoun, 0, "경찰", ""}));
  EXPECT_EQ(tokens[3], (Tok{"대통령실", kCompoundNoun, 13, "대통령", ""}));
}

TEST(SearchTokens, CompoundOfTwoWordsGivesBoth) {
  const std::vector<Tok> tokens = Tokenize("삼성전자");
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_EQ(tokens[0], (Tok{"삼성전자", kCompoundNoun, 0, "삼성/전자", ""}));
}

TEST(SearchTokens, NamesThatOnlySpellAWordAreNotSplit) {
  // 의정부 = 의정 + 부 (의정 is rare alone), 북한산 a mountain (북한 tagged a common noun in
  // it), 반도체 far more common than 도체: no parts.
  for (std::string_view word : {"의정부", "북한산", "반도체"}) {
    const std::vector<Tok> tokens = Tokenize(word);
    ASSERT_EQ(tokens.size(), 1u) << word;
    EXPECT_EQ(tokens[0].parts, "") << word;
  }
}

TEST(SearchTokens, PlaceNameSplitOnlyByAPlace) {
  const std::vector<Tok> tokens = Tokenize("서울시");
  ASSERT_EQ(tokens.size(), 1u);
  EXPECT_EQ(tokens[0], (Tok{"서울시", kCompoundNoun, 0, "서울", ""}));
}

TEST(SearchTokens, VerbEojeolCarriesNoNounVariant) {
  // 사고 = 사/VV + 고/EC: the verb 사다, never the noun 사고 (accident).
  const std::vector<Tok> tokens = Tokenize("팝콘을 사고");
  ASSERT_EQ(tokens.size(), 5u);
  EXPECT_EQ(tokens[3], (Tok{"사", kVerb, 10, "", ""}));
  EXPECT_EQ(tokens[4], (Tok{"고", kEnding, 13, "", ""}));
}

TEST(SearchTokens, InterjectionsGluedToANounAreOneUnknownWord) {
  // 에어버스는 reads 에/IC 어/IC 버스/NNG 는/JX: one token 에어버스, not 버스. (With the list of
  // known names, which has 에어버스, it is one NNP already: the list is left out here.)
  AnalyzerOptions without_list;
  without_list.known_names = false;
  const std::vector<Tok> expected = {{"에어버스", kUnknown, 0, "", ""},
                                     {"는", kParticle, 12, "", ""}};
  EXPECT_EQ(Tokenize("에어버스는", without_list), expected);
}

TEST(SearchTokens, LaughterGluedToANameLeavesTheName) {
  // ㅋㅋ is read as an interjection too, but is not a syllable: 소지섭 stays a token of its own.
  bool name = false;
  for (const Tok& t : Tokenize("ㅋㅋ소지섭이 멋지다")) name = name || t.text == "소지섭";
  EXPECT_TRUE(name);
}

TEST(SearchTokens, NominalRunGetsTheWholeNameAsVariant) {
  // 강남경찰서 reads 강남 + 경찰서: both tokens also carry 강남경찰서.
  const std::vector<Tok> tokens = Tokenize("강남경찰서는");
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0], (Tok{"강남", kProperNoun, 0, "", "강남경찰서"}));
  EXPECT_EQ(tokens[1], (Tok{"경찰서", kCompoundNoun, 6, "경찰", "강남경찰서"}));
}

TEST(SearchTokens, ContractionGivesSurfaceThenBaseTokens) {
  // 했 is written once (surface) and indexed as 하 + 았 (base tokens, not in the text).
  const std::vector<Tok> tokens = Tokenize("했다");
  ASSERT_EQ(tokens.size(), 4u);
  EXPECT_EQ(tokens[0].text, "했");
  EXPECT_EQ(tokens[0].type, kSurface);
  EXPECT_EQ(tokens[1].text, "하");
  EXPECT_TRUE(IsBaseType(tokens[1].type));
  EXPECT_EQ(tokens[3].text, "다");
}

TEST(SearchTokens, NumbersWithSeparatorsAndAlphanumerics) {
  const std::vector<Tok> tokens = Tokenize("H100 1,000개");
  ASSERT_GE(tokens.size(), 5u);
  EXPECT_EQ(tokens[0], (Tok{"H100", kAlnum, 0, "", ""}));
  EXPECT_EQ(tokens[2].text, "1,000");
  EXPECT_EQ(tokens[2].type, kSurface);
  EXPECT_EQ(tokens[3].text, "1000");
  EXPECT_EQ(tokens[3].type, kBaseOffset + kNumber);
}

TEST(SearchTokens, TokensTileTheInput) {
  for (std::string_view text :
       {"", " ", "  경찰관이\t\t왔다 ", "했다. 갔다!", "H100과 910C, 1,000억 원", "에어버스는 자사고에",
        "\xEA\xB0", "a\xFF b", "🙂 이모지 🙂", "한자 韓國 漢字"}) {
    ExpectTiling(text);
  }
}

TEST(SearchTokens, OverlongWordIsCutAtCharacterBoundaries) {
  std::string text;
  for (int i = 0; i < 1000; i++) text += "가";  // 3000 bytes, no space
  ExpectTiling(text);
  for (const Tok& t : Tokenize(text)) EXPECT_LE(t.text.size(), static_cast<size_t>(kMaxTokenBytes));
}

TEST(SearchTokens, ChunkEndPrefersNewlineThenSpace) {
  EXPECT_EQ(ChunkEnd("abc", 0, 10), 3u);
  EXPECT_EQ(ChunkEnd("aaaa\nbbbb cc", 0, 8), 5u);
  EXPECT_EQ(ChunkEnd("aaaa bbbbccc", 0, 8), 5u);
  // No break in the second half: a UTF-8 boundary (가 is 3 bytes).
  EXPECT_EQ(ChunkEnd("가가가가", 0, 7), 6u);
}

}  // namespace
}  // namespace kornews::search
