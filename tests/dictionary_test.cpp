// The dictionary file: double-array building, feature parsing, and what a bad file does.
#include "core/dict/dictionary.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <algorithm>
#include <cstddef>
#include <cstdio>
#include <fstream>
#include <iterator>

#include "core/dict/double_array_builder.h"
#include "core/error.h"
#include "core/morph/analyzer.h"
#include "core/dict/feature.h"

namespace kornews {
namespace {

// Follows the format documented in dict_format.h: returns the value of `key`, or -1.
int64_t exact_match(const std::vector<dict::TrieUnit>& trie, const std::vector<uint16_t>& key) {
  uint32_t state = 0;
  for (uint16_t code : key) {
    const uint32_t next = static_cast<uint32_t>(trie[state].base) + code;
    if (next >= trie.size() || trie[next].check != state) return -1;
    state = next;
  }
  if (trie[state].value == dict::kNoValue) return -1;
  return trie[state].value;
}

TEST(DoubleArray, FindsEveryKeyAndNothingElse) {
  const std::vector<std::vector<uint16_t>> keys = {{1}, {1, 2}, {1, 2, 3}, {2, 900}, {7, 1, 1}};
  const std::vector<uint32_t> values = {10, 11, 12, 13, 14};
  const auto trie = dict::build_double_array(keys, values);
  for (size_t i = 0; i < keys.size(); ++i) EXPECT_EQ(exact_match(trie, keys[i]), values[i]);
  EXPECT_EQ(exact_match(trie, {2}), -1);
  EXPECT_EQ(exact_match(trie, {1, 3}), -1);
  EXPECT_EQ(exact_match(trie, {7, 1}), -1);
  EXPECT_EQ(exact_match(trie, {900}), -1);
}

TEST(DoubleArray, RejectsDuplicateKeys) {
  EXPECT_THROW(dict::build_double_array({{1, 2}, {1, 2}}, {1, 2}), std::invalid_argument);
  EXPECT_THROW(dict::build_double_array({{1}}, {dict::kNoValue}), std::invalid_argument);
}

TEST(Feature, ReadsTheFieldsOfAnInflectedEntry) {
  const auto f = parse_feature("VV+EP,*,T,했,Inflect,VV,EP,하/VV/*+았/EP/*");
  EXPECT_EQ(f.pos, "VV+EP");
  EXPECT_EQ(f.type, "Inflect");
  EXPECT_EQ(f.expression, "하/VV/*+았/EP/*");
  std::vector<ExpressionItem> items;
  ASSERT_TRUE(parse_expression(f.expression, items));
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].form, "하");
  EXPECT_EQ(items[1].tag, "EP");
}

TEST(Feature, FindsTheTypeFieldWhenTheReadingHoldsACommas) {
  const auto f = parse_feature("SC,*,*,,,*,*,*,*");
  EXPECT_EQ(f.pos, "SC");
  EXPECT_EQ(f.type, "*");
  std::vector<ExpressionItem> items;
  EXPECT_FALSE(parse_expression("no-tags-here", items));
  ASSERT_TRUE(parse_expression("/VCP/*+다/EF/*", items));
  EXPECT_EQ(items[0].form, "");
  EXPECT_EQ(items[0].tag, "VCP");
}

class BadDictionary : public ::testing::Test {
 protected:
  std::string path_ = ::testing::TempDir() + "kornews_bad_" + std::to_string(getpid()) + ".dic";
  void TearDown() override { std::remove(path_.c_str()); }
  void write(const std::string& bytes) { std::ofstream(path_, std::ios::binary) << bytes; }
  static std::string real_dictionary() {
    std::ifstream in(KORNEWS_TEST_DICT, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), {});
  }
};

TEST_F(BadDictionary, MissingFileHasAHint) {
  try {
    Dictionary::open("/nonexistent/kornews.dic");
    FAIL() << "opened a missing file";
  } catch (const DictionaryError& e) {
    EXPECT_NE(std::string(e.what()).find("cannot open"), std::string::npos);
    EXPECT_FALSE(e.hint().empty());
  }
}

