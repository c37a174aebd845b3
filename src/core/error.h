// Errors raised by the core library. The PostgreSQL boundary (src/pg/guard.h) turns each into
// ereport(ERROR) with the message, and the hint when there is one; the CLI prints both.
#pragma once

#include <stdexcept>
#include <string>

namespace kornews {

class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& message, std::string hint = {})
      : std::runtime_error(message), hint_(std::move(hint)) {}
  const std::string& hint() const { return hint_; }

 private:
  std::string hint_;
};

// The dictionary file is missing, unreadable, truncated or not ours.
class DictionaryError : public Error {
  using Error::Error;
};

// Input that cannot be analyzed (e.g. invalid UTF-8 where the caller asked for strictness).
class InputError : public Error {
  using Error::Error;
};

// Thrown from the interrupt hook so that C++ frames unwind before the host handles the cancel.
class Interrupted : public std::exception {
 public:
  const char* what() const noexcept override { return "interrupted"; }
};

}  // namespace kornews
