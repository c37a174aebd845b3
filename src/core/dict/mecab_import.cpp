#include "core/dict/mecab_import.h"

#include <cstring>
#include <fstream>
#include <functional>
#include <iterator>
#include <sstream>

#include "core/error.h"

namespace kornews::dict {
namespace {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw DictionaryError("cannot read " + path,
                          "run scripts/fetch-dict.sh to fetch mecab-ko-dic, or pass its directory");
  }
  return std::string(std::istreambuf_iterator<char>(in), {});
}

template <typename T>
T read_at(const std::string& data, size_t offset, const std::string& what) {
  if (offset + sizeof(T) > data.size()) throw DictionaryError(what + " is truncated");
  T value;
  std::memcpy(&value, data.data() + offset, sizeof(T));
  return value;
}

// The compiled dictionary of MeCab 0.996 (sys.dic / unk.dic): a 72-byte header, a Darts
// double array over UTF-8 bytes, 16-byte tokens, then NUL-terminated features.
struct CompiledDic {
  std::string data;
  size_t array_offset, token_offset, feature_offset;
  uint32_t array_units;

  explicit CompiledDic(const std::string& path) : data(read_file(path)) {
    constexpr uint32_t kVersion = 102;
    if (read_at<uint32_t>(data, 4, path) != kVersion) {
      throw DictionaryError(path + " is not a MeCab dictionary of version 102");
    }
    const uint32_t dsize = read_at<uint32_t>(data, 24, path);
    const uint32_t tsize = read_at<uint32_t>(data, 28, path);
    const uint32_t fsize = read_at<uint32_t>(data, 32, path);
    array_offset = 72;
    token_offset = array_offset + dsize;
    feature_offset = token_offset + tsize;
    array_units = dsize / 8;
    if (feature_offset + fsize > data.size()) throw DictionaryError(path + " is truncated");
  }

  int32_t base(uint32_t unit) const { return read_at<int32_t>(data, array_offset + 8 * unit, ""); }
  uint32_t check(uint32_t unit) const {
    return read_at<uint32_t>(data, array_offset + 8 * unit + 4, "");
  }

  // Visits every key with its value: (first token << 8) | token count.
  void for_each_key(const std::function<void(const std::string&, uint32_t)>& visit) const {
    std::string key;
    std::function<void(uint32_t)> walk = [&](uint32_t b) {
      if (b < array_units && check(b) == b && base(b) < 0) visit(key, -base(b) - 1);
      for (uint32_t c = 0; c < 256; ++c) {
        const uint32_t p = b + c + 1;
        if (p < array_units && check(p) == b) {
          key.push_back(static_cast<char>(c));
          walk(static_cast<uint32_t>(base(p)));
          key.pop_back();
        }
      }
    };
    walk(static_cast<uint32_t>(base(0)));
  }

  SourceEntry token(uint32_t index) const {
    const size_t at = token_offset + 16 * static_cast<size_t>(index);
    SourceEntry e;
    e.left_id = read_at<uint16_t>(data, at, "token");
    e.right_id = read_at<uint16_t>(data, at + 2, "token");
    e.pos_id = read_at<uint16_t>(data, at + 4, "token");
    e.cost = read_at<int16_t>(data, at + 6, "token");
    const size_t feature = feature_offset + read_at<uint32_t>(data, at + 8, "token");
    if (feature >= data.size()) throw DictionaryError("token feature out of range");
    e.feature = data.c_str() + feature;
    return e;
  }

  std::vector<SourceEntry> tokens_of(uint32_t value) const {
    std::vector<SourceEntry> out;
    for (uint32_t k = 0; k < (value & 0xFF); ++k) out.push_back(token((value >> 8) + k));
    return out;
  }
};

void read_char_classes(const std::string& path, MecabSource& src) {
  const std::string data = read_file(path);
  const uint32_t count = read_at<uint32_t>(data, 0, path);
  for (uint32_t i = 0; i < count; ++i) {
    const size_t at = 4 + 32 * static_cast<size_t>(i);
    if (at + 32 > data.size()) throw DictionaryError(path + " is truncated");
    src.category_names.emplace_back(data.c_str() + at);
  }
  // 0xFFFF packed entries (code points 0..0xFFFE): type:18 default:8 length:4 group:1 invoke:1.
  const size_t table = 4 + 32 * static_cast<size_t>(count);
  src.char_classes.assign(kCharTableSize, CharClass{});
  for (uint32_t cp = 0; cp < 0xFFFF; ++cp) {
    const uint32_t v = read_at<uint32_t>(data, table + 4 * cp, path);
    src.char_classes[cp] = CharClass{
        v & 0x3FFFF, static_cast<uint8_t>((v >> 18) & 0xFF), static_cast<uint8_t>((v >> 26) & 0xF),
        static_cast<uint8_t>((v >> 30) & 1), static_cast<uint8_t>((v >> 31) & 1)};
  }
  src.char_classes[0xFFFF] = src.char_classes[0];
}

void read_matrix(const std::string& path, MecabSource& src) {
  const std::string data = read_file(path);
  src.matrix_lsize = read_at<uint16_t>(data, 0, path);
  src.matrix_rsize = read_at<uint16_t>(data, 2, path);
  const size_t n = static_cast<size_t>(src.matrix_lsize) * src.matrix_rsize;
  if (4 + 2 * n != data.size()) throw DictionaryError(path + " has the wrong size");
  src.matrix.resize(n);
  std::memcpy(src.matrix.data(), data.data() + 4, 2 * n);
}

// dicrc: "left-space-penalty-factor = posid,cost,posid,cost,..." (mecab-ko only).
void read_penalties(const std::string& path, MecabSource& src) {
  std::istringstream in(read_file(path));
  for (std::string line; std::getline(in, line);) {
    const auto eq = line.find('=');
    if (line.rfind("left-space-penalty-factor", 0) != 0 || eq == std::string::npos) continue;
    std::istringstream values(line.substr(eq + 1));
    std::string pos, cost;
    while (std::getline(values, pos, ',') && std::getline(values, cost, ',')) {
      const size_t id = std::stoul(pos);
      if (id >= 0xFFFF) throw DictionaryError(path + ": posid out of range in penalty factor");
      if (src.space_penalties.size() <= id) src.space_penalties.resize(id + 1, 0);
      src.space_penalties[id] = static_cast<int16_t>(std::stoi(cost));
    }
  }
}

}  // namespace

MecabSource import_mecab_dictionary(const std::string& dir) {
  MecabSource src;
  read_char_classes(dir + "/char.bin", src);
  read_matrix(dir + "/matrix.bin", src);
  read_penalties(dir + "/dicrc", src);

  const CompiledDic sys(dir + "/sys.dic");
  sys.for_each_key([&](const std::string& key, uint32_t value) {
    src.words.push_back(SourceWord{key, sys.tokens_of(value)});
  });

  const CompiledDic unk(dir + "/unk.dic");
  src.unknown.resize(src.category_names.size());
  unk.for_each_key([&](const std::string& key, uint32_t value) {
    for (size_t c = 0; c < src.category_names.size(); ++c) {
      if (src.category_names[c] == key) src.unknown[c] = unk.tokens_of(value);
    }
  });

  std::ifstream version(dir + "/SOURCE");
  std::string line;
  if (std::getline(version, line)) src.version = "mecab-ko-dic " + line;
  return src;
}

}  // namespace kornews::dict
