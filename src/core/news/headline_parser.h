// Headline lists — pasted boards, HTML tables copied as tab- or |-separated text, portal result
// lists — into rows. See docs/headlines.md for the formats and the rules.
//
// The parser streams: lines go in one at a time and rows come out a block (kBlockLines lines)
// at a time, so a 100 MB list is never held twice. What is inferred from several rows (whether
// a header-less board has an author column, which two-word authors such as "연합뉴스 TV" the
// rows agree on) is decided per block and carried over to the next block of the same list.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "core/news/dates.h"
#include "core/news/headline_layout.h"
#include "core/news/headline_row.h"
#include "core/news/html_rows.h"
#include "core/news/outlets.h"

namespace kornews::news {

class HeadlineParser {
 public:
  // Lines decided together: enough rows for the agreement rules, few enough to stream.
  static constexpr size_t kBlockLines = 1024;
  // Longer lines are not headlines; they come back unparsed (with their raw text) rather than
  // being scanned for a date at their end.
  static constexpr size_t kMaxLineBytes = 16 * 1024;

  // `outlets`: the outlet names (default_outlets() when null); the list must outlive the parser.
  explicit HeadlineParser(const Reference& reference, const OutletList* outlets = nullptr);

  // The next line of the input, without its line break (a trailing '\r' is dropped).
  void add_line(std::string_view line);
  // No more lines: every remaining row becomes ready.
  void finish();

  // Rows ready so far, in input order. The caller takes them and clears the vector.
  std::vector<HeadlineRow>& ready_rows() { return ready_; }

 private:
  struct PendingLine {
    int64_t line_no = 0;
    std::string text;
    std::string raw;       // what `raw` returns when it is not the text (an HTML row)
    bool has_raw = false;
  };

  // A line of text to parse: an input line, or a row read from HTML.
  void add_text_line(int64_t line_no, std::string_view line, const std::string* raw);
  // `final`: no line of this list follows; otherwise the last lines wait for the next block,
  // so that a row stacked over several lines is never cut between two blocks.
  void flush_block(bool final);
  void start_segment(std::optional<Layout> header, bool csv);

  Reference reference_;
  const OutletList& outlets_;
  int64_t line_no_ = 0;
  bool html_ = false;  // the input turned out to be HTML: lines go through html_reader_
  HtmlRowReader html_reader_;
  std::vector<HtmlRow> html_rows_;
  std::string header_storage_;
  std::vector<PendingLine> block_;
  size_t block_used_ = 0;
  std::vector<HeadlineRow> ready_;
  std::vector<std::string_view> header_cells_;  // scratch for recognizing header rows

  // State of the current list, reset by every header row.
  std::optional<Layout> header_;
  bool csv_ = false;  // the header was comma-separated: so are the rows
  bool author_column_ = true;  // for header-less boards
  std::unordered_set<std::string> multiword_authors_;
};

// Parses a whole text (lines separated by "\n" or "\r\n") and calls `emit` for every row.
void parse_headlines(std::string_view text, const Reference& reference,
                     const std::function<void(HeadlineRow&)>& emit,
                     const OutletList* outlets = nullptr);

}  // namespace kornews::news
