// gc.cpp: the mark-and-sweep collector. It runs only at a check point of the thread holding
// the GIL, so every other thread is parked with its frames' stack pointers saved. Roots are
// the engine's tables and every thread's frames, exceptions and temporary roots.
#include <vector>

#include "objects/generator.h"
#include "vm/engine.h"

namespace il {

namespace {

class MarkTracer : public Tracer {
 public:
  void mark(Object* o) override {
    if (!o || o->gc_mark) return;
    o->gc_mark = 1;
    stack_.push_back(o);
  }
  using Tracer::mark;
  void drain() {
    while (!stack_.empty()) {
      Object* o = stack_.back();
      stack_.pop_back();
      if (o->type) mark(o->type);
      o->trace(*this);
    }
  }

 private:
  std::vector<Object*> stack_;
};

}  // namespace

void Engine::pool_refill(size_t cls) {
  std::vector<void*>& fl = pool_free_[cls];
  size_t size = cls * 16;
  constexpr size_t kSlab = 64 * 1024;
  char* slab = static_cast<char*>(::operator new(kSlab));
  slabs_.push_back(slab);
  for (size_t off = 0; off + size <= kSlab; off += size) fl.push_back(slab + off);
}

void Engine::release(Object* o) {
  uint8_t cls = o->pool_class;
  o->~Object();
  if (cls) pool_free_[cls].push_back(o);
  else ::operator delete(o);
}

bool Engine::drop_collection_due() {
  constexpr int kEagerDropCollections = 64;
  if (drop_collections_ < kEagerDropCollections || bytes_since_gc_ >= live_bytes_ / 16) {
    drop_collections_++;
    return true;
  }
  return false;
}

void Engine::collect(ThreadState& cur) {
  (void)cur;
  if (bytes_since_gc_ > gc_threshold_) drop_collections_ = 0;   // a regular collection
  MarkTracer m;
  for (auto& [k, s] : interned_) m.mark(s);
#define TYPE(id, s, layout, base) m.mark(t.id);
#include "objects/builtin_types.def"
#undef TYPE
  for (Type* e : exc) m.mark(e);
  m.mark(stop_type);
  for (Value v : {None, True, False, NotImplemented, Ellipsis, empty_tuple, stop_exc}) m.mark(v);
  m.mark(modules);
  m.mark(builtins_mod);
  m.mark(main_mod);
  m.mark(sys_mod);
  for (auto& [k, it] : iterator_types) m.mark(it);
  {
    std::lock_guard<std::mutex> g(sync_mu);
    for (const HeldLock& h : held_locks) {
      m.mark(h.lock);
      m.mark(h.shown);
    }
  }
  for (ThreadState* ts : threads) {
    for (Frame* f = ts->frame; f; f = f->prev) {
      m.mark(f->code);
      m.mark(f->func);
      m.mark(f->globals);
      m.mark(f->builtins);
      m.mark(f->locals_dict);
      if (f->gen) m.mark(reinterpret_cast<Object*>(f->gen));
      Value* end = f->sp ? f->sp : f->stack_base();
      for (Value* p = f->localsplus; p < end; p++) m.mark(*p);
    }
    m.mark(ts->exc);
    m.mark(ts->handled);
    m.mark(ts->handle);
    for (Value v : ts->roots) m.mark(v);
  }
  for (Value v : to_close) m.mark(v);
  m.drain();
  if (cleanup_gens > 0) {
    // PEP 442: they survive this collection, with everything they reference, until closed.
    for (Object* g : abandoned_generators()) {
      m.mark(g);
      to_close.push_back(Value(g));
    }
    m.drain();
  }
  sweep();
  bytes_since_gc_ = 0;
  // Collect again after as many new bytes as survived (at least 16 MiB): amortized O(1).
  gc_threshold_ = live_bytes_ > (16u << 20) ? live_bytes_ : (16u << 20);
  if (cfg.gc_stress) gc_threshold_ = 0;
}

// The unreachable generators that must run cleanup code, oldest first. One that already had
// its close() (it yielded again in its finally) is left to be freed without another.
std::vector<Object*> Engine::abandoned_generators() {
  std::vector<Object*> found;
  for (Object* o = objects_; o; o = o->gc_next) {
    if (o->gc_mark || o->type != t.generator) continue;
    Generator* g = static_cast<Generator*>(o);
    if (!g->cleanup) continue;
    if (g->finalized) gen_set_cleanup(*this, g, false);
    else found.push_back(o);
  }
  std::reverse(found.begin(), found.end());   // objects_ is newest first
  return found;
}

void Engine::sweep() {
  Object** link = &objects_;
  while (Object* o = *link) {
    if (o->gc_mark) {
      o->gc_mark = 0;
      link = &o->gc_next;
    } else {
      *link = o->gc_next;
      live_bytes_ -= o->gc_size;
      release(o);
      live_--;
    }
  }
}

}  // namespace il
