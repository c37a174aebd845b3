// `kornews` options (src/cli/options.cpp): `--opt value`, `--opt=value`, switches, operands,
// `--` and the refusals with exit status 2.
#include <gtest/gtest.h>

#include "cli/options.h"

namespace kornews::cli {
namespace {

struct Parsed {
  std::string dsn, table;
  bool create = false;
  std::vector<std::string> files;
};

std::optional<int> parse(const Args& args, Parsed& out) {
  return Options("usage\n")
      .value("--dsn", [&](const std::string& v) { out.dsn = v; })
      .value("--table", [&](const std::string& v) { out.table = v; })
      .flag("--create", [&] { out.create = true; })
      .operands([&](const std::string& f) { out.files.push_back(f); })
      .parse(args);
}

TEST(CliOptions, ValueWithSpaceOrEquals) {
  Parsed p;
  EXPECT_FALSE(parse({"--dsn", "host=db dbname=news", "--table=news.rows", "--create", "a.txt"}, p));
  EXPECT_EQ(p.dsn, "host=db dbname=news");  // an '=' inside a separate value stays
  EXPECT_EQ(p.table, "news.rows");
  EXPECT_TRUE(p.create);
  EXPECT_EQ(p.files, std::vector<std::string>({"a.txt"}));
}

TEST(CliOptions, EqualsKeepsTheRestOfTheValue) {
  Parsed p;
  EXPECT_FALSE(parse({"--dsn=host=db dbname=news", "--table="}, p));
  EXPECT_EQ(p.dsn, "host=db dbname=news");
  EXPECT_EQ(p.table, "");
}

TEST(CliOptions, DoubleDashEndsOptions) {
  Parsed p;
  EXPECT_FALSE(parse({"--create", "--", "--table", "-x.txt"}, p));
  EXPECT_EQ(p.files, std::vector<std::string>({"--table", "-x.txt"}));
  EXPECT_EQ(p.table, "");
}

TEST(CliOptions, Refusals) {
  Parsed p;
  testing::internal::CaptureStderr();
  EXPECT_EQ(parse({"--nope=1"}, p), 2);
  EXPECT_EQ(parse({"--create=yes"}, p), 2);  // a switch takes no value
  EXPECT_EQ(parse({"--dsn"}, p), 2);         // a value is missing
  const std::string err = testing::internal::GetCapturedStderr();
  EXPECT_NE(err.find("unknown option '--nope'"), std::string::npos) << err;
  EXPECT_NE(err.find("--create takes no value"), std::string::npos) << err;
}

}  // namespace
}  // namespace kornews::cli
