// UTF-8 decoding and input normalization with offsets.
#include <gtest/gtest.h>

#include "core/text/normalizer.h"
#include "core/text/utf8.h"

namespace kornews {
namespace {

std::string to_utf8(const std::u32string& s) {
  std::string out;
  for (char32_t cp : s) utf8::append(out, cp);
  return out;
}

std::string normalized(const Normalizer& norm, std::string_view text) {
  NormalizedText out;
  norm.normalize(text, out);
  return to_utf8(out.chars);
}

TEST(Utf8, DecodesAndReplacesInvalidBytesOneByOne) {
  const std::string s = "a\xED\x95\x9C\xFF\xC0\x80z";  // a, 한, stray byte, overlong NUL, z
  size_t i = 0;
  EXPECT_EQ(utf8::decode(s, i), U'a');
  EXPECT_EQ(utf8::decode(s, i), U'한');
  EXPECT_EQ(utf8::decode(s, i), utf8::kReplacement);
  EXPECT_EQ(i, 5u);
  EXPECT_EQ(utf8::decode(s, i), utf8::kReplacement);  // 0xC0: overlong, one byte consumed
  EXPECT_EQ(utf8::decode(s, i), utf8::kReplacement);  // 0x80: lone continuation
  EXPECT_EQ(utf8::decode(s, i), U'z');
  EXPECT_EQ(utf8::count_code_points("한국 news"), 7u);
}

TEST(Utf8, RejectsSurrogatesAndOverlongThreeByteForms) {
  const std::string s = "\xED\xA0\x80\xE0\x80\xAF\xEA\xB0\x80";  // surrogate, overlong '/', 가
  size_t i = 0;
  EXPECT_EQ(utf8::decode(s, i), utf8::kReplacement);
  EXPECT_EQ(i, 1u);  // one byte at a time, like any other invalid sequence
  while (i < 6) EXPECT_EQ(utf8::decode(s, i), utf8::kReplacement);
  EXPECT_EQ(i, 6u);
  EXPECT_EQ(utf8::decode(s, i), U'가');
  EXPECT_EQ(i, 9u);
}

TEST(Utf8, TruncatedSequenceAtTheEnd) {
  const std::string s = "\xED\x95";
  size_t i = 0;
  EXPECT_EQ(utf8::decode(s, i), utf8::kReplacement);
  EXPECT_EQ(utf8::decode(s, i), utf8::kReplacement);
  EXPECT_EQ(i, 2u);
}

TEST(Normalizer, LeavesPlainTextAlone) {
  Normalizer norm;
  NormalizedText out;
  norm.normalize("반도체 H100", out);
  EXPECT_EQ(to_utf8(out.chars), "반도체 H100");
  const auto span = out.span_of(1);
  EXPECT_EQ(span.char_begin, 1);
  EXPECT_EQ(span.byte_begin, 3);
  EXPECT_EQ(span.byte_end, 6);
}

TEST(Normalizer, CompatibilityCharactersMapBackToTheirSource) {
  Normalizer norm;
  NormalizedText out;
  norm.normalize("5㎞ ＡＩ", out);
  EXPECT_EQ(to_utf8(out.chars), "5km AI");
  // k and m both come from ㎞ (character 1, bytes 1..4).
  EXPECT_EQ(out.span_of(1).char_begin, 1);
  EXPECT_EQ(out.span_of(2).char_end, 2);
  EXPECT_EQ(out.span_of(2).byte_end, 4);
  EXPECT_EQ(out.span_of(4).char_begin, 3);  // A from Ａ
}

TEST(Normalizer, HangulJamoComposeButCompatibilityJamoStay) {
  Normalizer norm;
  EXPECT_EQ(normalized(norm, "\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB"), "한");
  EXPECT_EQ(normalized(norm, "ㅋㅋㅋ ㅠㅠ"), "ㅋㅋㅋ ㅠㅠ");
}

TEST(Normalizer, SpacesControlsAndFormatCharacters) {
  Normalizer norm;
  // tab, no-break space, ideographic space, a control char -> space; ZWSP and BOM dropped
  EXPECT_EQ(normalized(norm, "가\t나\xC2\xA0다\xE3\x80\x80라\x01마"), "가 나 다 라 마");
  NormalizedText out;
  norm.normalize("가\xE2\x80\x8B나\xEF\xBB\xBF", out);
  EXPECT_EQ(to_utf8(out.chars), "가나");
  EXPECT_EQ(out.span_of(1).char_begin, 2);
  EXPECT_EQ(out.span_of(1).byte_begin, 6);
}

TEST(Normalizer, HanjaCompatibilityIdeographsBecomeUnified) {
  Normalizer norm;
  // U+F900 (compatibility) -> U+8C48
  EXPECT_EQ(normalized(norm, "\xEF\xA4\x80"), "\xE8\xB1\x88");
}

}  // namespace
}  // namespace kornews

TEST(Utf8, CopyBoundedCutsAtACodePoint) {
  char buf[8];
  // 한 is three bytes: "ab한국" is 8 bytes, the buffer holds 7 and a NUL: "ab한" (5 bytes).
  EXPECT_EQ(kornews::utf8::copy_bounded(buf, sizeof buf, "ab한국"), 5u);
  EXPECT_STREQ(buf, "ab한");
  EXPECT_EQ(kornews::utf8::copy_bounded(buf, sizeof buf, "abc"), 3u);
  EXPECT_STREQ(buf, "abc");
  EXPECT_EQ(kornews::utf8::copy_bounded(buf, 1, "abc"), 0u);
  EXPECT_STREQ(buf, "");
}
