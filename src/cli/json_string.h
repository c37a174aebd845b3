// JSON string output shared by the commands that write JSON lines (headlines, entities).
#pragma once

#include <string>
#include <string_view>

namespace kornews::cli {

// Appends `s` as a JSON string literal: quotes, backslashes and control characters escaped;
// bytes that are not UTF-8 become U+FFFD so that the output stays valid JSON.
void write_json_string(std::string& out, std::string_view s);

}  // namespace kornews::cli
