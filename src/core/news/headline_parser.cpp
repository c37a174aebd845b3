#include "core/news/headline_parser.h"

#include <algorithm>
#include <cctype>
#include <limits>
#include <unordered_map>

#include "core/interrupt.h"
#include "core/news/labels.h"
#include "core/news/quoted_fields.h"
#include "core/news/text_scan.h"

namespace kornews::news {
namespace {

// The longest date phrase in tokens: "2025. 2. 7. 오후 3:10".
constexpr size_t kMaxDateTokens = 5;
// A portal list's outlet after " - " is at most this many words ("연합뉴스 TV").
constexpr size_t kMaxOutletTokens = 4;
// Headers are short; longer lines are not checked for being one.
constexpr size_t kMaxHeaderBytes = 512;

enum class LineMode { Tokens, TabFields, PipeFields, CsvFields };

bool is_rule_line(std::string_view text) {
  bool has_dash = false;
  for (char c : text) {
    if (c == '-' || c == '=') {
      has_dash = true;
    } else if (c != '|' && c != '+' && c != ':' && c != ' ' && c != '\t') {
      return false;
    }
  }
  return has_dash;
}

LineMode mode_of(std::string_view text) {
  if (text.find('\t') != std::string_view::npos) return LineMode::TabFields;
  if (text.front() == '|' || std::count(text.begin(), text.end(), '|') >= 2) {
    return LineMode::PipeFields;
  }
  return LineMode::Tokens;
}

void split_cells(std::string_view text, LineMode mode, std::vector<std::string_view>& cells) {
  switch (mode) {
    case LineMode::Tokens:
      split_tokens(text, cells);
      return;
    case LineMode::TabFields:
      split_fields(text, '\t', cells);
      return;
    case LineMode::CsvFields:
      split_fields(text, ',', cells);
      return;
    case LineMode::PipeFields:
      split_fields(text, '|', cells);
      // "| a | b |": the outer bars open and close the row, they do not delimit empty cells.
      if (!cells.empty() && text.front() == '|') cells.erase(cells.begin());
      if (!cells.empty() && text.back() == '|') cells.pop_back();
      return;
  }
}

std::string pair_key(std::string_view first, std::string_view second) {
  std::string key(first);
  key.push_back('\x1f');
  key.append(second);
  return key;
}

bool fits_int32(int64_t value) {
  return value <= std::numeric_limits<int32_t>::max();
}

// A board's item number: "48199", or with thousands separators "1,203" (groups of three).
bool parse_item_number(std::string_view text, int64_t& out) {
  if (parse_integer(text, out)) return true;
  const size_t first_comma = text.find(',');
  if (first_comma == std::string_view::npos || first_comma == 0 || first_comma > 3) return false;
  std::string digits(text.substr(0, first_comma));
  for (size_t i = first_comma; i < text.size(); i += 4) {
    if (text[i] != ',' || i + 4 > text.size()) return false;
    const std::string_view group = text.substr(i + 1, 3);
    if (!is_ascii_digits(group)) return false;
    digits.append(group);
  }
  return is_ascii_digits(digits.substr(0, first_comma)) && parse_integer(digits, out);
}

// Whether a word can be a writer or an outlet at all: "3.0%", "10:32", "-10도", "5명" are the
// end of a title ("…연 3.0%"), never an author. A known outlet name is checked before this.
bool plausible_author(std::string_view author) {
  if (author.empty()) return false;
  const unsigned char first = static_cast<unsigned char>(author.front());
  if ((first >= '0' && first <= '9') || first == '+' || first == '-' || first == '.') return false;
  if (author.find('%') != std::string_view::npos) return false;
  // Punctuation only ("…", "“", "!"): the tail of a title.
  for (size_t i = 0; i < author.size();) {
    const unsigned char c = static_cast<unsigned char>(author[i]);
    if (std::isalnum(c) || c >= 0xEA) return true;  // ASCII letters, Hangul and CJK (U+A000+)
    const size_t n = utf8_sequence_length(author, i);
    i += n ? n : 1;
  }
  return false;
}

// "3분 전", "2시간전", "방금": a time that a date-only reference cannot place within the day.
bool is_subday_relative(std::string_view date_text) {
  static const std::string_view kForms[] = {"방금", "초 전", "분 전", "시간 전", "초전", "분전",
                                            "시간전"};
  for (std::string_view form : kForms) {
    if (date_text.find(form) != std::string_view::npos) return true;
  }
  return false;
}

// What consuming the author column saw, for the agreement rules.
struct AuthorSample {
  bool taken = false;
  bool after_separator = false;  // after a separator, or a known outlet: no doubt
  std::string_view last, previous;
};

// The fields of one row found by a layout, as token ranges or values.
struct RowMatch {
  std::optional<int64_t> item_no;
  bool notice = false;
  std::string_view title;
  std::optional<std::string_view> author;
  std::optional<LocalDateTime> published;
  std::string_view date_text;  // the date as written
  std::optional<int32_t> views, comments;
  bool author_known = false;  // after a separator, a known outlet, or "… 기자"
  bool quotes_unbalanced = false;
};

// Consumes the columns of a layout from both ends of a whitespace-separated row: the columns
// left of the title from the left, those right of it from the right, and the title is what
// remains. Which is why a title may contain any word, and dates and authors may be several.
class TokenRowMatcher {
 public:
  TokenRowMatcher(const std::vector<std::string_view>& tokens, const Reference& reference,
                  const std::unordered_set<std::string>& multiword_authors,
                  const OutletList& outlets)
      : tokens_(tokens),
        reference_(reference),
        multiword_authors_(multiword_authors),
        outlets_(outlets) {}

