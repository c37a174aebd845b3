// Fingerprints of the user rows a backend analyzes with (kornews.user_words and
// kornews.user_entities as loaded in memory, not as stored), so that kornews.ko_cluster_check()
// can show that every node of a Citus cluster uses the same ones (docs/many-machines.md).
// All C++ side: no PostgreSQL calls, may throw; call only inside kn::Guarded().
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace kn {

// A fingerprint of a set of rows, each already written out as one string (fields joined by a
// separator that cannot occur in them): sorted first, so the order rows were read in does not
// matter. Sorts `rows` in place.
uint64_t FingerprintRows(std::vector<std::string>& rows);

// What a backend uses: the number of rows and their fingerprint.
struct LoadedRows {
  uint64_t count = 0;
  uint64_t fingerprint = 0;
};

// The user words applied to the backend's analyzer (user_dict.cpp). Call after
// BackendAnalyzer(), which applies the rows last read.
LoadedRows LoadedUserWords();

// The user entities last loaded by CurrentUserEntities() (ner_backend.cpp).
LoadedRows LoadedUserEntities();

}  // namespace kn
