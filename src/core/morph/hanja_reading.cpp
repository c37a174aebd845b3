// Hanja readings from the dictionary (see hanja_reading.h).
#include "core/morph/hanja_reading.h"

#include <vector>

#include "core/dict/dictionary.h"
#include "core/dict/user_lexicon.h"
#include "core/interrupt.h"
#include "core/morph/analyzer.h"
#include "core/text/hanja.h"
#include "core/text/u32_text.h"
#include "core/text/utf8.h"

namespace kornews {
namespace {

// Field `n` (0-based) of a comma-separated feature.
std::string_view field(std::string_view feature, int n) {
  for (int i = 0; i < n; i++) {
    const size_t comma = feature.find(',');
    if (comma == std::string_view::npos) return {};
    feature.remove_prefix(comma + 1);
  }
  return feature.substr(0, feature.find(','));
}

// The reading if it is one Hangul syllable per Hanja character of `written`, else empty: a
// reading of another length (or '*') cannot be lined up with the text.
std::string_view usable(std::string_view reading, std::string_view written) {
  size_t i = 0, syllables = 0;
  while (i < reading.size()) {
    if (!text::is_hangul_syllable(utf8::decode(reading, i))) return {};
    syllables++;
  }
  return syllables > 0 && syllables == utf8::count_code_points(written) ? reading
                                                                        : std::string_view();
}

std::string_view reading_of(const Analyzer& analyzer, const Morpheme& m, std::string_view written) {
  const Dictionary& dict = analyzer.dictionary();
  if (m.kind == MorphemeKind::kUser) {
    const UserLexicon* lexicon = analyzer.user_lexicon();
    return lexicon != nullptr ? usable(lexicon->word(m.entry).reading, written)
                              : std::string_view();
  }
  if (m.kind == MorphemeKind::kUnknown || dict.is_unknown_entry(m.entry)) return {};
  return usable(field(dict.entry_feature(m.entry), 3), written);
}

// Reads one analyzed Hanja run into `out`.
void read_run(Analyzer& analyzer, std::string_view run, std::string& out, bool per_character) {
  const std::vector<Morpheme> ms = analyzer.analyze(run);
  size_t pos = 0;  // bytes of `run` written out
  for (size_t i = 0; i < ms.size(); i++) {
    const Morpheme& m = ms[i];
    // The pieces of one Inflect entry share their span: read it once.
    if (i > 0 && ms[i - 1].byte_start == m.byte_start && ms[i - 1].byte_end == m.byte_end) continue;
    if (m.byte_start < static_cast<int32_t>(pos) || m.byte_end > static_cast<int32_t>(run.size()))
      continue;
    out.append(run.substr(pos, m.byte_start - pos));
    const std::string_view written = run.substr(m.byte_start, m.byte_end - m.byte_start);
    const std::string_view reading = reading_of(analyzer, m, written);
    if (!reading.empty()) {
      out.append(reading);
    } else if (per_character && utf8::count_code_points(written) > 1) {
      size_t k = 0;
      while (k < written.size()) {
        const size_t from = k;
        utf8::decode(written, k);
        read_run(analyzer, written.substr(from, k - from), out, false);
      }
    } else {
      out.append(written);
    }
    pos = m.byte_end;
  }
  out.append(run.substr(pos));
}

}  // namespace

std::string hanja_reading(Analyzer& analyzer, std::string_view text) {
  std::string out;
  out.reserve(text.size());
  InterruptTicker ticker;
  size_t i = 0;
  while (i < text.size()) {
    ticker.tick();
    const size_t start = i;
    if (!is_hanja(utf8::decode(text, i))) {
      out.append(text.substr(start, i - start));
      continue;
    }
    size_t end = i;
    while (end < text.size()) {
      size_t next = end;
      if (!is_hanja(utf8::decode(text, next))) break;
      end = next;
    }
    read_run(analyzer, text.substr(start, end - start), out, true);
    i = end;
  }
  return out;
}

}  // namespace kornews
