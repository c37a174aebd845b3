// libFuzzer target: any bytes through the headline-list and article-page parsers. A crash or a
// sanitizer report is a bug; so is a row that loses its raw line, a row with a line number
// outside the input, or rows out of input order.
//
// The first byte picks how the rest is read, so that the fuzzer reaches every format: 0-3 as
// given (boards, portal lists, stacked lines, CSV and quoted tab rows), 4-5 wrapped in an HTML
// table row / list item (the HTML reader), 6-7 with a capture time of day (exact sub-day times)
// and an outlet list of its own taken from the input's first line.
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "core/news/article_parser.h"
#include "core/news/dates.h"
#include "core/news/headline_key.h"
#include "core/news/headline_parser.h"
#include "core/news/outlets.h"
#include "core/news/quoted_fields.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  namespace news = kornews::news;
  const unsigned mode = data[0] % 8;
  std::string text(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (mode == 4) text = "<table>\n<tr><td>" + text + "</td></tr>\n</table>";
  if (mode == 5) text = "<ul><li><a>" + text + "</a> <span>x</span></li></ul>";
  news::Reference reference;
  if (!news::parse_reference(mode >= 6 ? "2025-02-07 10:40" : "2025-02-07", reference)) {
    std::abort();
  }
  news::OutletList outlets;
  if (mode >= 6) outlets.add(std::string_view(text).substr(0, text.find('\n')));

  int64_t lines = 1;
  for (char c : text) lines += c == '\n';
  int64_t previous = 0;
  news::parse_headlines(
      text, reference,
      [&](news::HeadlineRow& row) {
        if (!row.parsed && row.raw.empty()) std::abort();
        // Non-decreasing: two HTML rows may start on one line.
        if (row.line_no < 1 || row.line_no > lines || row.line_no < previous) std::abort();
        previous = row.line_no;
        if (row.parsed && !row.title) std::abort();
      },
      mode >= 6 ? &outlets : nullptr);
  news::parse_article(text);
  (void)news::headline_key(text);
  std::string storage;
  std::vector<std::string_view> fields;
  news::split_quoted(text, ',', storage, fields);
  for (std::string_view f : fields) {
    if (f.data() < storage.data() || f.data() + f.size() > storage.data() + storage.size()) {
      std::abort();
    }
  }
  return 0;
}
