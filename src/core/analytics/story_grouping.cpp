#include "core/analytics/story_grouping.h"

#include <algorithm>
#include <string>

#include "core/error.h"

namespace kornews::analytics {

StoryGrouper::StoryGrouper(const SimilarityModel& model, StoryOptions options)
    : model_(model), options_(std::move(options)) {
  if (options_.within <= 0)
    throw InputError("the story window must be longer than zero",
                     "Give within as a positive interval, e.g. '48 hours'.");
}

void StoryGrouper::check_order(int64_t id, int64_t published) {
  if (has_previous_) {
    if (published == previous_published_ && id == previous_id_)
      throw InputError("duplicate id " + std::to_string(id),
                       "Each headline needs its own id; remove the copies or number them.");
    if (published < previous_published_ || (published == previous_published_ && id < previous_id_))
      throw InputError("headlines must come ordered by published, then id");
  }
  has_previous_ = true;
  previous_id_ = id;
  previous_published_ = published;
}

bool StoryGrouper::entry_live(const Entry& e) const {
  const Story& s = stories_[e.slot];
  return s.live && s.generation == e.generation;
}

void StoryGrouper::close_before(int64_t published) {
  // A story is open while its latest headline is at most `within` before this one.
  size_t steps = 0;
  while (!expiry_.empty() && published - expiry_.front().first > options_.within) {
    const auto [at, slot] = expiry_.front();
    expiry_.pop_front();
    Story& s = stories_[slot];
    if (!s.live || s.last != at) continue;  // a later headline extended it: a newer entry waits
    s.live = false;
    ++s.generation;
    live_keys_ -= s.keys.size();
    by_id_.erase(s.id);
    s.first = TextProfile();
    s.keys = std::vector<uint64_t>();
    free_slots_.push_back(slot);
    if (options_.interrupt_check && ++steps % 4096 == 0) options_.interrupt_check();
  }
  // Buckets of closed stories are dropped in one sweep once they outnumber the live ones, so the
  // map stays within a constant factor of the open stories' keys.
  if (buckets_.size() > 2 * live_keys_ + 4096) rebuild_buckets();
}

void StoryGrouper::rebuild_buckets() {
  buckets_.clear();
  size_t steps = 0;
  for (uint32_t slot = 0; slot < stories_.size(); ++slot) {
    if (!stories_[slot].live) continue;
    for (uint64_t key : stories_[slot].keys) insert_key(key, slot);
    if (options_.interrupt_check && ++steps % 4096 == 0) options_.interrupt_check();
  }
}

void StoryGrouper::insert_key(uint64_t key, uint32_t slot) {
  Bucket& b = buckets_[key];
  const Entry entry{slot, stories_[slot].generation};
  // Closed stories' entries are reused first; a full bucket gives up the story whose latest
  // headline is oldest, so identical headlines by the thousand still cost a few entries.
  size_t victim = b.size;
  for (size_t i = 0; i < b.size; ++i) {
    const Entry& e = b.entries[i];
    if (e.slot == slot && e.generation == entry.generation) return;
    if (!entry_live(e)) victim = i;
  }
  if (victim == b.size && b.size < kBucketCapacity) {
    b.entries[b.size++] = entry;
    return;
  }
  if (victim == b.size) {
    victim = 0;
    for (size_t i = 1; i < b.size; ++i)
      if (stories_[b.entries[i].slot].last < stories_[b.entries[victim].slot].last) victim = i;
  }
  b.entries[victim] = entry;
}

uint32_t StoryGrouper::open_story(int64_t story_id, int64_t published, TextProfile profile) {
  uint32_t slot;
  if (!free_slots_.empty()) {
    slot = free_slots_.back();
    free_slots_.pop_back();
  } else {
    slot = static_cast<uint32_t>(stories_.size());
    stories_.emplace_back();
  }
  Story& s = stories_[slot];
  s.id = story_id;
  s.last = published;
  s.live = true;
  s.first = std::move(profile);
  s.keys.clear();
  MinHashSignature sig;
  if (minhash(s.first, model_, &sig)) {
    const BandKeys keys = band_keys(sig);
    s.keys.assign(keys.begin(), keys.end());
    live_keys_ += s.keys.size();
    for (uint64_t k : keys) insert_key(k, slot);
  }
  by_id_[story_id] = slot;
  expiry_.emplace_back(published, slot);
  peak_open_ = std::max(peak_open_, by_id_.size());
  return slot;
}

void StoryGrouper::extend_story(uint32_t slot, int64_t published, const BandKeys* keys) {
  Story& s = stories_[slot];
  s.last = published;
  expiry_.emplace_back(published, slot);
  if (keys == nullptr) return;
  for (uint64_t k : *keys) {
    if (s.keys.size() >= kMaxKeysPerStory) break;
    if (std::find(s.keys.begin(), s.keys.end(), k) != s.keys.end()) continue;
    s.keys.push_back(k);
    ++live_keys_;
    insert_key(k, slot);
  }
}

StoryAssignment StoryGrouper::add(int64_t id, int64_t published, TextProfile profile) {
  check_order(id, published);
  close_before(published);
  MinHashSignature sig;
  if (!minhash(profile, model_, &sig)) return {id, 1.0};  // no terms: a story of its own
  const BandKeys keys = band_keys(sig);
  candidates_.clear();
  for (uint64_t k : keys) {
    const auto it = buckets_.find(k);
    if (it == buckets_.end()) continue;
    for (size_t i = 0; i < it->second.size; ++i)
      if (entry_live(it->second.entries[i])) candidates_.push_back(it->second.entries[i].slot);
  }
  std::sort(candidates_.begin(), candidates_.end());
  candidates_.erase(std::unique(candidates_.begin(), candidates_.end()), candidates_.end());
  double best = -1;
  uint32_t best_slot = 0;
  for (uint32_t slot : candidates_) {
    const Story& s = stories_[slot];
    const double sim = similarity(profile, s.first, model_);
    ++comparisons_;
    if (sim < options_.threshold) continue;
    // Ties go to the older story (the smaller id), whatever order the buckets listed them in.
    if (sim > best || (sim == best && s.id < stories_[best_slot].id)) {
      best = sim;
      best_slot = slot;
    }
  }
  if (best >= 0) {
    extend_story(best_slot, published, &keys);
    return {stories_[best_slot].id, best};
  }
  if (by_id_.count(id))
    throw InputError("duplicate id " + std::to_string(id) + ": it already names an open story",
                     "Each headline needs its own id.");
  open_story(id, published, std::move(profile));
  return {id, 1.0};
}

void StoryGrouper::add_known(int64_t id, int64_t published, int64_t story_id,
                             TextProfile profile) {
  check_order(id, published);
  close_before(published);
  const auto it = by_id_.find(story_id);
  if (it == by_id_.end()) {
    open_story(story_id, published, std::move(profile));
    return;
  }
  MinHashSignature sig;
  if (minhash(profile, model_, &sig)) {
    const BandKeys keys = band_keys(sig);
    extend_story(it->second, published, &keys);
  } else {
    extend_story(it->second, published, nullptr);
  }
}

}  // namespace kornews::analytics