  bool match(const Layout& layout, RowMatch& out, AuthorSample* sample) {
    out = RowMatch{};
    lo_ = 0;
    hi_ = tokens_.size();
    const size_t title_at = static_cast<size_t>(
        std::find(layout.begin(), layout.end(), Column::Title) - layout.begin());
    for (size_t i = 0; i < title_at; ++i) {
      if (!take_left(layout[i], out)) return false;
    }
    for (size_t i = layout.size(); i-- > title_at + 1;) {
      if (!take_right(layout[i], out, sample)) return false;
    }
    if (lo_ >= hi_) return false;
    out.title = span_of(tokens_[lo_], tokens_[hi_ - 1]);
    return true;
  }

 private:
  size_t remaining() const { return hi_ - lo_; }

  bool take_left(Column column, RowMatch& out) {
    if (remaining() < 2) return false;  // the title needs a token too
    const std::string_view token = tokens_[lo_];
    switch (column) {
      case Column::Number: {
        int64_t number;
        if (parse_item_number(token, number)) {
          out.item_no = number;
        } else if (is_notice_marker(token)) {
          out.notice = true;
        } else {
          return false;
        }
        ++lo_;
        return true;
      }
      case Column::Date:
        for (size_t n = std::min(kMaxDateTokens, remaining() - 1); n >= 1; --n) {
          if (auto date = parse_date_phrase(span_of(token, tokens_[lo_ + n - 1]), reference_)) {
            out.published = date;
            out.date_text = span_of(token, tokens_[lo_ + n - 1]);
            lo_ += n;
            return true;
          }
        }
        return false;
      case Column::Author: {
        const size_t width = remaining() >= 3 && is_reporter_title(tokens_[lo_ + 1]) ? 2 : 1;
        out.author_known = width == 2 || outlets_.contains(token);
        out.author = span_of(token, tokens_[lo_ + width - 1]);
        lo_ += width;
        return true;
      }
      case Column::Views:
      case Column::Comments:
        if (!take_count(token, column, out)) return false;
        ++lo_;
        return true;
      case Column::Ignored:
        ++lo_;
        return true;
      case Column::Title:
        break;
    }
    return false;
  }

  bool take_right(Column column, RowMatch& out, AuthorSample* sample) {
    if (remaining() < 2) return false;
    const std::string_view token = tokens_[hi_ - 1];
    switch (column) {
      case Column::Number: {
        int64_t number;
        if (!parse_item_number(token, number)) return false;
        out.item_no = number;
        --hi_;
        return true;
      }
      case Column::Date:
        for (size_t n = std::min(kMaxDateTokens, remaining() - 1); n >= 1; --n) {
          if (auto date = parse_date_phrase(span_of(tokens_[hi_ - n], token), reference_)) {
            out.published = date;
            out.date_text = span_of(tokens_[hi_ - n], token);
            hi_ -= n;
            // "제목 · 매체 · 3시간 전": the separator before the date belongs to neither.
            while (remaining() > 1 && is_separator_token(tokens_[hi_ - 1])) --hi_;
            return true;
          }
        }
        return false;
      case Column::Author:
        return take_author_right(out, sample);
      case Column::Views:
      case Column::Comments:
        if (!take_count(token, column, out)) return false;
        --hi_;
        return true;
      case Column::Ignored:
        --hi_;
        return true;
      case Column::Title:
        break;
    }
    return false;
  }

