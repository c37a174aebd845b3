// A JSON reader for training files (one object per line): strict RFC 8259 (no \x escapes, no
// hex or truncated numbers such as 0x0 or 1., no lone surrogates, no control characters or
// invalid UTF-8 in strings, no duplicate keys), with errors that name the file and line.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace kornews::cli {

struct JsonValue {
  enum Kind { kNull, kBool, kNumber, kString, kArray, kObject } kind = kNull;
  bool boolean = false;
  double number = 0;
  std::string string;
  std::vector<JsonValue> array;
  std::map<std::string, JsonValue> object;

  // Throw InputError naming `where` when the value is not of that kind or the key is missing.
  const JsonValue& at(const std::string& key, const std::string& where) const;
  const std::string& as_string(const std::string& where) const;
  double as_number(const std::string& where) const;
  const std::vector<JsonValue>& as_array(const std::string& where) const;
};

JsonValue parse_json(std::string_view text, const std::string& where);

}  // namespace kornews::cli
