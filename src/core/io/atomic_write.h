// Writing a file that readers may have mapped: the new bytes go to a file beside it, which is
// then renamed over the path. A reader that mapped the old file keeps it whole (mapped_file.h),
// and a reader that opens the path gets either the old file or the complete new one.
#pragma once

#include <string>
#include <string_view>

namespace kornews::io {

// Writes `head` then `body` to `path` + ".tmp" and renames it over `path`. Throws kornews::Error
// naming the file and the reason; the old file stays as it was then.
void write_file_atomically(const std::string& path, std::string_view head, std::string_view body);

}  // namespace kornews::io
