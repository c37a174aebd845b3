// kornews import --dsn DSN --table TABLE [--create] [--reference-date D] FILE...
// Parses headline lists on the client and streams the rows into TABLE with libpq's COPY, one
// transaction per file: a file that fails (unreadable, not UTF-8, refused by the server) loads
// nothing and the others still load. Exit status 0 when every file loaded, 1 otherwise.
#include <libpq-fe.h>

#include <fstream>
#include <iostream>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "cli/options.h"
#include "cli/reference_date.h"
#include "core/error.h"
#include "core/news/headline_parser.h"
#include "core/news/text_scan.h"

namespace kornews::cli {
namespace {

namespace news = kornews::news;

const char kUsage[] =
    "usage: kornews import --dsn DSN --table TABLE [--create] [--reference-date YYYY-MM-DD]\n"
    "                      FILE...\n"
    "  Parses each headline list FILE and loads its rows into TABLE with COPY, one transaction\n"
    "  per file. The table has the columns of kornews.ko_parse_headlines(); --create creates\n"
    "  it if it does not exist. Prints the rows loaded and the lines not parsed per file.\n";

// The columns COPY fills, in the order of ko_parse_headlines().
const char kColumns[] =
    "line_no, item_no, title, author, published, labels, comments, views, notice, parsed, raw";
const char kColumnDefinitions[] =
    "line_no int NOT NULL, item_no bigint, title text, author text, published timestamp, "
    "labels text[], comments int, views int, notice bool NOT NULL, parsed bool NOT NULL, "
    "raw text NOT NULL";
// Rows are sent to the server in pieces of about this size.
constexpr size_t kCopyChunkBytes = 256 * 1024;

struct ConnectionCloser {
  void operator()(PGconn* conn) const { PQfinish(conn); }
};
using Connection = std::unique_ptr<PGconn, ConnectionCloser>;

struct ResultClearer {
  void operator()(PGresult* result) const { PQclear(result); }
};
using Result = std::unique_ptr<PGresult, ResultClearer>;

std::string trimmed_message(const char* message) {
  std::string s = message ? message : "";
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

// "schema.table" or "table", each part quoted as an identifier.
std::string quoted_table_name(PGconn* conn, const std::string& name) {
  std::string quoted;
  size_t start = 0;
  for (;;) {
    const size_t dot = name.find('.', start);
    const std::string part = name.substr(start, dot == std::string::npos ? dot : dot - start);
    if (part.empty()) {
      throw Error("invalid --table '" + name + "'", "write it as TABLE or SCHEMA.TABLE");
    }
    char* escaped = PQescapeIdentifier(conn, part.data(), part.size());
    if (!escaped) throw Error("cannot quote table name: " + trimmed_message(PQerrorMessage(conn)));
    if (!quoted.empty()) quoted.push_back('.');
    quoted.append(escaped);
    PQfreemem(escaped);
    if (dot == std::string::npos) break;
    start = dot + 1;
  }
  return quoted;
}

// A COPY text-format field: backslash, tab, newline and carriage return escaped.
void append_copy_text(std::string& out, std::string_view s) {
  for (char c : s) {
    switch (c) {
      case '\\':
        out.append("\\\\");
        break;
      case '\t':
        out.append("\\t");
        break;
      case '\n':
        out.append("\\n");
        break;
      case '\r':
        out.append("\\r");
        break;
      default:
        out.push_back(c);
    }
  }
}

// A text[] literal {"a","b"}, each element quoted, then escaped as a COPY field.
void append_copy_labels(std::string& out, const std::vector<std::string>& labels) {
  std::string literal = "{";
  for (size_t i = 0; i < labels.size(); ++i) {
    if (i) literal.push_back(',');
    literal.push_back('"');
    for (char c : labels[i]) {
      if (c == '"' || c == '\\') literal.push_back('\\');
      literal.push_back(c);
    }
    literal.push_back('"');
  }
  literal.push_back('}');
  append_copy_text(out, literal);
}

template <typename T>
void append_copy_number(std::string& out, const std::optional<T>& value) {
  out.append(value ? std::to_string(*value) : "\\N");
}

void append_copy_optional_text(std::string& out, const std::optional<std::string>& value) {
  if (value) {
    append_copy_text(out, *value);
  } else {
    out.append("\\N");
  }
}

void append_copy_row(std::string& out, const news::HeadlineRow& row) {
  out.append(std::to_string(row.line_no)).push_back('\t');
  append_copy_number(out, row.item_no);
  out.push_back('\t');
  append_copy_optional_text(out, row.title);
  out.push_back('\t');
  append_copy_optional_text(out, row.author);
  out.push_back('\t');
  // ISO "YYYY-MM-DD HH:MM:SS" reads the same under every DateStyle.
  out.append(row.published ? news::format_local(*row.published) : "\\N").push_back('\t');
  if (row.parsed) {
    append_copy_labels(out, row.labels);
  } else {
    out.append("\\N");
  }
  out.push_back('\t');
  append_copy_number(out, row.comments);
  out.push_back('\t');
  append_copy_number(out, row.views);
  out.push_back('\t');
  out.append(row.notice ? "t" : "f").push_back('\t');
  out.append(row.parsed ? "t" : "f").push_back('\t');
  append_copy_text(out, row.raw);
  out.push_back('\n');
}

class Importer {
 public:
  Importer(PGconn* conn, std::string table, bool create, const news::Reference& reference)
      : conn_(conn), table_(std::move(table)), create_(create), reference_(reference) {}

  // Loads one file in its own transaction. Returns false (after printing why) when it failed.
  bool import_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::cerr << "kornews import: " << path << ": cannot open the file\n";
      return false;
    }
    try {
      run("BEGIN");
      if (create_) {
        run("CREATE TABLE IF NOT EXISTS " + table_ + " (" + kColumnDefinitions + ")");
      }
      const Counts counts = copy_rows(in, path);
      run("COMMIT");
      std::cout << path << ": " << counts.rows << " rows loaded, " << counts.unparsed
                << " lines not parsed\n";
      return true;
    } catch (const Error& e) {
      std::cerr << "kornews import: " << path << ": " << e.what() << "\n";
      if (!e.hint().empty()) std::cerr << "hint: " << e.hint() << "\n";
      if (PQtransactionStatus(conn_) != PQTRANS_IDLE) Result(PQexec(conn_, "ROLLBACK"));
      std::cerr << "kornews import: " << path << ": nothing loaded from this file\n";
      return false;
    }
  }

