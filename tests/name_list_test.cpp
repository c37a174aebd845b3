// The name list's reader (core/dict/name_list.h): what a line says, and the lines it refuses,
// named by their number. Names written for this test.
#include <gtest/gtest.h>

#include <string>

#include "core/error.h"
#include "core/dict/name_list.h"

namespace kornews {
namespace {

std::string refusal(const std::string& text) {
  try {
    parse_name_list(text);
  } catch (const InputError& e) {
    return e.what();
  }
  return "accepted";
}

TEST(NameList, ReadsNamesLabelsAndSkipsComments) {
  const auto terms = parse_name_list(
      "# a comment\n\n가나다전자\tOG\tcompany\n홍길순\tPS\tperson\n샛별시\tLC\n가나폰\tO\tproduct\n");
  ASSERT_EQ(terms.size(), 4u);
  EXPECT_EQ(terms[0].name, "가나다전자");
  EXPECT_EQ(terms[0].label, "OG");
  EXPECT_EQ(terms[1].label, "PS");
  EXPECT_EQ(terms[2].name, "샛별시");
  EXPECT_EQ(terms[2].label, "LC");
  EXPECT_EQ(terms[3].label, "O");
  EXPECT_TRUE(parse_name_list("").empty());
}

TEST(NameList, RefusesBadLinesByNumber) {
  EXPECT_EQ(refusal("# x\n가나다전자 OG\n"),
            "name list line 2: no label column (name<TAB>label<TAB>category)");
  EXPECT_EQ(refusal("가나다전자\tQT\tcompany\n"),
            "name list line 1: label \"QT\" is not PS, LC, OG or O");
  EXPECT_EQ(refusal("가나다전자\tog\n"), "name list line 1: label \"og\" is not PS, LC, OG or O");
  EXPECT_EQ(refusal("가나다전자\tOG\n \tLC\n"),
            "name list line 2: the name is empty or has spaces at its ends");
  EXPECT_EQ(refusal("가나다전자\tOG\n샛별시\tLC\n가나다전자\tPS\n"),
            "name list: \"가나다전자\" is listed twice");
}

}  // namespace
}  // namespace kornews
