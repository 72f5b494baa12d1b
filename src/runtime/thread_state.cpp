// thread_state.cpp: frame storage for one thread: a pool of Frame records and a chunked
// value stack whose chunks never move, so pointers into a frame stay valid.
#include "runtime/thread_state.h"

#include "vm/engine.h"

namespace il {

ThreadState::ThreadState(Engine& e, int i) : eng(e), id(i) {}
ThreadState::~ThreadState() = default;

// In wasm, clang turns the loop that clears a new frame's locals into memory.fill, which V8
// (node 20, Chromium) runs as a call out to C: dearer than the loop for a few locals.
#if defined(__wasm__)
__attribute__((no_builtin("memset")))
#endif
Frame* ThreadState::push_frame(Code* code, int extra_slots) {
  size_t need = static_cast<size_t>(code->framesize + extra_slots);
  if (pool_used == frame_pool.size()) frame_pool.push_back(std::make_unique<Frame>());
  Frame* f = frame_pool[pool_used++].get();
  // Only the header is reset: the block stack is dead above nblocks.
  f->func = nullptr;
  f->globals = nullptr;
  f->builtins = nullptr;
  f->locals_dict = nullptr;
  f->lasti = -1;
  f->nblocks = 0;
  f->is_entry = false;
  f->gen = nullptr;
  f->prev = nullptr;
  f->saved_top = top_;
  f->saved_limit = limit_;
  f->saved_chunk = chunk_index_;
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
  f->localsplus = top_;
  top_ += need;
  f->code = code;
  int n = code->nlocalsplus;
  Value* p = f->localsplus;
  for (int i = 0; i < n; i++) p[i] = Value();
  f->sp = p + n;
  return f;
}

void ThreadState::pop_frame(Frame* f) {
  top_ = f->saved_top;
  limit_ = f->saved_limit;
  chunk_index_ = f->saved_chunk;
  if (pool_used > 0) pool_used--;
}

}  // namespace il
