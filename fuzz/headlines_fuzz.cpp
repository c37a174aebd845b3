// libFuzzer target: any bytes through the headline-list and article-page parsers. A crash or a
// sanitizer report is a bug; so is a row that loses its raw line.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/news/article_parser.h"
#include "core/news/dates.h"
#include "core/news/headline_parser.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  kornews::news::Reference reference;
  if (!kornews::news::parse_reference("2025-02-07", reference)) std::abort();
  kornews::news::parse_headlines(text, reference, [&](kornews::news::HeadlineRow& row) {
    if (!row.parsed && row.raw.empty()) std::abort();
  });
  kornews::news::parse_article(text);
  return 0;
}
