#include "core/news/html_rows.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "core/news/text_scan.h"

namespace kornews::news {
namespace {

bool one_of(std::string_view name, std::initializer_list<std::string_view> names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Blocks: opening or closing one ends the row in progress.
bool is_row_tag(std::string_view name) {
  return one_of(name, {"tr", "li", "p", "div", "br", "dt", "dd", "h1", "h2", "h3", "h4", "h5",
                       "h6", "table", "tbody", "thead", "tfoot", "ul", "ol", "article",
                       "section", "header", "footer", "nav", "html", "body", "head", "title",
                       "hr"});
}

// The elements a board or a portal puts one field in.
bool is_cell_tag(std::string_view name) {
  return one_of(name, {"td", "th", "a", "span", "time", "em", "small", "cite", "label",
                       "button"});
}

// Inside a word or a title: no space where they open or close.
bool is_inline_tag(std::string_view name) {
  return one_of(name, {"b", "strong", "i", "u", "mark", "font", "sup", "sub", "wbr", "s", "q",
                       "abbr"});
}

void append_utf8(std::string& out, unsigned long cp) {
  if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  if (cp < 0x80) {
    out.push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

// The text an entity stands for, or false when it is not one we know (then it stays as written).
bool decode_entity(std::string_view name, std::string& out) {
  if (name == "amp") return out.assign("&"), true;
  if (name == "lt") return out.assign("<"), true;
  if (name == "gt") return out.assign(">"), true;
  if (name == "quot") return out.assign("\""), true;
  if (name == "apos") return out.assign("'"), true;
  if (name == "nbsp") return out.assign(" "), true;
  if (name == "middot") return out.assign("\xC2\xB7"), true;
  if (name.size() >= 2 && name[0] == '#') {
    const bool hex = name[1] == 'x' || name[1] == 'X';
    const std::string digits(name.substr(hex ? 2 : 1));
    if (digits.empty() || digits.size() > 7) return false;
    char* end = nullptr;
    const unsigned long cp = std::strtoul(digits.c_str(), &end, hex ? 16 : 10);
    if (*end != '\0') return false;
    out.clear();
    append_utf8(out, cp);
    return true;
  }
  return false;
}

}  // namespace

bool starts_html(std::string_view line) {
  line = trim(line);
  if (line.size() < 3 || line[0] != '<') return false;
  if (line[1] == '!') return true;  // <!DOCTYPE html>, <!-- … -->
  size_t end = 1;
  if (line[end] == '/') ++end;
  const size_t start = end;
  while (end < line.size() && std::isalnum(static_cast<unsigned char>(line[end]))) ++end;
  if (end == start || end == line.size()) return false;
  const char after = line[end];
  if (after != '>' && after != ' ' && after != '/' && after != '\t') return false;
  std::string name(line.substr(start, end - start));
  for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return is_row_tag(name) || one_of(name, {"td", "th", "span", "a"});
}

void HtmlRowReader::add_line(int64_t line_no, std::string_view line, std::vector<HtmlRow>& out) {
  line_no_ = line_no;
  // Lines before this one matter only to a row that is still open.
  if (row_.empty()) {
    lines_.clear();
    lines_bytes_ = 0;
  }
  if (lines_bytes_ < kMaxRowBytes) {
    const std::string_view kept = line.substr(0, kMaxRowBytes - lines_bytes_);
    lines_.emplace_back(line_no, std::string(kept));
    lines_bytes_ += kept.size() + 1;
  }
  for (size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    switch (state_) {
      case State::Text:
        if (c == '<') {
          state_ = State::Tag;
          tag_.clear();
        } else if (c == '&' && skip_until_.empty()) {
          state_ = State::Entity;
          entity_.clear();
        } else if (skip_until_.empty()) {
          put_text(std::string_view(&line[i], 1));
        }
        break;
      case State::Tag:
        if (c == '>') {
          state_ = State::Text;
          on_tag(tag_, out);
        } else if (tag_.size() < 64) {
          tag_.push_back(c);
          if (tag_ == "!--") state_ = State::Comment;
        }
        break;
      case State::Comment:
        tag_.push_back(c);
        if (tag_.size() > 3) tag_.erase(0, tag_.size() - 3);
        if (tag_ == "-->") state_ = State::Text;
        break;
      case State::Entity:
        if (c == ';') {
          state_ = State::Text;
          std::string decoded;
          if (decode_entity(entity_, decoded)) {
            put_text(decoded);
          } else {
            put_text("&" + entity_ + ";");
          }
        } else if (entity_.size() < 10 && (std::isalnum(static_cast<unsigned char>(c)) || c == '#')) {
          entity_.push_back(c);
        } else {
          // Not an entity: a bare ampersand ("R&D").
          state_ = State::Text;
          put_text("&" + entity_);
          --i;  // read c again as text
        }
        break;
    }
  }
  // A line break inside text is a space.
  if (state_ == State::Text) put_text(" ");
}

void HtmlRowReader::finish(std::vector<HtmlRow>& out) {
  if (state_ == State::Entity) put_text("&" + entity_);
  state_ = State::Text;
  end_row(out);
}

void HtmlRowReader::on_tag(std::string_view tag, std::vector<HtmlRow>& out) {
  const bool closing = !tag.empty() && tag[0] == '/';
  if (closing) tag.remove_prefix(1);
  size_t n = 0;
  while (n < tag.size() && std::isalnum(static_cast<unsigned char>(tag[n]))) ++n;
  std::string name(tag.substr(0, n));
  for (char& ch : name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
  if (!skip_until_.empty()) {
    if (closing && "/" + name == skip_until_) skip_until_.clear();
    return;
  }
  if (!closing && (name == "script" || name == "style")) {
    skip_until_ = "/" + name;
    return;
  }
  if (is_row_tag(name)) {
    end_row(out);
  } else if (is_cell_tag(name)) {
    put_separator('\t');
  } else if (!is_inline_tag(name)) {
    put_text(" ");
  }
}

void HtmlRowReader::put_text(std::string_view text) {
  for (char c : text) {
    const bool space = c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
    if (space) {
      if (!row_.empty() && row_.back() != ' ' && row_.back() != '\t' &&
          row_.size() < kMaxRowBytes) {
        row_.push_back(' ');
      }
      continue;
    }
    if (row_.empty() || (row_.size() == 1 && row_[0] == ' ')) {
      row_.clear();
      row_line_ = line_no_;
    }
    if (row_.size() < kMaxRowBytes) row_.push_back(c);
  }
}

void HtmlRowReader::put_separator(char c) {
  while (!row_.empty() && row_.back() == ' ') row_.pop_back();
  if (!row_.empty() && row_.back() != c && row_.size() < kMaxRowBytes) row_.push_back(c);
}

void HtmlRowReader::end_row(std::vector<HtmlRow>& out) {
  while (!row_.empty() && (row_.back() == ' ' || row_.back() == '\t')) row_.pop_back();
  if (!row_.empty()) {
    HtmlRow row;
    row.line_no = row_line_;
    for (const auto& [no, text] : lines_) {
      if (no < row_line_) continue;
      if (!row.raw.empty()) row.raw.push_back('\n');
      row.raw.append(text);
    }
    // The row's first line was past the bound: its text stands for it, so raw is never empty.
    if (row.raw.empty()) row.raw = row_;
    row.text = std::move(row_);
    out.push_back(std::move(row));
  }
  row_.clear();
  // A row that starts later in this line needs it; earlier lines are done.
  while (lines_.size() > 1 && lines_.front().first < line_no_) {
    lines_bytes_ -= lines_.front().second.size() + 1;
    lines_.erase(lines_.begin());
  }
}

}  // namespace kornews::news
