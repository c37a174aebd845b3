// kornews headlines [--reference-date YYYY-MM-DD[ HH:MM]]
// Reads a headline list on stdin and writes one JSON object per row, with the fields of
// kornews.ko_parse_headlines(). Lines are read and rows written a block at a time.
#include <iostream>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "cli/headline_values.h"
#include "cli/json_string.h"
#include "cli/options.h"
#include "cli/reference_date.h"
#include "core/error.h"
#include "core/news/headline_columns.h"
#include "core/news/headline_parser.h"
#include "core/news/text_scan.h"

namespace kornews::cli {
namespace {

namespace news = kornews::news;

// The help text; the keys it lists are the columns' names, in their order.
std::string usage() {
  std::string keys = "  ";
  size_t line_start = 0;
  for (const news::HeadlineColumn& column : news::headline_columns()) {
    if (keys.size() > 2) keys.append(",");
    if (keys.size() - line_start + std::string(column.name).size() > 88) {
      line_start = keys.size() + 1;
      keys.append("\n  ");
    } else if (keys.size() > 2) {
      keys.append(" ");
    }
    keys.append(column.name);
  }
  return "usage: kornews headlines [--reference-date YYYY-MM-DD[ HH:MM]] < list.txt\n"
         "  Parses a headline list and writes one JSON object per row, with the keys\n" +
         keys + ".\n"
         "  --reference-date  the day the list was captured (default: today); relative dates such\n"
         "                    as 어제 or 3시간 전 resolve against it. With a time of day, sub-day\n"
         "                    forms (3시간 전, 방금) become exact timestamps.\n";
}

void write_json_array(std::string& out, const std::vector<std::string>& items) {
  out.push_back('[');
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) out.push_back(',');
    write_json_string(out, items[i]);
  }
  out.push_back(']');
}

const ValueSyntax kJson = {"null", "true", "false", &write_json_string, &write_json_array};

// What comes before each value: `{"line_no":`, `,"item_no":`, ... (made once: rows are many).
const std::vector<std::string>& json_keys() {
  static const std::vector<std::string> keys = [] {
    std::vector<std::string> out;
    for (const news::HeadlineColumn& column : news::headline_columns()) {
      std::string key(out.empty() ? "{" : ",");
      write_json_string(key, column.name);
      out.push_back(key + ":");
    }
    return out;
  }();
  return keys;
}

// A row as one JSON object, its keys the columns of kornews.headline_row in their order.
void write_row(std::string& out, const news::HeadlineRow& row) {
  const std::vector<std::string>& keys = json_keys();
  for (size_t i = 0; i < news::kHeadlineColumnCount; ++i) {
    const news::HeadlineColumn& column = news::headline_columns()[i];
    out.append(keys[i]);
    append_value(out, kJson, column.type, column.get(row));
  }
  out.append("}\n");
}

void write_ready(news::HeadlineParser& parser, std::string& buffer) {
  for (const news::HeadlineRow& row : parser.ready_rows()) write_row(buffer, row);
  parser.ready_rows().clear();
  std::cout << buffer;
  buffer.clear();
}

}  // namespace

int headlines_command(const Args& args) {
  const std::string help = usage();
  news::Reference reference = news::local_today();
  const auto stop =
      Options(help.c_str())
          .value("--reference-date", [&](const std::string& v) { reference = reference_date(v); })
          .parse(args);
  if (stop) return *stop;
  std::ios::sync_with_stdio(false);
  news::HeadlineParser parser(reference);
  std::string line, buffer;
  while (std::getline(std::cin, line)) {
    parser.add_line(line);
    if (!parser.ready_rows().empty()) write_ready(parser, buffer);
  }
  if (std::cin.bad()) throw Error("cannot read standard input");
  parser.finish();
  write_ready(parser, buffer);
  std::cout.flush();
  if (!std::cout) throw Error("cannot write standard output");
  return 0;
}

}  // namespace kornews::cli
