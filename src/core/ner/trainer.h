// Training of the entity model: an averaged structured perceptron over the features of
// features.h, decoded with the same Viterbi as tagging. Deterministic for given data and
// options (fixed shuffling seed), so `kornews train-ner` reproduces the committed model.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "core/ner/entity.h"
#include "core/ner/ner_model.h"

namespace kornews {
class Dictionary;
}

namespace kornews::ner {

struct TrainingSentence {
  std::string text;              // one line
  std::vector<Entity> entities;  // start, end (code points) and label are read
};

struct TrainerOptions {
  int epochs = 12;
  uint32_t row_bits = 18;
  uint64_t seed = 20250207;
  std::string names;                                 // the name list's text (core/dict/name_list.h)
  std::string source;                                // recorded in the model header
  std::function<void(const std::string&)> progress;  // one line per epoch
};

ModelData train_model(std::shared_ptr<const Dictionary> dict,
                      const std::vector<TrainingSentence>& sentences,
                      const TrainerOptions& options);

}  // namespace kornews::ner
