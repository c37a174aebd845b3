// Reader of the tab-separated user word format (see user_word_file.h).
#include "core/dict/user_word_file.h"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <string_view>

namespace kornews {
namespace {

std::vector<std::string_view> split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t from = 0;
  while (true) {
    const size_t at = s.find(sep, from);
    out.push_back(
        s.substr(from, at == std::string_view::npos ? std::string_view::npos : at - from));
    if (at == std::string_view::npos) return out;
    from = at + 1;
  }
}

bool unset(std::string_view field) {
  return field.empty() || field == "-";
}

}  // namespace

UserWordFile read_user_words(std::istream& in, const std::string& name) {
  UserWordFile file;
  std::string line;
  size_t number = 0;
  while (std::getline(in, line)) {
    number++;
    if (!line.empty() && line.back() == '\r') line.pop_back();  // files edited on Windows
    if (line.empty() || line[0] == '#') continue;
    const std::string where = name + ":" + std::to_string(number) + ": ";
    const std::vector<std::string_view> fields = split(line, '\t');
    if (fields.size() < 2)
      throw UserWordFileError(where + "expected word<TAB>tag, found no tab",
                              "Separate the fields with a tab character, not spaces: "
                              "word<TAB>tag[<TAB>cost[<TAB>parts as a+b[<TAB>reading]]].");
    if (fields.size() > 5)
      throw UserWordFileError(where + "more than 5 tab-separated fields",
                              "A line is word<TAB>tag[<TAB>cost[<TAB>parts[<TAB>reading]]].");
    UserWord w;
    w.word = std::string(fields[0]);
    w.tag = std::string(fields[1]);
    if (fields.size() > 2 && !unset(fields[2])) {
      const std::string text(fields[2]);
      char* end = nullptr;
      errno = 0;
      const long cost = std::strtol(text.c_str(), &end, 10);
      if (end == text.c_str() || *end != '\0' || errno == ERANGE || cost < INT32_MIN ||
          cost > INT32_MAX)
        throw UserWordFileError(where + "cost \"" + text + "\" is not an integer",
                                "Leave the cost field empty (or write -) for the default cost.");
      w.cost = static_cast<int32_t>(cost);
    }
    if (fields.size() > 3 && !unset(fields[3])) {
      for (std::string_view part : split(fields[3], '+')) {
        if (part.empty())
          throw UserWordFileError(where + "empty part in \"" + std::string(fields[3]) + "\"",
                                  "Write the parts joined by single + signs, e.g. 삼성+전자.");
        w.parts.emplace_back(part);
      }
    }
    if (fields.size() > 4 && !unset(fields[4])) w.reading = std::string(fields[4]);
    file.words.push_back(std::move(w));
    file.lines.push_back(number);
  }
  if (in.bad()) throw UserWordFileError(name + ": read error");
  return file;
}

UserWordFile read_user_word_file(const std::string& path) {
  std::ifstream in(path);
  if (!in)
    throw UserWordFileError("cannot open user dictionary " + path + ": " + std::strerror(errno));
  return read_user_words(in, path);
}

}  // namespace kornews
