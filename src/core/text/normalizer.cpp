#include "core/text/normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/uniset.h>
#include <unicode/unistr.h>

#include <memory>

#include "core/error.h"
#include "core/text/utf8.h"

namespace kornews {
namespace {

const icu::Normalizer2& nfkc_for_analysis() {
  // Built once per process; ICU objects are immutable after construction and thread-safe.
  static const auto* filtered = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
    // Hangul compatibility jamo and half-width Hangul stay as written, and so do the ellipses
    // … and ‥: the dictionary knows … as an ellipsis (SE), while NFKC's ... is three periods.
    auto* keep_out =
        new icu::UnicodeSet(u"[^\\u2025\\u2026\\u3130-\\u318F\\uFFA0-\\uFFDC]", status);
    keep_out->freeze();
    if (U_FAILURE(status)) {
      throw Error("cannot initialize ICU normalization: " + std::string(u_errorName(status)),
                  "check that the ICU data library (libicu) is installed");
    }
    return new icu::FilteredNormalizer2(*nfkc, *keep_out);
  }();
  return *filtered;
}

bool is_space_like(char32_t cp) {
  return u_isUWhiteSpace(static_cast<UChar32>(cp)) ||
         u_charType(static_cast<UChar32>(cp)) == U_CONTROL_CHAR;
}

bool is_format(char32_t cp) {
  return u_charType(static_cast<UChar32>(cp)) == U_FORMAT_CHAR;
}

// Characters that never change under normalization and never combine with a neighbour.
bool is_plain(const icu::Normalizer2& norm, char32_t cp) {
  if (cp >= 0x21 && cp < 0x7F) return true;
  if (cp == ' ') return true;
  if (cp < 0x80) return false;  // controls
  // Hangul syllables: only a following conjoining jamo could change them, and that jamo is not
  // plain itself, so it sends the text to the slow path.
  if (cp >= 0xAC00 && cp <= 0xD7A3) return true;
  if (is_format(cp) || is_space_like(cp)) return false;
  return norm.isInert(static_cast<UChar32>(cp));
}

}  // namespace

NormalizedText::Span NormalizedText::span_of(size_t i) const {
  if (!spans.empty()) return spans[i];
  const int32_t c = static_cast<int32_t>(i);
  return Span{c, c + 1, byte_offsets[i], byte_offsets[i + 1]};
}

Normalizer::Normalizer() : icu_(&nfkc_for_analysis()) {}

void Normalizer::normalize(std::string_view text, NormalizedText& out) const {
  const auto& norm = *static_cast<const icu::Normalizer2*>(icu_);
  out.chars.clear();
  out.spans.clear();
  out.byte_offsets.clear();

  // Fast path: nothing to change (the usual case for news text).
  bool plain = true;
  for (size_t i = 0; i < text.size();) {
    out.byte_offsets.push_back(static_cast<int32_t>(i));
    const char32_t cp = utf8::decode(text, i);
    out.chars.push_back(cp);
    if (plain && !is_plain(norm, cp)) plain = false;
  }
  out.byte_offsets.push_back(static_cast<int32_t>(text.size()));
  out.source_chars = static_cast<int32_t>(out.chars.size());
  if (plain) return;

  // Slow path: normalize segment by segment (a segment starts at a character with a
  // normalization boundary before it), so that every output character maps back to a span.
  const std::u32string original = std::move(out.chars);
  const std::vector<int32_t> bytes = std::move(out.byte_offsets);
  out.chars.clear();
  out.byte_offsets.clear();
  const size_t n = original.size();
  for (size_t begin = 0; begin < n;) {
    size_t end = begin + 1;
    while (end < n && !norm.hasBoundaryBefore(static_cast<UChar32>(original[end]))) ++end;
    const NormalizedText::Span span{static_cast<int32_t>(begin), static_cast<int32_t>(end),
                                    bytes[begin], bytes[end]};
    const char32_t first = original[begin];
    if (end == begin + 1 && is_space_like(first)) {
      out.chars.push_back(U' ');
      out.spans.push_back(span);
    } else if (end == begin + 1 && is_format(first)) {
      // dropped: joins or hides nothing a reader sees
    } else {
      icu::UnicodeString piece =
          icu::UnicodeString::fromUTF32(reinterpret_cast<const UChar32*>(original.data() + begin),
                                        static_cast<int32_t>(end - begin));
      UErrorCode status = U_ZERO_ERROR;
      const icu::UnicodeString normalized = norm.normalize(piece, status);
      if (U_FAILURE(status))
        throw Error("ICU normalization failed: " + std::string(u_errorName(status)));
      for (int32_t k = 0; k < normalized.length();) {
        const UChar32 cp = normalized.char32At(k);
        k += U16_LENGTH(cp);
        out.chars.push_back(is_space_like(cp) ? U' ' : static_cast<char32_t>(cp));
        out.spans.push_back(span);
      }
    }
    begin = end;
  }
}

}  // namespace kornews
