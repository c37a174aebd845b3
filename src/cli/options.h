// The options of one subcommand, declared once: `--name VALUE` (or `--name=VALUE`) options,
// `--name` switches and, where a command takes them, operands (file names; after `--`, every
// argument is one). --help and -h print the command's help.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "cli/commands.h"

namespace kornews::cli {

class Options {
 public:
  explicit Options(const char* help) : help_(help) {}

  Options& value(std::string name, std::function<void(const std::string&)> take);
  Options& flag(std::string name, std::function<void()> take);
  Options& operands(std::function<void(const std::string&)> take);

  // Applies `args` in order. Returns the exit code to stop with (0 after --help; 2 after an
  // unknown option, a missing value or a missing operand, with the help on stderr), or nullopt
  // to go on. The callbacks may throw kornews::InputError for a bad value.
  std::optional<int> parse(const Args& args) const;

 private:
  struct Option {
    std::string name;
    bool takes_value;
    std::function<void(const std::string&)> take;
  };
  const char* help_;
  std::vector<Option> options_;
  std::function<void(const std::string&)> operands_;
};

// A non-negative whole number given to option `name`; InputError otherwise.
size_t whole_number(const std::string& name, const std::string& text);

}  // namespace kornews::cli
