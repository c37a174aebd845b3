#include "cli/jsonl.h"

#include <cstdlib>

#include "core/error.h"
#include "core/text/utf8.h"

namespace kornews::cli {
namespace {

class Parser {
 public:
  Parser(std::string_view s, const std::string& where) : s_(s), where_(where) {}

  JsonValue parse_document() {
    JsonValue v = value();
    ws();
    if (i_ != s_.size()) fail("trailing characters");
    return v;
  }

 private:
  [[noreturn]] void fail(const std::string& what) {
    throw InputError(where_ + ": invalid JSON (" + what + " at byte " + std::to_string(i_) + ")");
  }
  void ws() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' || s_[i_] == '\r' || s_[i_] == '\n'))
      ++i_;
  }
  bool eat(char c) {
    ws();
    if (i_ < s_.size() && s_[i_] == c) {
      ++i_;
      return true;
    }
    return false;
  }
  JsonValue value() {
    if (++depth_ > 64) fail("nesting too deep");
    ws();
    if (i_ >= s_.size()) fail("unexpected end");
    JsonValue v;
    const char c = s_[i_];
    if (c == '{') {
      ++i_;
      v.kind = JsonValue::kObject;
      if (!eat('}')) {
        do {
          ws();
          if (i_ >= s_.size() || s_[i_] != '"') fail("expected a key");
          std::string key = string();
          if (!eat(':')) fail("expected ':'");
          v.object[key] = value();
        } while (eat(','));
        if (!eat('}')) fail("expected '}'");
      }
    } else if (c == '[') {
      ++i_;
      v.kind = JsonValue::kArray;
      if (!eat(']')) {
        do v.array.push_back(value());
        while (eat(','));
        if (!eat(']')) fail("expected ']'");
      }
    } else if (c == '"') {
      v.kind = JsonValue::kString;
      v.string = string();
    } else if (s_.compare(i_, 4, "true") == 0) {
      v.kind = JsonValue::kBool, v.boolean = true, i_ += 4;
    } else if (s_.compare(i_, 5, "false") == 0) {
      v.kind = JsonValue::kBool, i_ += 5;
    } else if (s_.compare(i_, 4, "null") == 0) {
      i_ += 4;
    } else {
      const std::string num(s_.substr(i_, std::min<size_t>(64, s_.size() - i_)));
      char* end = nullptr;
      v.kind = JsonValue::kNumber;
      v.number = std::strtod(num.c_str(), &end);
      if (end == num.c_str()) fail("unexpected character");
      i_ += static_cast<size_t>(end - num.c_str());
    }
    --depth_;
    return v;
  }
  unsigned hex4() {
    if (i_ + 4 > s_.size()) fail("short \\u escape");
    unsigned v = 0;
    for (int k = 0; k < 4; ++k) {
      const char h = s_[i_++];
      v <<= 4;
      if (h >= '0' && h <= '9')
        v |= h - '0';
      else if (h >= 'a' && h <= 'f')
        v |= h - 'a' + 10;
      else if (h >= 'A' && h <= 'F')
        v |= h - 'A' + 10;
      else
        fail("bad \\u escape");
    }
    return v;
  }
  std::string string() {
    ++i_;  // opening quote
    std::string out;
    while (true) {
      if (i_ >= s_.size()) fail("unterminated string");
      const char c = s_[i_++];
      if (c == '"') break;
      if (c != '\\') {
        out.push_back(c);
        continue;
      }
      if (i_ >= s_.size()) fail("unterminated escape");
      const char e = s_[i_++];
      switch (e) {
        case 'n':
          out.push_back('\n');
          break;
        case 't':
          out.push_back('\t');
          break;
        case 'r':
          out.push_back('\r');
          break;
        case 'b':
          out.push_back('\b');
          break;
        case 'f':
          out.push_back('\f');
          break;
        case 'u': {
          char32_t cp = hex4();
          if (cp >= 0xD800 && cp < 0xDC00 && s_.compare(i_, 2, "\\u") == 0) {
            i_ += 2;
            const unsigned lo = hex4();
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          }
          utf8::append(out, cp);
          break;
        }
        default:
          out.push_back(e);
      }
    }
    return out;
  }

  std::string_view s_;
  const std::string& where_;
  size_t i_ = 0;
  int depth_ = 0;
};

}  // namespace

JsonValue parse_json(std::string_view text, const std::string& where) {
  return Parser(text, where).parse_document();
}

const JsonValue& JsonValue::at(const std::string& key, const std::string& where) const {
  if (kind != kObject) throw InputError(where + ": expected a JSON object");
  auto it = object.find(key);
  if (it == object.end()) throw InputError(where + ": missing key \"" + key + "\"");
  return it->second;
}

const std::string& JsonValue::as_string(const std::string& where) const {
  if (kind != kString) throw InputError(where + ": expected a string");
  return string;
}

double JsonValue::as_number(const std::string& where) const {
  if (kind != kNumber) throw InputError(where + ": expected a number");
  return number;
}

const std::vector<JsonValue>& JsonValue::as_array(const std::string& where) const {
  if (kind != kArray) throw InputError(where + ": expected an array");
  return array;
}

}  // namespace kornews::cli
