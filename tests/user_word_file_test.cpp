// The tab-separated user word format of `kornews analyze --user-dict`.
#include "core/dict/user_word_file.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>

namespace kornews {
namespace {

UserWordFile parse(const std::string& text) {
  std::istringstream in(text);
  return read_user_words(in, "words.tsv");
}

std::string error_of(const std::string& text) {
  try {
    parse(text);
  } catch (const UserWordFileError& e) {
    return e.what();
  }
  return "no error";
}

TEST(UserWordFile, ReadsEveryFieldAndSkipsCommentsAndBlankLines) {
  const UserWordFile f = parse(
      "# new words of the week\n"
      "\n"
      "딥시크\tNNP\n"
      "삼성전자\tNNP\t-1500\t삼성+전자\n"
      "韓國\tNNP\t\t\t한국\r\n");
  ASSERT_EQ(f.words.size(), 3u);
  EXPECT_EQ(f.words[0].word, "딥시크");
  EXPECT_EQ(f.words[0].tag, "NNP");
  EXPECT_FALSE(f.words[0].cost.has_value());
  EXPECT_TRUE(f.words[0].parts.empty());
  EXPECT_EQ(f.words[1].cost, -1500);
  EXPECT_EQ(f.words[1].parts, (std::vector<std::string>{"삼성", "전자"}));
  EXPECT_FALSE(f.words[2].cost.has_value());
  EXPECT_TRUE(f.words[2].parts.empty());
  EXPECT_EQ(f.words[2].reading, "한국");  // the \r of a Windows line end is not part of it
  EXPECT_EQ(f.lines, (std::vector<size_t>{3, 4, 5}));
}

TEST(UserWordFile, DashLeavesAFieldUnset) {
  const UserWordFile f = parse("엔비디아\tNNP\t-\t-\t-\n");
  ASSERT_EQ(f.words.size(), 1u);
  EXPECT_FALSE(f.words[0].cost.has_value());
  EXPECT_TRUE(f.words[0].parts.empty());
  EXPECT_TRUE(f.words[0].reading.empty());
}

TEST(UserWordFile, BadLinesNameFileAndLine) {
  EXPECT_EQ(error_of("딥시크\tNNP\n딥시크 NNP\n"),
            "words.tsv:2: expected word<TAB>tag, found no tab");
  EXPECT_EQ(error_of("딥시크\tNNP\tcheap\n"), "words.tsv:1: cost \"cheap\" is not an integer");
  EXPECT_EQ(error_of("딥시크\tNNP\t12x\n"), "words.tsv:1: cost \"12x\" is not an integer");
  EXPECT_EQ(error_of("# c\n삼성전자\tNNP\t\t삼성++전자\n"),
            "words.tsv:2: empty part in \"삼성++전자\"");
  EXPECT_EQ(error_of("a\tNNP\t1\ta\tb\tc\n"), "words.tsv:1: more than 5 tab-separated fields");
}

TEST(UserWordFile, MissingFileIsAnError) {
  EXPECT_THROW(read_user_word_file("/nonexistent/words.tsv"), UserWordFileError);
}

}  // namespace
}  // namespace kornews
