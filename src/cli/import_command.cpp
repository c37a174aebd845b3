// kornews import --dsn DSN --table TABLE [--create] [--reference-date D] FILE...
// Parses headline lists on the client and streams the rows with libpq's COPY into a temporary
// table, then inserts them into TABLE with ON CONFLICT DO NOTHING, one transaction per file: a
// file that fails (unreadable, not UTF-8, refused by the server) loads nothing and the others
// still load. Each row records its source file and the file's modification time (the capture
// time); the key (source_file, captured_at, line_no) makes a re-run of the same files add
// nothing. Exit status 0 when every file loaded, 1 otherwise.
#include <libpq-fe.h>
#include <sys/stat.h>

#include <ctime>

#include <fstream>
#include <iostream>
#include <memory>
#include <optional>
#include <string>

#include "cli/commands.h"
#include "cli/headline_values.h"
#include "cli/options.h"
#include "cli/reference_date.h"
#include "core/error.h"
#include "core/news/headline_columns.h"
#include "core/news/headline_parser.h"
#include "core/news/text_scan.h"

namespace kornews::cli {
namespace {

namespace news = kornews::news;

const char kUsage[] =
    "usage: kornews import --dsn DSN --table TABLE [--create]\n"
    "                      [--reference-date YYYY-MM-DD[ HH:MM]] FILE...\n"
    "  Parses each headline list FILE and loads its rows into TABLE, one transaction per file.\n"
    "  The table has the columns of kornews.ko_parse_headlines() plus source_file and\n"
    "  captured_at (the file's modification time); --create creates it if it does not exist,\n"
    "  keyed by (source_file, captured_at, line_no), so that importing the same files again adds\n"
    "  nothing. Relative dates resolve against --reference-date, or else against the file's\n"
    "  modification time in the local time zone. Prints the rows loaded, the lines not parsed\n"
    "  and the rows already there, per file.\n";

// What every row of one file adds to the columns of kornews.headline_row.
const char kFileColumns[] = "source_file, captured_at";
const char kFileColumnDefinitions[] = "source_file text NOT NULL, captured_at timestamptz NOT NULL";

// The columns COPY fills: those of kornews.headline_row (news::headline_columns()), then the
// file's.
std::string copy_columns() {
  std::string list;
  for (const news::HeadlineColumn& column : news::headline_columns()) {
    list.append(column.name).append(", ");
  }
  return list + kFileColumns;
}

// The import table's columns, as `--create` and the staging table declare them.
std::string column_definitions() {
  std::string list;
  for (const news::HeadlineColumn& column : news::headline_columns()) {
    list.append(column.name).append(" ").append(news::sql_type_name(column.type));
    if (column.not_null) list.append(" NOT NULL");
    list.append(", ");
  }
  return list + kFileColumnDefinitions;
}

const char kKey[] = "PRIMARY KEY (source_file, captured_at, line_no)";
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
void append_copy_array(std::string& out, const std::vector<std::string>& items) {
  std::string literal = "{";
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) literal.push_back(',');
    literal.push_back('"');
    for (char c : items[i]) {
      if (c == '"' || c == '\\') literal.push_back('\\');
      literal.push_back(c);
    }
    literal.push_back('"');
  }
  literal.push_back('}');
  append_copy_text(out, literal);
}

// COPY's text format: \N is NULL, booleans t and f, texts and array literals escaped.
const ValueSyntax kCopyText = {"\\N", "t", "f", &append_copy_text, &append_copy_array};

// What every row of one file shares: its source and the time it was captured.
struct FileFacts {
  std::string source_file;
  std::string captured_at;  // "YYYY-MM-DD HH:MM:SS+00"
};

// A row as one COPY line, in the order of copy_columns().
void append_copy_row(std::string& out, const news::HeadlineRow& row, const FileFacts& file) {
  for (const news::HeadlineColumn& column : news::headline_columns()) {
    append_value(out, kCopyText, column.type, column.get(row));
    out.push_back('\t');
  }
  append_copy_text(out, file.source_file);
  out.push_back('\t');
  out.append(file.captured_at).push_back('\n');
}

class Importer {
 public:
  Importer(PGconn* conn, std::string table, bool create,
           const std::optional<news::Reference>& reference)
      : conn_(conn), table_(std::move(table)), create_(create), reference_(reference) {}

