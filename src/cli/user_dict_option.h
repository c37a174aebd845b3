// --user-dict FILE for the CLI commands that analyze: reads the file and gives the analyzer its
// user lexicon, reporting a bad row as FILE:LINE.
#pragma once

#include <string>

namespace kornews {
class Analyzer;
}

namespace kornews::cli {

// Throws kornews::Error naming file:line for a malformed line or a word the lexicon rejects.
void load_user_dict(Analyzer& analyzer, const std::string& path);

}  // namespace kornews::cli