  // "제목 - 연합뉴스 TV": everything after a separator near the end is the outlet. Otherwise the
  // author is one word, or two when the second is a reporter's title ("김민수 기자") or the rows
  // agreed on the pair ("연합뉴스 TV").
  bool take_author_right(RowMatch& out, AuthorSample* sample) {
    const size_t end = hi_;
    // s runs from end - 2 down to lo_ + 1: a separator with a title before it and an outlet
    // of at most kMaxOutletTokens words after it.
    for (size_t s = end - 1; s-- > lo_ + 1;) {
      if (end - s - 1 > kMaxOutletTokens) break;
      if (!is_separator_token(tokens_[s])) continue;
      out.author = span_of(tokens_[s + 1], tokens_[end - 1]);
      out.author_known = true;
      hi_ = s;
      while (remaining() > 1 && is_separator_token(tokens_[hi_ - 1])) --hi_;
      if (sample) *sample = AuthorSample{true, true, tokens_[end - 1], tokens_[s + 1]};
      return true;
    }
    // "제목 한국경제 3분 전": a known outlet name, the longest that leaves a title word.
    const size_t max_words = std::min(outlets_.max_words(), remaining() - 1);
    for (size_t width = max_words; width >= 1; --width) {
      const std::string_view name = span_of(tokens_[end - width], tokens_[end - 1]);
      if (!outlets_.contains(name)) continue;
      out.author = name;
      out.author_known = true;
      hi_ -= width;
      if (sample) *sample = AuthorSample{true, true, tokens_[end - 1], tokens_[end - width]};
      return true;
    }
    const std::string_view last = tokens_[end - 1];
    const std::string_view previous = tokens_[end - 2];
    size_t width = 1;
    if (remaining() >= 3 &&
        (is_reporter_title(last) || multiword_authors_.count(pair_key(previous, last)))) {
      width = 2;
    }
    // "…기준금리 동결…연 3.0% 10:32": a number is the end of the title, not its author.
    if (width == 1 && !plausible_author(last)) return false;
    if (sample) *sample = AuthorSample{true, false, last, remaining() >= 3 ? previous : ""};
    out.author = span_of(tokens_[end - width], last);
    out.author_known = is_reporter_title(last);
    hi_ -= width;
    return true;
  }

  static bool take_count(std::string_view token, Column column, RowMatch& out) {
    std::optional<int32_t> value;
    int64_t count;
    if (token == "-") {
      value = std::nullopt;  // boards print "-" for "none yet"
    } else if (parse_count(token, count) && fits_int32(count)) {
      value = static_cast<int32_t>(count);
    } else {
      return false;
    }
    (column == Column::Views ? out.views : out.comments) = value;
    return true;
  }

