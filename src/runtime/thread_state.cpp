// thread_state.cpp: frame storage for one thread: a pool of Frame records and a chunked
// value stack whose chunks never move, so pointers into a frame stay valid.
#include "runtime/thread_state.h"

#include "vm/engine.h"

namespace il {

ThreadState::ThreadState(Engine& e, int i) : eng(e), id(i) {}
ThreadState::~ThreadState() = default;

void ThreadState::grow(size_t need) {
  if (pool_used == frame_pool.size()) frame_pool.push_back(std::make_unique<Frame>());
  if (!top_ || top_ + need > limit_) {
    // Next chunk (reuse one left from earlier deeper calls when it is big enough).
    size_t next = top_ ? chunk_index_ + 1 : 0;
    while (next < chunks_.size() && chunk_sizes_[next] < need) next++;
    if (next >= chunks_.size()) {
      // A thread's first chunk is small (most threads are shallow: starting one stays cheap);
      // deeper calls get bigger ones.
      size_t base = chunks_.empty() ? 2048 : 16384;
      size_t size = need > base ? need : base;
      chunks_.emplace_back(new Value[size]);
      chunk_sizes_.push_back(size);
      next = chunks_.size() - 1;
    }
    chunk_index_ = next;
    top_ = chunks_[next].get();
    limit_ = top_ + chunk_sizes_[next];
  }
}

}  // namespace il
