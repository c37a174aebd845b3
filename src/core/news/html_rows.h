// The raw HTML of a board or a result list (<tr><td>…</td></tr>, <li><a>…</a> <span>…</span>
// </li>) read as rows of cells: the tags are read, not kept. Each table row or list item
// becomes one line whose cells are separated by tabs, which the headline parser then reads like
// a tab-separated copy of the table. See docs/headlines.md, "HTML".
//
//   row ends:        </tr> </li> <br> </p> </div> </dt> </dd> </h1>…</h6> and table/list ends
//   cell boundaries: <td> <th> and the elements portals put fields in: <a> <span> <time> <em>
//                    <small> <cite> <strong> is not one (a bold word inside a title)
//   skipped:         <script>, <style> and comments, with their content
//   entities:        &amp; &lt; &gt; &quot; &#39; &apos; &nbsp; &middot; &#NNN; &#xHHH;
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kornews::news {

struct HtmlRow {
  int64_t line_no = 0;  // the input line where the row's text started
  std::string text;     // the cells, tab-separated
  std::string raw;      // the source lines of the row, joined by "\n" (bounded)
};

// Whether a line starts with an HTML tag that holds or opens a list (<table>, <tr>, <ul>, <li>,
// <div>, <html>, <!DOCTYPE …>, …): the input is read as HTML from there on.
bool starts_html(std::string_view line);

class HtmlRowReader {
 public:
  // A row's text and raw source are cut at this many bytes (the rest is still read, so that
  // the tags stay in step); the headline parser returns such a row unparsed.
  static constexpr size_t kMaxRowBytes = 16 * 1024 + 1;

  // Reads one source line; the rows it completes are appended to `out`.
  void add_line(int64_t line_no, std::string_view line, std::vector<HtmlRow>& out);
  // End of input: the row still open, if it has text, is appended.
  void finish(std::vector<HtmlRow>& out);

 private:
  void on_tag(std::string_view tag, std::vector<HtmlRow>& out);
  void put_text(std::string_view text);
  void put_separator(char c);
  void end_row(std::vector<HtmlRow>& out);

  enum class State { Text, Tag, Comment, Entity };
  State state_ = State::Text;
  std::string tag_;     // the tag being read, without < >
  std::string entity_;  // the entity being read, without & ;
  std::string skip_until_;  // "/script" or "/style" while inside one
  std::string row_;
  int64_t row_line_ = 0;  // where row_'s text started
  int64_t line_no_ = 0;
  // The source lines from the open row's first line (or the current line) on, for `raw`;
  // at most kMaxRowBytes in all.
  std::vector<std::pair<int64_t, std::string>> lines_;
  size_t lines_bytes_ = 0;
};

}  // namespace kornews::news
