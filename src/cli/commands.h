// The `kornews` subcommands, one file each. Each takes the arguments after its name and returns
// the process exit code.
#pragma once

#include <string>
#include <vector>

namespace kornews::cli {

using Args = std::vector<std::string>;

int analyze_command(const Args& args);
int entities_command(const Args& args);
int train_ner_command(const Args& args);
int build_dict_command(const Args& args);
int headlines_command(const Args& args);
int import_command(const Args& args);
int discover_command(const Args& args);
int term_model_command(const Args& args);
int keywords_command(const Args& args);
int similarity_command(const Args& args);

// The dictionary the CLI uses unless --dict is given: the build tree's, then the installed one.
std::string default_dictionary_path();
// The entity model the CLI uses unless --model is given: data/kornews_ner.model of the source
// tree, then the installed one.
std::string default_model_path();

}  // namespace kornews::cli
