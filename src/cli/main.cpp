// kornews: command-line front end of the core library.
#include <cstring>
#include <exception>
#include <iostream>

#include "cli/commands.h"
#include "core/error.h"

namespace {

struct Command {
  const char* name;
  int (*run)(const kornews::cli::Args&);
  const char* summary;
};

const Command kCommands[] = {
    {"analyze", kornews::cli::analyze_command,
     "read sentences on stdin, write one line of form/TAG morphemes per line"},
    {"build-dict", kornews::cli::build_dict_command,
     "compile an unpacked mecab-ko-dic into a kornews dictionary file"},
    {"entities", kornews::cli::entities_command,
     "read sentences on stdin, write one JSON array of entities per line"},
    {"train-ner", kornews::cli::train_ner_command,
     "train the entity model from KLUE-style JSONL (see docs/entities.md)"},
    {"headlines", kornews::cli::headlines_command,
     "read a headline list on stdin, write one JSON object per row"},
    {"import", kornews::cli::import_command,
     "parse headline lists and load them into a table with COPY, one transaction per file"},
    {"discover", kornews::cli::discover_command,
     "read texts on stdin, write the words the dictionary lacks (candidates for --user-dict)"},
    {"build-term-model", kornews::cli::term_model_command,
     "read documents on stdin, write the document frequencies ko_keywords weighs terms by"},
    {"keywords", kornews::cli::keywords_command,
     "read documents on stdin, write each one's keywords (ko_keywords outside the server)"},
    {"similarity", kornews::cli::similarity_command,
     "score sentence pairs (one a line, tab-separated), or learn the similarity model"},
};

int usage(std::ostream& out, int code) {
  out << "usage: kornews COMMAND [options]\n\ncommands:\n";
  for (const auto& c : kCommands) out << "  " << c.name << "\n      " << c.summary << "\n";
  out << "\n`kornews COMMAND --help` describes a command's options.\n";
  return code;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) return usage(std::cerr, 2);
  if (!std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h")) return usage(std::cout, 0);
  for (const auto& c : kCommands) {
    if (std::strcmp(argv[1], c.name) != 0) continue;
    try {
      return c.run(kornews::cli::Args(argv + 2, argv + argc));
    } catch (const kornews::Error& e) {
      std::cerr << "kornews " << c.name << ": " << e.what() << "\n";
      if (!e.hint().empty()) std::cerr << "hint: " << e.hint() << "\n";
      return 1;
    } catch (const std::exception& e) {
      std::cerr << "kornews " << c.name << ": " << e.what() << "\n";
      return 1;
    }
  }
  std::cerr << "kornews: unknown command '" << argv[1] << "'\n";
  return usage(std::cerr, 2);
}
