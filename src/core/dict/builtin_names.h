// The list of known names that ships with kornews (data/kornews_names.tsv, format in
// name_list.h), compiled into the core library: CMake generates its definition from the file at
// build time (cmake/embed_file.cmake), so the CLI, the tests and kornews.so (which links the same
// library) carry the same bytes, and no file is looked for at run time.
#pragma once

#include <string_view>

namespace kornews {

// The text of data/kornews_names.tsv as it was when the library was built.
std::string_view builtin_name_list();

}  // namespace kornews
