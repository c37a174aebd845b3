// The training JSON reader (src/cli/jsonl.cpp) is a real JSON parser: what RFC 8259 allows is
// read, everything else is an InputError naming the place.
#include <gtest/gtest.h>

#include "cli/jsonl.h"
#include "core/error.h"

namespace kornews::cli {
namespace {

JsonValue parse(const std::string& text) { return parse_json(text, "t.jsonl:1"); }

TEST(CliJsonl, ReadsRecords) {
  const JsonValue v = parse(R"({"s":"가\"\\\/\n\u00e9\ud83d\ude00","n":[0,-1.5e3,12,0.25],"b":true,"z":null})");
  EXPECT_EQ(v.at("s", "").as_string(""), "가\"\\/\n\xC3\xA9\xF0\x9F\x98\x80");
  const auto& n = v.at("n", "").as_array("");
  ASSERT_EQ(n.size(), 4u);
  EXPECT_EQ(n[0].number, 0);
  EXPECT_EQ(n[1].number, -1500);
  EXPECT_EQ(n[3].number, 0.25);
  EXPECT_TRUE(v.at("b", "").boolean);
  EXPECT_EQ(v.at("z", "").kind, JsonValue::kNull);
}

TEST(CliJsonl, RejectsWhatJsonDoesNotAllow) {
  const char* bad[] = {
      R"({"s":"\x41"})",          // \x escape
      R"({"n":0x0})",             // hex
      R"({"n":1.})",              // truncated fraction
      R"({"n":.5})",              // no integer part
      R"({"n":01})",              // leading zero
      R"({"n":+1})",              // plus sign
      R"({"n":1e})",              // no exponent digits
      R"({"n":NaN})",             // not a number
      R"({"s":"\ud800"})",        // lone high surrogate
      R"({"s":"\udc00"})",        // lone low surrogate
      R"({"s":"\ud800\u0041"})",  // high surrogate and no low one
      "{\"s\":\"a\tb\"}",         // raw control character
      "{\"s\":\"\xC0\xAF\"}",     // overlong UTF-8
      R"({"a":1,"a":2})",         // duplicate key
      R"({"a":nul})",             // truncated literal
      R"({"a":truex})",           // literal running on
      R"({"a":1,})",              // trailing comma
      R"({"a":1} x)",             // trailing characters
      R"({"a":"open)",            // unterminated string
  };
  for (const char* text : bad) {
    EXPECT_THROW(parse(text), InputError) << text;
  }
}

TEST(CliJsonl, ErrorsNameThePlace) {
  try {
    parse(R"({"n":0x0})");
    FAIL() << "no error";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("t.jsonl:1"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace kornews::cli