  // Loads one file in its own transaction. Returns false (after printing why) when it failed.
  bool import_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::cerr << "kornews import: " << path << ": cannot open the file\n";
      return false;
    }
    struct stat info;
    if (stat(path.c_str(), &info) != 0) {
      std::cerr << "kornews import: " << path << ": cannot stat the file\n";
      return false;
    }
    FileFacts file{path, utc_text(info.st_mtime)};
    // Without --reference-date, "3분 전" is three minutes before the file was written.
    const news::Reference reference = reference_ ? *reference_ : local_reference(info.st_mtime);
    try {
      run("BEGIN");
      if (create_) {
        try {
          run("CREATE TABLE IF NOT EXISTS " + table_ + " (" + column_definitions() + ", " + kKey +
              ")");
        } catch (const Error& e) {
          const std::string message = e.what();
          if (message.find("schema") == std::string::npos) throw;
          throw Error(message, "--create makes the table, not its schema: run CREATE SCHEMA "
                               "first, or name a table in an existing schema");
        }
      }
      run("CREATE TEMP TABLE kornews_import_stage (" + column_definitions() + ") ON COMMIT DROP");
      Counts counts = copy_rows(in, path, reference, file);
      counts.inserted = insert_staged();
      run("COMMIT");
      std::cout << path << ": " << counts.inserted << " rows loaded, " << counts.unparsed
                << " lines not parsed, " << counts.rows - counts.inserted
                << " rows already there\n";
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
    int64_t rows = 0, unparsed = 0, inserted = 0;
  };

  static std::string utc_text(time_t t) {
    struct tm utc;
    gmtime_r(&t, &utc);
    char buf[64];
    strftime(buf, sizeof buf, "%Y-%m-%d %H:%M:%S+00", &utc);
    return buf;
  }

  static news::Reference local_reference(time_t t) {
    struct tm local;
    localtime_r(&t, &local);
    news::Reference reference;
    reference.date = kornews::CivilDate{local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
    reference.seconds_of_day = local.tm_hour * 3600 + local.tm_min * 60 + local.tm_sec;
    return reference;
  }

  // Moves the staged rows into the table; rows whose key is already there are skipped.
  int64_t insert_staged() {
    const std::string columns = copy_columns();
    const std::string sql = "INSERT INTO " + table_ + " (" + columns + ") SELECT " + columns +
                            " FROM pg_temp.kornews_import_stage ON CONFLICT DO NOTHING";
    Result result(PQexec(conn_, sql.c_str()));
    if (PQresultStatus(result.get()) != PGRES_COMMAND_OK) {
      throw Error(trimmed_message(PQresultErrorMessage(result.get())),
                  "the table needs the columns of kornews.ko_parse_headlines() and source_file "
                  "text, captured_at timestamptz; --create makes such a table");
    }
    if (!warned_no_key_) {
      warned_no_key_ = true;
      const std::string check =
          "SELECT EXISTS (SELECT 1 FROM pg_catalog.pg_index WHERE indisunique AND indrelid = '" +
          table_for_literal() + "'::pg_catalog.regclass)";
      Result has_key(PQexec(conn_, check.c_str()));
      if (PQresultStatus(has_key.get()) == PGRES_TUPLES_OK && PQntuples(has_key.get()) == 1 &&
          std::string(PQgetvalue(has_key.get(), 0, 0)) == "f") {
        std::cerr << "kornews import: warning: " << table_
                  << " has no unique key, so importing a file again adds its rows again "
                     "(add PRIMARY KEY (source_file, captured_at, line_no))\n";
      }
    }
    return std::stoll(PQcmdTuples(result.get()));
  }

  // The quoted table name inside a string literal: its single quotes doubled.
  std::string table_for_literal() const {
    std::string out;
    for (char c : table_) {
      if (c == '\'') out.push_back('\'');
      out.push_back(c);
    }
    return out;
  }

  void run(const std::string& sql) {
    Result result(PQexec(conn_, sql.c_str()));
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
      throw Error(trimmed_message(PQresultErrorMessage(result.get())));
    }
  }

  Counts copy_rows(std::istream& in, const std::string& path, const news::Reference& reference,
                   const FileFacts& file) {
    const std::string sql =
        "COPY pg_temp.kornews_import_stage (" + copy_columns() + ") FROM STDIN";
    Result start(PQexec(conn_, sql.c_str()));
    if (PQresultStatus(start.get()) != PGRES_COPY_IN) {
      throw Error(trimmed_message(PQresultErrorMessage(start.get())));
    }
    Counts counts;
    std::string buffer;
    try {
      news::HeadlineParser parser(reference);
      std::string line;
      int64_t line_no = 0;
      const auto send_ready = [&](bool force) {
        for (const news::HeadlineRow& row : parser.ready_rows()) {
          append_copy_row(buffer, row, file);
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
  std::optional<news::Reference> reference_;
  bool warned_no_key_ = false;
};

}  // namespace

int import_command(const Args& args) {
  std::string dsn, table;
  bool create = false, have_dsn = false;
  std::optional<news::Reference> reference;
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
