#include "core/analytics/term_model.h"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <istream>
#include <ostream>
#include <sstream>

#include "core/error.h"

namespace kornews::analytics {

namespace {
constexpr const char* kMagic = "#kornews-term-model";
}

double TermModel::idf(const std::string& term) const {
  if (docs_ == 0) return 1.0;
  const double n = static_cast<double>(docs_);
  const double d = static_cast<double>(std::min<uint64_t>(df(term), docs_));
  return std::log((n + 1.0) / (d + 1.0)) / std::log(n + 1.0);
}

TermModel TermModel::Load(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in)
    throw Error("cannot open the term model \"" + path + "\"",
                "It is installed with the extension (make install) and rebuilt by `kornews "
                "build-term-model`.");
  return Parse(in, path);
}

TermModel TermModel::Parse(std::istream& in, const std::string& name) {
  TermModel m;
  std::string line;
  if (!std::getline(in, line) || line.compare(0, std::char_traits<char>::length(kMagic), kMagic))
    throw Error("\"" + name + "\" is not a kornews term model (no #kornews-term-model header)");
  std::istringstream header(line);
  std::string field;
  while (std::getline(header, field, '\t')) {
    if (field.compare(0, 5, "docs=") == 0) m.docs_ = std::stoull(field.substr(5));
    if (field.compare(0, 7, "min_df=") == 0) m.min_df_ = std::stoull(field.substr(7));
  }
  size_t lineno = 1;
  while (std::getline(in, line)) {
    ++lineno;
    if (line.empty()) continue;
    const size_t tab = line.rfind('\t');
    if (tab == std::string::npos || tab == 0 || tab + 1 == line.size())
      throw Error("term model \"" + name + "\", line " + std::to_string(lineno) +
                  ": expected term<TAB>count");
    uint64_t df = 0;
    for (size_t i = tab + 1; i < line.size(); ++i) {
      if (line[i] < '0' || line[i] > '9')
        throw Error("term model \"" + name + "\", line " + std::to_string(lineno) +
                    ": the count is not a whole number");
      df = df * 10 + static_cast<uint64_t>(line[i] - '0');
    }
    m.df_[line.substr(0, tab)] = df;
  }
  return m;
}

void TermModel::Write(std::ostream& out) const {
  out << kMagic << "\t1\tdocs=" << docs_ << "\tmin_df=" << min_df_ << '\n';
  std::vector<std::pair<std::string, uint64_t>> rows(df_.begin(), df_.end());
  std::sort(rows.begin(), rows.end());
  for (const auto& r : rows) out << r.first << '\t' << r.second << '\n';
}

void TermModelBuilder::add_document(const std::vector<TermOccurrence>& terms) {
  ++docs_;
  seen_.clear();
  for (const TermOccurrence& t : terms)
    if (seen_.insert(t.term).second) ++df_[t.term];
}

TermModel TermModelBuilder::finish(uint64_t min_df) const {
  TermModel m;
  m.set_docs(docs_);
  m.set_min_df(min_df);
  for (const auto& [term, df] : df_)
    if (df >= min_df) m.set(term, df);
  return m;
}

}  // namespace kornews::analytics