TEST_F(BadDictionary, GarbageIsRejectedAtOpen) {
  write(std::string(4096, 'x'));
  EXPECT_THROW(Dictionary::open(path_), DictionaryError);
  write("tiny");
  EXPECT_THROW(Dictionary::open(path_), DictionaryError);
}

TEST_F(BadDictionary, TruncatedFileIsRejectedAtOpen) {
  const std::string real = real_dictionary();
  write(real.substr(0, real.size() / 2));
  try {
    Dictionary::open(path_);
    FAIL() << "opened a truncated file";
  } catch (const DictionaryError& e) {
    EXPECT_NE(std::string(e.what()).find("truncated"), std::string::npos);
  }
}

TEST_F(BadDictionary, OneChangedByteAnywhereIsACorruptFile) {
  const std::string real = real_dictionary();
  // A byte in each stretch of the file: the header's section table, the char classes, the
  // trie, the entries, the matrix, the column bounds near the end.
  // A reserved byte of the header too: no byte is outside the checksum.
  const size_t reserved = offsetof(dict::FileHeader, sections) + offsetof(dict::SectionRef, reserved);
  for (const size_t at : {reserved, sizeof(dict::FileHeader) - 8, sizeof(dict::FileHeader) + 100,
                          real.size() / 5, real.size() / 2, real.size() - 5000, real.size() - 1}) {
    std::string bytes = real;
    bytes[at] ^= 0x01;
    write(bytes);
    try {
      Dictionary::open(path_);
      FAIL() << "opened a file with byte " << at << " changed";
    } catch (const DictionaryError& e) {
      EXPECT_FALSE(e.hint().empty()) << at;
    }
  }
}

TEST_F(BadDictionary, FlippedBytesFailVerificationAndNeverCrashAnalysis) {
  std::string bytes = real_dictionary();
  // Scribble over a stretch in the middle of the payload (trie and entries live there).
  for (size_t i = bytes.size() / 5; i < bytes.size() / 5 + 200000; i += 7) bytes[i] ^= 0x5A;
  write(bytes);
  EXPECT_THROW(Dictionary::open(path_), DictionaryError);
  auto dict = Dictionary::open(path_, /*verify=*/false);  // the header alone looks right
  EXPECT_THROW(dict->verify(), DictionaryError);
  Analyzer analyzer(dict);
  try {
    analyzer.analyze("화웨이의 반도체를 엔비디아가 검증했다");  // a wrong answer or an error
  } catch (const DictionaryError&) {
  }
}

TEST(Dictionary, TheBuiltDictionaryVerifies) {
  auto dict = Dictionary::open(KORNEWS_TEST_DICT);
  EXPECT_NO_THROW(dict->verify());
  EXPECT_NE(dict->source().find("mecab-ko-dic"), std::string_view::npos);
  EXPECT_GT(dict->entry_count(), 800000u);
}

TEST(Dictionary, AWalkDownTheTrieFindsTheWordsATextBeginsWith) {
  auto dict = Dictionary::open(KORNEWS_TEST_DICT);
  // 우크라이나: 우크라 and 우크라이나 are words on the way, 우크라이나가 goes no further.
  const std::u32string text = U"우크라이나가";
  std::vector<size_t> words;
  uint32_t state = 0;
  size_t walked = 0;
  while (walked < text.size() && dict->step(state, text[walked])) {
    ++walked;
    uint32_t first = 0, count = 0;
    if (dict->word_at(state, &first, &count)) {
      words.push_back(walked);
      EXPECT_GT(count, 0u);
      EXPECT_LE(first + count, dict->entry_count());
    }
  }
  EXPECT_LT(walked, text.size());
  EXPECT_NE(std::find(words.begin(), words.end(), 3u), words.end());
  EXPECT_NE(std::find(words.begin(), words.end(), 5u), words.end());
  uint32_t root = 0;
  EXPECT_FALSE(dict->step(root, U'\u2603'));  // no word has a snowman in it
}

}  // namespace
}  // namespace kornews
