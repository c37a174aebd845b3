#include "cli/options.h"

#include <iostream>

#include "core/error.h"

namespace kornews::cli {

Options& Options::value(std::string name, std::function<void(const std::string&)> take) {
  options_.push_back({std::move(name), true, std::move(take)});
  return *this;
}

Options& Options::flag(std::string name, std::function<void()> take) {
  options_.push_back(
      {std::move(name), false, [take = std::move(take)](const std::string&) { take(); }});
  return *this;
}

Options& Options::operands(std::function<void(const std::string&)> take) {
  operands_ = std::move(take);
  return *this;
}

std::optional<int> Options::parse(const Args& args) const {
  const auto refuse = [&](const std::string& why) {
    std::cerr << "kornews: " << why << "\n" << help_;
    return 2;
  };
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg == "--help" || arg == "-h") {
      std::cout << help_;
      return 0;
    }
    if (arg.empty() || arg[0] != '-') {
      if (!operands_) return refuse("unexpected argument '" + arg + "'");
      operands_(arg);
      continue;
    }
    // "--name=value" is "--name value" (GNU style); "--" ends the options.
    if (arg == "--") {
      for (++i; i < args.size(); ++i) {
        if (!operands_) return refuse("unexpected argument '" + args[i] + "'");
        operands_(args[i]);
      }
      break;
    }
    const size_t equals = arg.find('=');
    const std::string name = equals == std::string::npos ? arg : arg.substr(0, equals);
    const Option* option = nullptr;
    for (const Option& o : options_)
      if (o.name == name) option = &o;
    if (!option) return refuse("unknown option '" + name + "'");
    if (!option->takes_value) {
      if (equals != std::string::npos) return refuse("option " + name + " takes no value");
      option->take({});
    } else if (equals != std::string::npos) {
      option->take(arg.substr(equals + 1));
    } else if (i + 1 < args.size()) {
      option->take(args[++i]);
    } else {
      return refuse("option " + arg + " needs a value");
    }
  }
  return std::nullopt;
}

size_t whole_number(const std::string& name, const std::string& text) {
  size_t value = 0;
  for (const char c : text) {
    if (c < '0' || c > '9' || value > (SIZE_MAX - 9) / 10)
      throw InputError(name + " wants a whole number, not \"" + text + "\"");
    value = value * 10 + static_cast<size_t>(c - '0');
  }
  if (text.empty()) throw InputError(name + " wants a whole number");
  return value;
}

}  // namespace kornews::cli