 private:
  struct Counts {
    int64_t rows = 0, unparsed = 0;
  };

  void run(const std::string& sql) {
    Result result(PQexec(conn_, sql.c_str()));
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
      throw Error(trimmed_message(PQresultErrorMessage(result.get())));
    }
  }

  Counts copy_rows(std::istream& in, const std::string& path) {
    const std::string sql = "COPY " + table_ + " (" + kColumns + ") FROM STDIN";
    Result start(PQexec(conn_, sql.c_str()));
    if (PQresultStatus(start.get()) != PGRES_COPY_IN) {
      throw Error(trimmed_message(PQresultErrorMessage(start.get())),
                  create_ ? "" : "does the table exist with these columns? --create makes it");
    }
    Counts counts;
    std::string buffer;
    try {
      news::HeadlineParser parser(reference_);
      std::string line;
      int64_t line_no = 0;
      const auto send_ready = [&](bool force) {
        for (const news::HeadlineRow& row : parser.ready_rows()) {
          append_copy_row(buffer, row);
          ++counts.rows;
          if (!row.parsed) ++counts.unparsed;
        }
        parser.ready_rows().clear();
        if (buffer.size() >= kCopyChunkBytes || (force && !buffer.empty())) send(buffer);
      };
      while (std::getline(in, line)) {
        ++line_no;
        check_utf8(line, path, line_no);
        parser.add_line(line);
        send_ready(false);
      }
      if (in.bad()) throw Error("read error");
      parser.finish();
      send_ready(true);
    } catch (const Error& e) {
      // Abandon the COPY so the server discards what it received.
      PQputCopyEnd(conn_, e.what());
      Result(PQgetResult(conn_));
      throw;
    }
    if (PQputCopyEnd(conn_, nullptr) != 1) throw Error(trimmed_message(PQerrorMessage(conn_)));
    Result end(PQgetResult(conn_));
    if (PQresultStatus(end.get()) != PGRES_COMMAND_OK) {
      throw Error(trimmed_message(PQresultErrorMessage(end.get())));
    }
    return counts;
  }

  void send(std::string& buffer) {
    if (PQputCopyData(conn_, buffer.data(), static_cast<int>(buffer.size())) != 1) {
      throw Error(trimmed_message(PQerrorMessage(conn_)));
    }
    buffer.clear();
  }

  static void check_utf8(const std::string& line, const std::string& path, int64_t line_no) {
    for (size_t i = 0; i < line.size();) {
      const size_t n = news::utf8_sequence_length(line, i);
      if (n == 0) {
        throw Error("line " + std::to_string(line_no) + " is not valid UTF-8",
                    "convert the file first, e.g. iconv -f CP949 -t UTF-8 " + path);
      }
      i += n;
    }
  }

  PGconn* conn_;
  std::string table_;
  bool create_;
  news::Reference reference_;
};

}  // namespace

int import_command(const Args& args) {
  std::string dsn, table;
  bool create = false, have_dsn = false;
  news::Reference reference = news::local_today();
  std::vector<std::string> files;
  const auto stop =
      Options(kUsage)
          .value("--dsn",
                 [&](const std::string& v) {
                   dsn = v;
                   have_dsn = true;
                 })
          .value("--table", [&](const std::string& v) { table = v; })
          .flag("--create", [&] { create = true; })
          .value("--reference-date", [&](const std::string& v) { reference = reference_date(v); })
          .operands([&](const std::string& file) { files.push_back(file); })
          .parse(args);
  if (stop) return *stop;
  if (!have_dsn || table.empty() || files.empty()) {
    std::cerr << kUsage;
    return 2;
  }

  Connection conn(PQconnectdb(dsn.c_str()));
  if (!conn || PQstatus(conn.get()) != CONNECTION_OK) {
    throw Error(
        "cannot connect: " + trimmed_message(conn ? PQerrorMessage(conn.get()) : "out of memory"),
        "check --dsn (e.g. \"host=db dbname=news user=ingest\" or postgresql://...)");
  }
  if (PQsetClientEncoding(conn.get(), "UTF8") != 0) {
    throw Error("cannot set client_encoding to UTF8: " +
                trimmed_message(PQerrorMessage(conn.get())));
  }
  // "relation already exists, skipping" from --create is not worth a line in a cron log.
  Result(PQexec(conn.get(), "SET client_min_messages = warning"));
  Importer importer(conn.get(), quoted_table_name(conn.get(), table), create, reference);
  int failed = 0;
  for (const std::string& file : files) {
    if (!importer.import_file(file)) ++failed;
  }
  if (failed) {
    std::cerr << "kornews import: " << failed << " of " << files.size() << " files not loaded\n";
    return 1;
  }
  return 0;
}

}  // namespace kornews::cli