  const std::vector<std::string_view>& tokens_;
  const Reference& reference_;
  const std::unordered_set<std::string>& multiword_authors_;
  const OutletList& outlets_;
  size_t lo_ = 0, hi_ = 0;
};

// The layouts tried, in order, on a whitespace-separated row when no header names the columns.
const std::vector<Layout>& layouts_with_author() {
  using C = Column;
  static const std::vector<Layout> kLayouts = {
      {C::Number, C::Title, C::Author, C::Date, C::Views},
      {C::Number, C::Title, C::Author, C::Date},
      {C::Title, C::Author, C::Date, C::Views},
      {C::Title, C::Author, C::Date},
  };
  return kLayouts;
}

const std::vector<Layout>& layouts_without_author() {
  using C = Column;
  static const std::vector<Layout> kLayouts = {
      {C::Number, C::Title, C::Date, C::Views},
      {C::Number, C::Title, C::Date},
      {C::Title, C::Date, C::Views},
      {C::Title, C::Date},
  };
  return kLayouts;
}

// Pinned notices often show no date; only a row whose number column says 공지 may omit it.
const std::vector<Layout>& layouts_of_notices() {
  using C = Column;
  static const std::vector<Layout> kLayouts = {
      {C::Number, C::Title, C::Author},
      {C::Number, C::Title},
  };
  return kLayouts;
}

bool match_inferred_tokens(TokenRowMatcher& matcher, bool author_column, RowMatch& out) {
  // A known outlet or a separator before the date decides, whatever the other rows say. (When
  // the rows say there is an author column, the layouts below are tried in this order anyway.)
  if (!author_column) {
    for (const Layout& layout : layouts_with_author()) {
      if (matcher.match(layout, out, nullptr) && out.author_known) return true;
    }
  }
  const auto* first = author_column ? &layouts_with_author() : &layouts_without_author();
  const auto* second = author_column ? &layouts_without_author() : &layouts_with_author();
  for (const auto* layouts : {first, second}) {
    for (const Layout& layout : *layouts) {
      if (matcher.match(layout, out, nullptr)) return true;
    }
  }
  for (const Layout& layout : layouts_of_notices()) {
    if (matcher.match(layout, out, nullptr) && out.notice) return true;
  }
  return false;
}

bool is_count_cell(std::string_view cell) {
  int64_t count;
  return cell == "-" || (parse_count(cell, count) && fits_int32(count));
}

bool set_count(std::string_view cell, std::optional<int32_t>& out) {
  int64_t count;
  if (cell.empty() || cell == "-") {
    out = std::nullopt;
    return true;
  }
  if (!parse_count(cell, count) || !fits_int32(count)) return false;
  out = static_cast<int32_t>(count);
  return true;
}

// A tab- or |-separated row whose cells line up with the header.
bool match_fields_with_header(const std::vector<std::string_view>& cells, const Layout& layout,
                              const Reference& reference, RowMatch& out) {
  if (cells.size() != layout.size()) return false;
  out = RowMatch{};
  for (size_t i = 0; i < cells.size(); ++i) {
    const std::string_view cell = cells[i];
    switch (layout[i]) {
      case Column::Number: {
        int64_t number;
        if (parse_item_number(cell, number)) {
          out.item_no = number;
        } else if (is_notice_marker(cell)) {
          out.notice = true;
        } else if (!cell.empty()) {
          return false;
        }
        break;
      }
      case Column::Title:
        if (cell.empty()) return false;
        out.title = cell;
        break;
      case Column::Author:
        if (!cell.empty()) out.author = cell;
        out.author_known = true;  // the header says so
        break;
      case Column::Date:
        if (!cell.empty()) {
          out.published = parse_date_phrase(cell, reference);
          out.date_text = cell;
          if (!out.published) return false;
        }
        break;
      case Column::Views:
        if (!set_count(cell, out.views)) return false;
        break;
      case Column::Comments:
        if (!set_count(cell, out.comments)) return false;
        break;
      case Column::Ignored:
        break;
    }
  }
  return true;
}

// A tab- or |-separated row without a usable header: an optional number first, then the
// title, and after it an author, a date and counts recognized by their form.
bool match_fields_inferred(const std::vector<std::string_view>& cells, const Reference& reference,
                           RowMatch& out) {
  out = RowMatch{};
  size_t i = 0;
  int64_t number;
  if (!cells.empty() && parse_item_number(cells[0], number)) {
    out.item_no = number;
    ++i;
  } else if (!cells.empty() && is_notice_marker(cells[0])) {
    out.notice = true;
    ++i;
  }
  bool have_title = false;
  for (; i < cells.size(); ++i) {
    const std::string_view cell = cells[i];
    if (cell.empty()) continue;
    if (!out.published) {
      if (auto date = parse_date_phrase(cell, reference)) {
        out.published = date;
        out.date_text = cell;
        continue;
      }
    }
    if (!have_title) {
      out.title = cell;
      have_title = true;
    } else if (is_count_cell(cell)) {
      // The first count after the title is the views; a second one (추천) is not kept.
      if (!out.views) set_count(cell, out.views);
    } else if (!out.author) {
      out.author = cell;
      out.author_known = true;  // a cell of its own
    } else {
      return false;  // a second free-text cell: not a layout we know
    }
  }
  return have_title && (out.published || out.item_no || out.notice);
}

void fill_row(const RowMatch& match, const Reference& reference, HeadlineRow& row) {
  const TitleParts parts = split_title(match.title);
  row.parsed = true;
  row.item_no = match.item_no;
  row.notice = match.notice;
  row.title = std::string(parts.display);
  row.labels = parts.labels;
  if (match.author) row.author = std::string(*match.author);
  row.published = match.published;
  row.views = match.views;
  row.comments = match.comments;
  if (!row.comments && parts.comments && fits_int32(*parts.comments)) {
    row.comments = static_cast<int32_t>(*parts.comments);
  }
  if (match.author && !match.author_known) row.doubts.emplace_back("author_guessed");
  if (!reference.seconds_of_day && is_subday_relative(match.date_text)) {
    row.doubts.emplace_back("time_unknown");
  }
  if (match.quotes_unbalanced) row.doubts.emplace_back("quotes_unbalanced");
}

// --- Rows stacked over several lines ---------------------------------------------------------
// A result list copied from a browser puts the outlet, the time and the title of an entry on
// lines of their own ("한국경제" / "3분 전" / "제목"), or the title over a line "매체 · 3분 전".

// A line that is only an outlet, only a date, or an outlet and a date ("바다일보 · 3분 전").
struct MetaLine {
  bool meta = false;
  std::string_view outlet;
  bool outlet_known = false;
  std::optional<LocalDateTime> date;
  std::string_view date_text;
};

// Stacked lines are short; longer ones are not checked.
constexpr size_t kMaxMetaTokens = 8;

MetaLine meta_of(std::string_view text, const std::vector<std::string_view>& tokens,
                 const Reference& reference, const OutletList& outlets) {
  MetaLine m;
  if (tokens.empty() || tokens.size() > kMaxMetaTokens) return m;
  if (outlets.contains(text)) {
    m.meta = m.outlet_known = true;
    m.outlet = text;
    return m;
  }
  if (tokens.size() <= kMaxDateTokens) {
    if (auto date = parse_date_phrase(text, reference)) {
      m.meta = true;
      m.date = date;
      m.date_text = text;
      return m;
    }
  }
  // An outlet, separators, a date. An outlet the list does not know needs the separator.
  for (size_t width = 1; width < tokens.size() && width <= 4; ++width) {
    const std::string_view outlet = span_of(tokens[0], tokens[width - 1]);
    const bool known = outlets.contains(outlet);
    size_t k = width;
    while (k < tokens.size() && is_separator_token(tokens[k])) ++k;
    if (k == tokens.size() || (!known && k == width) || (!known && width > 2)) continue;
    const std::string_view rest = span_of(tokens[k], tokens.back());
    if (tokens.size() - k > kMaxDateTokens) continue;
    if (auto date = parse_date_phrase(rest, reference)) {
      m.meta = true;
      m.outlet = outlet;
      m.outlet_known = known;
      m.date = date;
      m.date_text = rest;
      return m;
    }
  }
  return m;
}

// One entry found over lines first..last (inclusive); `title` is the line of the headline.
struct StackedRow {
  size_t first = 0, last = 0, title = 0;
  std::string_view outlet;
  bool outlet_known = false;
  std::optional<LocalDateTime> date;
  std::string_view date_text;
};

}  // namespace

HeadlineParser::HeadlineParser(const Reference& reference, const OutletList* outlets)
    : reference_(reference), outlets_(outlets ? *outlets : default_outlets()) {}

void HeadlineParser::start_segment(std::optional<Layout> header, bool csv) {
  header_ = std::move(header);
  csv_ = csv;
  author_column_ = true;
  multiword_authors_.clear();
}

void HeadlineParser::add_line(std::string_view line) {
  ++line_no_;
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (line_no_ == 1 && starts_with(line, "\xEF\xBB\xBF")) line.remove_prefix(3);  // BOM
  // Raw HTML: from its first tag on, the input is read as HTML rows (the tags are read, not
  // kept); each table row or list item is then parsed like a tab-separated line.
  if (!html_ && starts_html(line)) html_ = true;
  if (html_) {
    html_rows_.clear();
    html_reader_.add_line(line_no_, line, html_rows_);
    for (const HtmlRow& row : html_rows_) add_text_line(row.line_no, row.text, &row.raw);
    return;
  }
  add_text_line(line_no_, line, nullptr);
}

void HeadlineParser::add_text_line(int64_t line_no, std::string_view line, const std::string* raw) {
  const std::string_view text = trim(line);
  if (text.empty()) return;
  if (text.size() <= kMaxHeaderBytes) {
    const LineMode mode = mode_of(text);
    split_cells(text, mode, header_cells_);
    Layout layout;
    bool header = recognize_header(header_cells_, layout);
    bool csv = false;
    // (A header has no digits: a row with "1,204" views is not tried as one.)
    if (!header && mode == LineMode::Tokens && text.find(',') != std::string_view::npos &&
        std::none_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      // "번호,제목,작성자,날짜": a spreadsheet's header, and rows in CSV after it.
      split_quoted(text, ',', header_storage_, header_cells_);
      layout.clear();
      header = csv = recognize_header(header_cells_, layout);
    }
    if (header) {
      flush_block(true);  // rows above the header belong to the previous list
      start_segment(std::move(layout), csv);
      return;
    }
  }
  if (block_used_ == block_.size()) block_.emplace_back();
  PendingLine& pending = block_[block_used_++];
  pending.line_no = line_no;
  pending.text.assign(line.data(), line.size());
  pending.has_raw = raw != nullptr;
  if (raw) pending.raw.assign(*raw);
  if (block_used_ >= kBlockLines) flush_block(false);
}

void HeadlineParser::finish() {
  if (html_) {
    html_rows_.clear();
    html_reader_.finish(html_rows_);
    for (const HtmlRow& row : html_rows_) add_text_line(row.line_no, row.text, &row.raw);
  }
  flush_block(true);
}

void HeadlineParser::flush_block(bool final) {
  if (block_used_ == 0) return;
  // Unless this is the end of the list, the last lines wait for the next block: a stacked entry
  // whose title is not read yet, or one cut by the block's end, is found whole there.
  constexpr size_t kHeldBack = 2;
  const size_t lines = block_used_;

  struct Work {
    std::string_view text;
    LineMode mode = LineMode::Tokens;
    bool skip = false;      // a table rule such as "|---|---|"
    bool too_long = false;  // returned unparsed
    bool quotes_unbalanced = false;
    std::vector<std::string_view> cells;
    std::string storage;  // unquoted cells of a quoted row
    MetaLine meta;
    bool consumed = false;  // part of a stacked row, returned with it
    int stacked = -1;       // index into `stacked` when the row starts here
  };
  std::vector<Work> work(lines);
  for (size_t i = 0; i < lines; ++i) {
    Work& w = work[i];
    w.text = trim(block_[i].text);
    if (is_rule_line(w.text)) {
      w.skip = true;
    } else if (block_[i].text.size() > kMaxLineBytes) {
      w.too_long = true;
    } else {
      w.mode = mode_of(w.text);
      if (w.mode == LineMode::Tokens && w.text.find(',') != std::string_view::npos) {
        // Comma-separated: after a CSV header, or a row that quotes a field and has a date
        // cell, or a numbered row of four or more cells with a date cell.
        const bool quoted = has_quoted_field(w.text, ',');
        if (csv_ || quoted || std::count(w.text.begin(), w.text.end(), ',') >= 3) {
          const bool ok = split_quoted(w.text, ',', w.storage, w.cells);
          bool has_date = false;
          for (size_t c = 1; c < w.cells.size() && !has_date; ++c) {
            has_date = parse_date_phrase(w.cells[c], reference_).has_value();
          }
          int64_t number;
          const bool numbered = !w.cells.empty() && parse_item_number(w.cells[0], number);
          if (csv_ || (w.cells.size() >= 3 && has_date && (quoted || (numbered && w.cells.size() >= 4)))) {
            w.mode = LineMode::CsvFields;
            w.quotes_unbalanced = !ok;
            continue;
          }
          w.storage.clear();
        }
      }
      if (w.mode == LineMode::TabFields && has_quoted_field(w.text, '\t')) {
        w.quotes_unbalanced = !split_quoted(w.text, '\t', w.storage, w.cells);
      } else {
        split_cells(w.text, w.mode, w.cells);
      }
      if (w.mode == LineMode::Tokens && !header_) {
        w.meta = meta_of(w.text, w.cells, reference_, outlets_);
      }
    }
  }

  // Stacked entries: runs of one or two meta lines that together give an outlet and a date,
  // with the title on the line after them (the order portals show) or before them.
  std::vector<StackedRow> stacked;
  {
    struct Run {
      size_t first, last;  // meta lines first..last
      MetaLine merged;
      bool title_after, title_before;
    };
    const auto title_candidate = [&](size_t i) {
      const Work& w = work[i];
      return !w.skip && !w.too_long && !w.meta.meta && w.mode == LineMode::Tokens;
    };
    const size_t used = lines;  // all lines, in this block's grouping
    std::vector<Run> runs;
    for (size_t i = 0; i < used;) {
      if (!work[i].meta.meta) {
        ++i;
        continue;
      }
      Run run{i, i, work[i].meta, false, false};
      size_t j = i + 1;
      if (j < used && work[j].meta.meta && j - i < 2) {
        const MetaLine& m = work[j].meta;
        const bool clash = (m.date && run.merged.date) || (!m.outlet.empty() && !run.merged.outlet.empty());
        if (!clash) {
          if (m.date) {
            run.merged.date = m.date;
            run.merged.date_text = m.date_text;
          }
          if (!m.outlet.empty()) {
            run.merged.outlet = m.outlet;
            run.merged.outlet_known = m.outlet_known;
          }
          run.last = j++;
        }
      }
      // A date line under a short line the outlet list does not know: that line is the outlet.
      if (run.merged.date && run.merged.outlet.empty() && run.first > 0 &&
          title_candidate(run.first - 1) && work[run.first - 1].cells.size() <= 2 &&
          work[run.first - 1].text.size() <= 30 && j < used && title_candidate(j)) {
        --run.first;
        run.merged.outlet = work[run.first].text;
        run.merged.outlet_known = false;
      }
      if (run.merged.date && !run.merged.outlet.empty()) {
        run.title_after = j < used && title_candidate(j);
        run.title_before = run.first > 0 && title_candidate(run.first - 1);
        runs.push_back(run);
      }
      i = j;
    }
    size_t after = 0, before = 0;
    for (const Run& r : runs) {
      after += r.title_after;
      before += r.title_before;
    }
    const bool title_first = before > after;
    std::vector<bool> taken(used, false);
    for (const Run& r : runs) {
      size_t title;
      if (!title_first && r.title_after) {
        title = r.last + 1;
      } else if (title_first && r.title_before) {
        title = r.first - 1;
      } else {
        continue;
      }
      bool free = !taken[title];
      for (size_t k = r.first; k <= r.last; ++k) free = free && !taken[k];
      if (!free) continue;
      StackedRow row;
      row.first = std::min(title, r.first);
      row.last = std::max(title, r.last);
      row.title = title;
      row.outlet = r.merged.outlet;
      row.outlet_known = r.merged.outlet_known;
      row.date = r.merged.date;
      row.date_text = r.merged.date_text;
      for (size_t k = row.first; k <= row.last; ++k) {
        taken[k] = true;
        work[k].consumed = true;
      }
      work[row.first].stacked = static_cast<int>(stacked.size());
      stacked.push_back(row);
    }
  }
  // Where this block's rows end: before the held-back lines, and never inside an entry.
  size_t used = final || lines <= kHeldBack ? lines : lines - kHeldBack;
  for (auto it = stacked.rbegin(); it != stacked.rend(); ++it) {
    if (it->first < used && used <= it->last) used = it->first;
  }

  // First pass: what the whitespace rows say about the author column.
  const bool header_has_author =
      header_ && std::count(header_->begin(), header_->end(), Column::Author) > 0;
  std::unordered_map<std::string_view, int> last_counts;
  std::unordered_map<std::string, int> pair_counts;
  std::vector<AuthorSample> samples;
  for (size_t i = 0; i < used; ++i) {
    const Work& w = work[i];
    if (w.skip || w.too_long || w.consumed || w.mode != LineMode::Tokens) continue;
    TokenRowMatcher matcher(w.cells, reference_, multiword_authors_, outlets_);
    RowMatch match;
    AuthorSample sample;
    bool matched = false;
    if (header_) {
      matched = header_has_author && matcher.match(*header_, match, &sample);
    } else {
      for (const Layout& layout : layouts_with_author()) {
        sample = AuthorSample{};
        if ((matched = matcher.match(layout, match, &sample))) break;
      }
    }
    if (!matched || !sample.taken) continue;
    samples.push_back(sample);
    if (sample.after_separator) continue;
    ++last_counts[sample.last];
    if (!sample.previous.empty()) ++pair_counts[pair_key(sample.previous, sample.last)];
  }
  size_t evidence = 0;
  for (const AuthorSample& s : samples) {
    if (s.after_separator || is_reporter_title(s.last) || last_counts[s.last] >= 2) ++evidence;
  }
  // A board without an author column leaves the last title word in the sample; those repeat
  // rarely, where outlets and reporters repeat on most rows.
  if (!header_ && samples.size() >= 3) author_column_ = evidence * 3 >= samples.size();
  constexpr size_t kMaxRememberedAuthors = 4096;
  for (const auto& [key, count] : pair_counts) {
    const std::string_view last = std::string_view(key).substr(key.find('\x1f') + 1);
    if (count >= 2 && count * 2 > last_counts[last] && !is_reporter_title(last) &&
        multiword_authors_.size() < kMaxRememberedAuthors) {
      multiword_authors_.insert(key);
    }
  }

  // Second pass: the rows.
  std::vector<std::string_view> author_words;
  for (size_t i = 0; i < used; ++i) {
    const Work& w = work[i];
    if (w.skip) continue;
    HeadlineRow row;
    row.line_no = block_[i].line_no;
    if (w.stacked >= 0) {
      const StackedRow& st = stacked[static_cast<size_t>(w.stacked)];
      RowMatch match;
      match.title = work[st.title].text;
      match.author = st.outlet;
      match.author_known = true;
      match.published = st.date;
      match.date_text = st.date_text;
      fill_row(match, reference_, row);
      if (!st.outlet_known) row.doubts.insert(row.doubts.begin(), "outlet_guessed");
      for (size_t k = st.first; k <= st.last; ++k) {
        if (k > st.first) row.raw.push_back('\n');
        row.raw.append(block_[k].has_raw ? block_[k].raw : block_[k].text);
      }
      ready_.push_back(std::move(row));
      continue;
    }
    if (w.consumed) continue;
    RowMatch match;
    bool matched = false;
    if (!w.too_long) {
      if (w.mode == LineMode::Tokens) {
        TokenRowMatcher matcher(w.cells, reference_, multiword_authors_, outlets_);
        if (header_ && matcher.match(*header_, match, nullptr)) {
          matched = true;
          match.author_known = true;  // the header names the column
        } else {
          matched = match_inferred_tokens(matcher, author_column_, match);
        }
        // An author that repeats over the rows is the list's author column, not a guess.
        if (matched && match.author && !match.author_known) {
          split_tokens(*match.author, author_words);
          if (!author_words.empty() && last_counts[author_words.back()] >= 2) {
            match.author_known = true;
          }
        }
      } else {
        matched = (header_ && match_fields_with_header(w.cells, *header_, reference_, match)) ||
                  match_fields_inferred(w.cells, reference_, match);
      }
    }
    if (matched) {
      match.quotes_unbalanced = w.quotes_unbalanced;
      fill_row(match, reference_, row);
    }
    row.raw = block_[i].has_raw ? std::move(block_[i].raw) : std::move(block_[i].text);
    ready_.push_back(std::move(row));
  }
  // The held-back lines move to the front of the next block.
  for (size_t i = used; i < block_used_; ++i) std::swap(block_[i - used], block_[i]);
  block_used_ -= used;
}

void parse_headlines(std::string_view text, const Reference& reference,
                     const std::function<void(HeadlineRow&)>& emit, const OutletList* outlets) {
  HeadlineParser parser(reference, outlets);
  size_t start = 0;
  while (start <= text.size()) {
    const size_t end = text.find('\n', start);
    const bool last = end == std::string_view::npos;
    // A final line break does not start another (empty) line.
    if (last && start == text.size() && start != 0) break;
    poll_interrupt();
    parser.add_line(text.substr(start, last ? std::string_view::npos : end - start));
    for (HeadlineRow& row : parser.ready_rows()) emit(row);
    parser.ready_rows().clear();
    if (last) break;
    start = end + 1;
  }
  parser.finish();
  for (HeadlineRow& row : parser.ready_rows()) emit(row);
  parser.ready_rows().clear();
}

}  // namespace kornews::news
