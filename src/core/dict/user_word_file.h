// The text form of user words, for the CLI's --user-dict FILE (the SQL side keeps them in the
// table kornews.user_words; both end up as UserWord rows for UserLexicon).
//
// One word a line, fields separated by tabs:
//   word <TAB> tag [<TAB> cost [<TAB> parts [<TAB> reading]]]
// parts are written a+b+c; an empty field (or "-") leaves cost, parts or reading unset. Blank
// lines and lines starting with '#' are skipped. Whether a tag exists or the parts spell the word
// is UserLexicon's check, not this reader's: it only parses.
#pragma once

#include <istream>
#include <string>
#include <vector>

#include "core/dict/user_lexicon.h"
#include "core/error.h"

namespace kornews {

// A line that cannot be read: "FILE:LINE: message". UserLexicon errors on the rows read are
// reported with the same prefix by the caller through line_of().
class UserWordFileError : public Error {
  using Error::Error;
};

struct UserWordFile {
  std::vector<UserWord> words;
  std::vector<size_t> lines;  // 1-based line number of each word, for error messages
};

// Parses `in`; `name` is used in error messages. Throws UserWordFileError on a malformed line.
UserWordFile read_user_words(std::istream& in, const std::string& name);

// Opens and parses `path` (UserWordFileError if it cannot be opened).
UserWordFile read_user_word_file(const std::string& path);

}  // namespace kornews
