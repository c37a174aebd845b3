#include "core/morph/analyzer.h"

#include <algorithm>

#include "core/dict/dictionary.h"
#include "core/dict/known_names.h"
#include "core/dict/user_lexicon.h"
#include "core/error.h"
#include "core/morph/lattice.h"
#include "core/morph/path_rules.h"
#include "core/text/normalizer.h"
#include "core/text/utf8.h"

namespace kornews {
namespace {

// Lines longer than this many bytes are analyzed in pieces cut at whitespace, so that the
// lattice stays small and path costs (at most ~100,000 a character) stay far from overflow.
constexpr size_t kMaxPieceBytes = 12288;

}  // namespace

class Analyzer::Impl {
 public:
  Impl(const Dictionary& dict, AnalyzerOptions options)
      : dict_(dict),
        options_(std::move(options)),
        lattice_(dict, options_.space_penalty, options_.guess_loanwords) {}

  void run(std::string_view text, const std::function<void(const Morpheme&)>& sink) {
    size_t pos = 0;
    int32_t char_base = 0;
    while (pos < text.size()) {
      if (options_.interrupt_check) options_.interrupt_check();
      // This piece: the rest of the line, or of it what fits the size limit, cut after its
      // last space or tab (or, failing that, at a character boundary).
      const size_t line_end = std::min(text.find('\n', pos), text.size());
      size_t end = line_end;
      if (end - pos > kMaxPieceBytes) {
        const std::string_view window = text.substr(pos, kMaxPieceBytes);
        const size_t space = window.find_last_of(" \t");
        end = pos + kMaxPieceBytes;
        if (space != std::string_view::npos) {
          end = pos + space + 1;
        } else {
          for (int k = 0; k < 3 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80; ++k)
            --end;
        }
      }
      // A piece that follows a line break, or a cut after a space, starts after whitespace.
      const bool after_space = pos > 0 && (text[pos - 1] == '\n' || text[pos - 1] == ' ' ||
                                           text[pos - 1] == '\t' || text[pos - 1] == '\r');
      char_base += analyze_piece(text.substr(pos, end - pos), char_base, static_cast<int32_t>(pos),
                                 after_space, sink);
      pos = end;
      if (pos == line_end && pos < text.size()) ++pos, ++char_base;  // the newline
    }
  }

  // Returns the number of code points in `piece`.
  int32_t analyze_piece(std::string_view piece, int32_t char_base, int32_t byte_base,
                        bool after_space, const std::function<void(const Morpheme&)>& sink) {
    normalizer_.normalize(piece, norm_);
    if (norm_.chars.empty()) return norm_.source_chars;
    piece_ = piece;
    lattice_.best_path(norm_.chars, path_);
    if (options_.whole_word_nouns) read_lone_word_as_noun();
    int32_t previous_end = after_space ? -1 : 0;  // so that the first node is after a space
    NormalizedText::Span taken{0, 0, 0, 0};       // original text already given to earlier nodes
    for (size_t i = 0; i < path_.size();) {
      Node node = *path_[i];
      const auto [count, tag] =
          options_.sejong_symbols ? joined_nodes(path_, i, norm_.chars) : Joined{1, nullptr};
      node.end = path_[i + count - 1]->end;
      emit(node, tag, node.begin > previous_end, taken, char_base, byte_base, sink);
      previous_end = node.end;
      i += count;
    }
    return norm_.source_chars;
  }

  // See AnalyzerOptions::whole_word_nouns and lone_word_noun().
  void read_lone_word_as_noun() {
    if (path_.empty()) return;
    for (const Node* node : path_) {
      if (node->entry & (kUserEntryBit | kLoanwordEntryBit)) return;  // the user's, or a name
    }
    if (path_.size() == 1 && lattice_.entry(*path_[0]).kind() != dict::EntryKind::kInflect)
      return;  // one word already
    const int32_t begin = path_.front()->begin, end = path_.back()->end;
    uint32_t first = 0, count = 0;
    if (!lattice_.dictionary_word(begin, end, &first, &count)) return;
    const dict::Entry* noun = lone_word_noun(
        dict_, std::u32string_view(norm_.chars.data() + begin, end - begin), first, count);
    if (noun == nullptr) return;
    lone_noun_ = *path_.front();  // emit() reads its span and entry only
    lone_noun_.end = end;
    lone_noun_.entry = static_cast<uint32_t>(noun - dict_.entries());
    path_.assign(1, &lone_noun_);
  }

