#include "core/news/headline_parser.h"

#include <algorithm>
#include <limits>
#include <unordered_map>

#include "core/interrupt.h"
#include "core/news/labels.h"
#include "core/news/text_scan.h"

namespace kornews::news {
namespace {

// The longest date phrase in tokens: "2025. 2. 7. 오후 3:10".
constexpr size_t kMaxDateTokens = 5;
// A portal list's outlet after " - " is at most this many words ("연합뉴스 TV").
constexpr size_t kMaxOutletTokens = 4;
// Headers are short; longer lines are not checked for being one.
constexpr size_t kMaxHeaderBytes = 512;

enum class LineMode { Tokens, TabFields, PipeFields };

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

// What consuming the author column saw, for the agreement rules.
struct AuthorSample {
  bool taken = false;
  bool after_separator = false;
  std::string_view last, previous;
};

// The fields of one row found by a layout, as token ranges or values.
struct RowMatch {
  std::optional<int64_t> item_no;
  bool notice = false;
  std::string_view title;
  std::optional<std::string_view> author;
  std::optional<LocalDateTime> published;
  std::optional<int32_t> views, comments;
};

// Consumes the columns of a layout from both ends of a whitespace-separated row: the columns
// left of the title from the left, those right of it from the right, and the title is what
// remains. Which is why a title may contain any word, and dates and authors may be several.
class TokenRowMatcher {
 public:
  TokenRowMatcher(const std::vector<std::string_view>& tokens, const Reference& reference,
                  const std::unordered_set<std::string>& multiword_authors)
      : tokens_(tokens), reference_(reference), multiword_authors_(multiword_authors) {}

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
        if (parse_integer(token, number)) {
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
            lo_ += n;
            return true;
          }
        }
        return false;
      case Column::Author: {
        const size_t width = remaining() >= 3 && is_reporter_title(tokens_[lo_ + 1]) ? 2 : 1;
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
        if (!parse_integer(token, number)) return false;
        out.item_no = number;
        --hi_;
        return true;
      }
      case Column::Date:
        for (size_t n = std::min(kMaxDateTokens, remaining() - 1); n >= 1; --n) {
          if (auto date = parse_date_phrase(span_of(tokens_[hi_ - n], token), reference_)) {
            out.published = date;
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
      hi_ = s;
      while (remaining() > 1 && is_separator_token(tokens_[hi_ - 1])) --hi_;
      if (sample) *sample = AuthorSample{true, true, tokens_[end - 1], tokens_[s + 1]};
      return true;
    }
    const std::string_view last = tokens_[end - 1];
    const std::string_view previous = tokens_[end - 2];
    if (sample) *sample = AuthorSample{true, false, last, remaining() >= 3 ? previous : ""};
    size_t width = 1;
    if (remaining() >= 3 &&
        (is_reporter_title(last) || multiword_authors_.count(pair_key(previous, last)))) {
      width = 2;
    }
    out.author = span_of(tokens_[end - width], last);
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
        if (parse_integer(cell, number)) {
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
        break;
      case Column::Date:
        if (!cell.empty()) {
          out.published = parse_date_phrase(cell, reference);
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
  if (!cells.empty() && parse_integer(cells[0], number)) {
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
    } else {
      return false;  // a second free-text cell: not a layout we know
    }
  }
  return have_title && (out.published || out.item_no || out.notice);
}

void fill_row(const RowMatch& match, HeadlineRow& row) {
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
}

}  // namespace

HeadlineParser::HeadlineParser(const Reference& reference) : reference_(reference) {}

void HeadlineParser::start_segment(std::optional<Layout> header) {
  header_ = std::move(header);
  author_column_ = true;
  multiword_authors_.clear();
}

void HeadlineParser::add_line(std::string_view line) {
  ++line_no_;
  if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
  if (line_no_ == 1 && starts_with(line, "\xEF\xBB\xBF")) line.remove_prefix(3);  // BOM
  const std::string_view text = trim(line);
  if (text.empty()) return;
  if (text.size() <= kMaxHeaderBytes) {
    split_cells(text, mode_of(text), header_cells_);
    Layout layout;
    if (recognize_header(header_cells_, layout)) {
      flush_block();  // rows above the header belong to the previous list
      start_segment(std::move(layout));
      return;
    }
  }
  if (block_used_ == block_.size()) block_.emplace_back();
  PendingLine& pending = block_[block_used_++];
  pending.line_no = line_no_;
  pending.text.assign(line.data(), line.size());
  if (block_used_ >= kBlockLines) flush_block();
}

void HeadlineParser::finish() {
  flush_block();
}

void HeadlineParser::flush_block() {
  if (block_used_ == 0) return;

  struct Work {
    std::string_view text;
    LineMode mode = LineMode::Tokens;
    bool skip = false;      // a table rule such as "|---|---|"
    bool too_long = false;  // returned unparsed
    std::vector<std::string_view> cells;
  };
  std::vector<Work> work(block_used_);
  for (size_t i = 0; i < block_used_; ++i) {
    Work& w = work[i];
    w.text = trim(block_[i].text);
    if (is_rule_line(w.text)) {
      w.skip = true;
    } else if (block_[i].text.size() > kMaxLineBytes) {
      w.too_long = true;
    } else {
      w.mode = mode_of(w.text);
      split_cells(w.text, w.mode, w.cells);
    }
  }

  // First pass: what the whitespace rows say about the author column.
  const bool header_has_author =
      header_ && std::count(header_->begin(), header_->end(), Column::Author) > 0;
  std::unordered_map<std::string_view, int> last_counts;
  std::unordered_map<std::string, int> pair_counts;
  std::vector<AuthorSample> samples;
  for (const Work& w : work) {
    if (w.skip || w.too_long || w.mode != LineMode::Tokens) continue;
    TokenRowMatcher matcher(w.cells, reference_, multiword_authors_);
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
  for (size_t i = 0; i < block_used_; ++i) {
    const Work& w = work[i];
    if (w.skip) continue;
    HeadlineRow row;
    row.line_no = block_[i].line_no;
    RowMatch match;
    bool matched = false;
    if (!w.too_long) {
      if (w.mode == LineMode::Tokens) {
        TokenRowMatcher matcher(w.cells, reference_, multiword_authors_);
        matched = (header_ && matcher.match(*header_, match, nullptr)) ||
                  match_inferred_tokens(matcher, author_column_, match);
      } else {
        matched = (header_ && match_fields_with_header(w.cells, *header_, reference_, match)) ||
                  match_fields_inferred(w.cells, reference_, match);
      }
    }
    if (matched) fill_row(match, row);
    row.raw = std::move(block_[i].text);
    ready_.push_back(std::move(row));
  }
  block_used_ = 0;
}

void parse_headlines(std::string_view text, const Reference& reference,
                     const std::function<void(HeadlineRow&)>& emit) {
  HeadlineParser parser(reference);
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
