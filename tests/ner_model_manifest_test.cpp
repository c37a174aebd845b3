// The committed entity model and the manifest beside it (written by scripts/train-ner.sh) must
// agree: size, sha256, header fields, options and the name list it was trained with
// (data/kornews_names.tsv); and data/kornews_ner.model.sha256 must list
// both files' hashes. Fails when the model is replaced without retraining through the script
// (or the manifest is edited by hand). Needs no corpus: the corpora's hashes are only recorded.
#include <gtest/gtest.h>

#include <cstdio>
#include <fstream>
#include <map>
#include <sstream>
#include <string>

#include "core/ner/ner_model.h"

namespace kornews::ner {
namespace {

std::string data_dir() {
  std::string f = __FILE__;
  return f.substr(0, f.rfind("/tests/")) + "/data/";
}

std::string sha256_of(const std::string& path) {
  FILE* p = popen(("sha256sum '" + path + "'").c_str(), "r");
  if (p == nullptr) return "";
  char buf[65] = {};
  const size_t n = fread(buf, 1, 64, p);
  pclose(p);
  return std::string(buf, n);
}

std::map<std::string, std::string> read_manifest(const std::string& path) {
  std::map<std::string, std::string> kv;
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const size_t sp = line.find(' ');
    if (sp != std::string::npos) kv[line.substr(0, sp)] = line.substr(sp + 1);
  }
  return kv;
}

TEST(NerModelManifest, CommittedModelMatchesItsManifest) {
  const std::string model = data_dir() + "kornews_ner.model";
  const std::string manifest = model + ".manifest";
  auto kv = read_manifest(manifest);
  ASSERT_FALSE(kv.empty()) << "no manifest at " << manifest << " (scripts/train-ner.sh writes it)";
  std::ifstream in(model, std::ios::binary | std::ios::ate);
  ASSERT_TRUE(in.good());
  EXPECT_EQ(kv["model.bytes"], std::to_string(static_cast<long long>(in.tellg())));
  EXPECT_EQ(kv["model.sha256"], sha256_of(model));
  EXPECT_EQ(kv["model.sha256"].size(), 64u);
  EXPECT_EQ(kv["corpus.train.sha256"].size(), 64u);
  EXPECT_EQ(kv["dictionary.sha256"].size(), 64u);
  EXPECT_EQ(kv["names"], "data/kornews_names.tsv");
  EXPECT_EQ(kv["names.sha256"], sha256_of(data_dir() + "kornews_names.tsv"))
      << "data/kornews_names.tsv changed after the model was trained: run scripts/train-ner.sh";
  EXPECT_FALSE(kv["code.tree_sha256"].empty());
  EXPECT_EQ(kv["code.tree_sha256"].find("dirty"), std::string::npos)
      << "the committed model was trained from uncommitted code";

  const auto m = NerModel::open(model);
  EXPECT_EQ(kv["model.format_version"], std::to_string(kModelFormatVersion));
  EXPECT_EQ(kv["model.row_bits"], std::to_string(m->row_bits()));
  EXPECT_EQ(m->source(), "klue-ner-train.jsonl, " + kv["options.epochs"] + " epochs, " +
                             kv["model.row_bits"] + " bits");

  // The checksum file: "<sha256>  kornews_ner.model" and the manifest's line.
  std::ifstream sums(model + ".sha256");
  std::stringstream all;
  all << sums.rdbuf();
  EXPECT_NE(all.str().find(sha256_of(model) + "  kornews_ner.model\n"), std::string::npos);
  EXPECT_NE(all.str().find(sha256_of(manifest) + "  kornews_ner.model.manifest\n"),
            std::string::npos);
}

}  // namespace
}  // namespace kornews::ner