  // `taken` is the end of the original text given to earlier nodes. Normally a node's span
  // starts there or later; but when normalization turned some original characters into several
  // (a syllable with a combining mark, ㎞ -> km) and the analysis splits them, all of those
  // characters map to the same original span. The first node gets it, the next ones start
  // where it ends (possibly empty), so spans never overlap and stay in text order.
  void emit(const Node& node, const char* tag, bool space_before, NormalizedText::Span& taken,
            int32_t char_base, int32_t byte_base,
            const std::function<void(const Morpheme&)>& sink) {
    const NormalizedText::Span first = norm_.span_of(node.begin);
    const NormalizedText::Span last = norm_.span_of(node.end - 1);
    const int32_t char_begin = std::max(first.char_begin, taken.char_end);
    const int32_t byte_begin = std::max(first.byte_begin, taken.byte_end);
    taken.char_end = std::max(last.char_end, char_begin);
    taken.byte_end = std::max(last.byte_end, byte_begin);
    morpheme_.start = char_base + char_begin;
    morpheme_.end = char_base + taken.char_end;
    morpheme_.byte_start = byte_base + byte_begin;
    morpheme_.byte_end = byte_base + taken.byte_end;
    morpheme_.space_before = space_before;
    morpheme_.entry = node.entry;
    if (node.entry & kUserEntryBit) {
      morpheme_.entry = node.entry & ~kUserEntryBit;
      morpheme_.kind = MorphemeKind::kUser;
      assign_form(node);
      morpheme_.tag.assign(user_->word(morpheme_.entry).tag);
      sink(morpheme_);
      return;
    }
    if (node.entry & kLoanwordEntryBit) {
      morpheme_.entry = node.entry & ~kLoanwordEntryBit;
      morpheme_.kind = MorphemeKind::kUnknown;
      assign_form(node);
      morpheme_.tag.assign("NNP");
      sink(morpheme_);
      return;
    }
    const dict::Entry& entry = lattice_.entry(node);

    if (entry.kind() == dict::EntryKind::kInflect && dict_.expansion(entry.index(), expanded_)) {
      morpheme_.kind = MorphemeKind::kInflectPart;
      for (const Dictionary::Expanded& item : expanded_) {
        morpheme_.form.assign(item.form);
        morpheme_.tag.assign(item.tag);
        sink(morpheme_);
        morpheme_.space_before = false;  // only the first piece follows the space
      }
      return;
    }
    morpheme_.kind = entry.kind() == dict::EntryKind::kCompound ? MorphemeKind::kCompound
                     : dict_.is_unknown_entry(node.entry)       ? MorphemeKind::kUnknown
                                                                : MorphemeKind::kKnown;
    assign_form(node);
    const std::string_view dict_tag = tag != nullptr ? tag : dict_.tag(entry.index());
    morpheme_.tag.assign(dict_tag);
    if (options_.sejong_symbols && dict_tag.size() == 2 && dict_tag[0] == 'S' && dict_tag[1] == 'Y')
      retag_symbol(node);
    sink(morpheme_);
  }

  void retag_symbol(const Node& node) {
    const std::u32string& chars = norm_.chars;
    const char32_t before = node.begin > 0 ? chars[node.begin - 1] : 0;
    const char32_t after = static_cast<size_t>(node.end) < chars.size() ? chars[node.end] : 0;
    const std::u32string_view form(chars.data() + node.begin, node.end - node.begin);
    if (const char* tag = sejong_symbol_tag(form, before, after)) morpheme_.tag.assign(tag);
  }

  void assign_form(const Node& node) {
    if (norm_.spans.empty()) {  // unchanged by normalization: the form is the written bytes
      morpheme_.form.assign(
          piece_.substr(norm_.byte_offsets[node.begin],
                        norm_.byte_offsets[node.end] - norm_.byte_offsets[node.begin]));
    } else {
      morpheme_.form.clear();
      for (int32_t k = node.begin; k < node.end; ++k) utf8::append(morpheme_.form, norm_.chars[k]);
    }
  }

  void set_user_lexicon(const UserLexicon* user) {
    user_ = user;
    lattice_.set_user_lexicon(user);
  }

  void set_known_names(const KnownNames* names) { lattice_.set_known_names(names); }

  const Dictionary& dict_;
  const UserLexicon* user_ = nullptr;
  AnalyzerOptions options_;
  Normalizer normalizer_;
  Lattice lattice_;
  std::string_view piece_;  // the text being analyzed
  NormalizedText norm_;
  std::vector<const Node*> path_;
  Node lone_noun_{};  // the path of a lone word read as a noun
  std::vector<Dictionary::Expanded> expanded_;
  Morpheme morpheme_;
};

Analyzer::Analyzer(std::shared_ptr<const Dictionary> dict, AnalyzerOptions options)
    : dict_(std::move(dict)),
      names_(options.known_names ? KnownNames::builtin(*dict_) : nullptr),
      impl_(std::make_unique<Impl>(*dict_, std::move(options))) {
  impl_->set_known_names(names_.get());
}

Analyzer::~Analyzer() = default;

std::vector<Morpheme> Analyzer::analyze(std::string_view text) {
  std::vector<Morpheme> out;
  out.reserve(text.size() / 4 + 1);  // Korean news: about one morpheme per four bytes
  analyze(text, [&](const Morpheme& m) { out.push_back(m); });
  return out;
}

void Analyzer::set_user_lexicon(std::shared_ptr<const UserLexicon> user) {
  user_ = std::move(user);
  impl_->set_user_lexicon(user_.get());
}

std::string_view Analyzer::listed_name_parts(uint32_t index) const {
  return impl_->lattice_.listed_name_parts(index);
}

void Analyzer::set_known_names(std::shared_ptr<const KnownNames> names) {
  names_ = std::move(names);
  impl_->set_known_names(names_.get());
}

void Analyzer::analyze(std::string_view text, const std::function<void(const Morpheme&)>& sink) {
  impl_->run(text, sink);
}

}  // namespace kornews
