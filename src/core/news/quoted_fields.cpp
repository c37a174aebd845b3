#include "core/news/quoted_fields.h"

#include <algorithm>

#include "core/news/text_scan.h"

namespace kornews::news {
namespace {

// Whitespace before or after a field, but never the separator itself (a tab is both).
size_t skip_spaces(std::string_view line, size_t pos, char separator) {
  while (pos < line.size() && line[pos] != separator) {
    const size_t n = space_length(line, pos);
    if (n == 0) break;
    pos += n;
  }
  return pos;
}

void plain_split(std::string_view line, char separator, std::string& storage,
                 std::vector<std::string_view>& fields) {
  storage.assign(line.data(), line.size());
  split_fields(storage, separator, fields);
}

}  // namespace

bool has_quoted_field(std::string_view line, char separator) {
  size_t pos = skip_spaces(line, 0, separator);
  if (pos < line.size() && line[pos] == '"') return true;
  for (size_t i = 0; i < line.size(); ++i) {
    if (line[i] != separator) continue;
    pos = skip_spaces(line, i + 1, separator);
    if (pos < line.size() && line[pos] == '"') return true;
  }
  return false;
}

bool split_quoted(std::string_view line, char separator, std::string& storage,
                  std::vector<std::string_view>& fields) {
  storage.clear();
  storage.reserve(line.size());
  fields.clear();
  size_t pos = 0;
  for (;;) {
    pos = skip_spaces(line, pos, separator);
    const size_t start = storage.size();
    if (pos < line.size() && line[pos] == '"') {
      ++pos;
      bool closed = false;
      while (pos < line.size()) {
        if (line[pos] == '"') {
          if (pos + 1 < line.size() && line[pos + 1] == '"') {
            storage.push_back('"');
            pos += 2;
            continue;
          }
          ++pos;
          closed = true;
          break;
        }
        storage.push_back(line[pos++]);
      }
      pos = skip_spaces(line, pos, separator);
      if (!closed || (pos < line.size() && line[pos] != separator)) {
        plain_split(line, separator, storage, fields);
        return false;
      }
      fields.push_back(std::string_view(storage).substr(start));
    } else {
      const size_t end = std::min(line.find(separator, pos), line.size());
      storage.append(line.substr(pos, end - pos));
      fields.push_back(trim(std::string_view(storage).substr(start)));
      pos = end;
    }
    if (pos >= line.size()) break;
    ++pos;  // the separator
    if (pos == line.size()) {
      fields.push_back(std::string_view(storage).substr(storage.size()));  // "a,b," ends empty
      break;
    }
  }
  return true;
}

}  // namespace kornews::news
