// Hangul readings of Hanja from the dictionary's own entries.
#include "core/morph/hanja_reading.h"

#include <gtest/gtest.h>

#include <string>

#include "core/dict/user_lexicon.h"
#include "core/morph/analyzer.h"
#include "core/text/hanja.h"
#include "test_dictionary.h"

namespace kornews {
namespace {

std::string read(const std::string& text) {
  Analyzer analyzer(testing::test_dictionary());
  return hanja_reading(analyzer, text);
}

TEST(Hanja, ReadsWordsFromTheDictionary) {
  EXPECT_EQ(read("韓國"), "한국");
  EXPECT_EQ(read("韓國 經濟"), "한국 경제");
  EXPECT_EQ(read("國會"), "국회");
}

TEST(Hanja, LeavesEverythingElseAsItIs) {
  EXPECT_EQ(read(""), "");
  EXPECT_EQ(read("한국 abc 123, ok."), "한국 abc 123, ok.");
  // 訪 has no reading in mecab-ko-dic (it is an unknown SH there): kept as written.
  EXPECT_EQ(read("朴대통령이 訪美했다"), "박대통령이 訪미했다");
}

TEST(Hanja, DetectsHanja) {
  EXPECT_TRUE(is_hanja(U'韓'));
  EXPECT_TRUE(is_hanja(0xF900));  // a compatibility ideograph
  EXPECT_FALSE(is_hanja(U'한'));
  EXPECT_FALSE(is_hanja(U'a'));
  EXPECT_TRUE(contains_hanja("오늘 美 증시"));
  EXPECT_FALSE(contains_hanja("오늘 미국 증시"));
  EXPECT_TRUE(contains_hanja("\xEA美"));              // a broken Hangul lead byte, then 美
  EXPECT_TRUE(contains_hanja("가\xF0\xA0\x80\x80"));  // U+20000, outside the main block
  EXPECT_TRUE(contains_hanja("\xEF\xA4\x80"));        // U+F900
  EXPECT_FALSE(contains_hanja("\xED\x9F\xBF한"));     // U+D7FF, Hangul Jamo Extended-B
}

TEST(Hanja, UserWordReadingWins) {
  Analyzer analyzer(testing::test_dictionary());
  UserWord w;
  w.word = "習近平";
  w.tag = "NNP";
  w.reading = "시진핑";
  analyzer.set_user_lexicon(
      std::make_shared<const UserLexicon>(analyzer.dictionary(), std::vector<UserWord>{w}));
  EXPECT_EQ(hanja_reading(analyzer, "習近平 주석"), "시진핑 주석");
}

}  // namespace
}  // namespace kornews
