#include "cli/jsonl.h"

#include <cctype>
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
          if (v.object.count(key)) fail("duplicate key \"" + key + "\"");
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
    } else if (literal("true")) {
      v.kind = JsonValue::kBool, v.boolean = true;
    } else if (literal("false")) {
      v.kind = JsonValue::kBool;
    } else if (literal("null")) {
      // kNull
    } else if (c == '-' || (c >= '0' && c <= '9')) {
      v.kind = JsonValue::kNumber;
      v.number = number();
    } else {
      fail("unexpected character");
    }
    --depth_;
    return v;
  }

  // A literal word, which must not run on into more letters ("nullx").
  bool literal(std::string_view word) {
    if (s_.compare(i_, word.size(), word) != 0) return false;
    const size_t after = i_ + word.size();
    if (after < s_.size() && std::isalnum(static_cast<unsigned char>(s_[after]))) {
      fail("unexpected character");
    }
    i_ = after;
    return true;
  }

  static bool digit(char c) { return c >= '0' && c <= '9'; }

  // RFC 8259: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? -- no hex (0x0), no leading zeros,
  // no "1." or ".5", no + sign, no Infinity or NaN.
  double number() {
    const size_t start = i_;
    if (s_[i_] == '-') ++i_;
    if (i_ >= s_.size() || !digit(s_[i_])) fail("bad number");
    if (s_[i_] == '0') {
      ++i_;
      if (i_ < s_.size() && digit(s_[i_])) fail("bad number (leading zero)");
    } else {
      while (i_ < s_.size() && digit(s_[i_])) ++i_;
    }
    if (i_ < s_.size() && s_[i_] == '.') {
      ++i_;
      if (i_ >= s_.size() || !digit(s_[i_])) fail("bad number (no digit after '.')");
      while (i_ < s_.size() && digit(s_[i_])) ++i_;
    }
    if (i_ < s_.size() && (s_[i_] == 'e' || s_[i_] == 'E')) {
      ++i_;
      if (i_ < s_.size() && (s_[i_] == '+' || s_[i_] == '-')) ++i_;
      if (i_ >= s_.size() || !digit(s_[i_])) fail("bad number (no exponent digits)");
      while (i_ < s_.size() && digit(s_[i_])) ++i_;
    }
    if (i_ < s_.size() && (std::isalpha(static_cast<unsigned char>(s_[i_])) || s_[i_] == '.')) {
      fail("bad number");
    }
    const std::string text(s_.substr(start, i_ - start));
    return std::strtod(text.c_str(), nullptr);
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

  // Length of the well-formed UTF-8 sequence at i_ (no overlongs, no surrogates), or 0.
  size_t utf8_length() const {
    const auto byte = [&](size_t k) { return static_cast<unsigned char>(s_[i_ + k]); };
    const unsigned char b0 = byte(0);
    size_t n;
    unsigned char lo = 0x80, hi = 0xBF;
    if (b0 < 0x80) return 1;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      n = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      n = 3;
      if (b0 == 0xE0) lo = 0xA0;
      if (b0 == 0xED) hi = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      n = 4;
      if (b0 == 0xF0) lo = 0x90;
      if (b0 == 0xF4) hi = 0x8F;
    } else {
      return 0;
    }
    if (i_ + n > s_.size()) return 0;
    if (byte(1) < lo || byte(1) > hi) return 0;
    for (size_t k = 2; k < n; ++k) {
      if (byte(k) < 0x80 || byte(k) > 0xBF) return 0;
    }
    return n;
  }

  std::string string() {
    ++i_;  // opening quote
    std::string out;
    while (true) {
      if (i_ >= s_.size()) fail("unterminated string");
      const unsigned char c = static_cast<unsigned char>(s_[i_]);
      if (c == '"') {
        ++i_;
        break;
      }
      if (c < 0x20) fail("control character in a string");
      if (c != '\\') {
        const size_t n = utf8_length();
        if (n == 0) fail("invalid UTF-8");
        out.append(s_.substr(i_, n));
        i_ += n;
        continue;
      }
      ++i_;
      if (i_ >= s_.size()) fail("unterminated escape");
      const char e = s_[i_++];
      switch (e) {
        case '"':
        case '\\':
        case '/':
          out.push_back(e);
          break;
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
          if (cp >= 0xDC00 && cp <= 0xDFFF) fail("lone low surrogate");
          if (cp >= 0xD800 && cp <= 0xDBFF) {
            if (s_.compare(i_, 2, "\\u") != 0) fail("lone high surrogate");
            i_ += 2;
            const unsigned low = hex4();
            if (low < 0xDC00 || low > 0xDFFF) fail("high surrogate without a low one");
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          }
          utf8::append(out, cp);
          break;
        }
        default:
          --i_;
          fail(std::string("bad escape \\") + e);
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
