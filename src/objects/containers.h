// containers.h: the layouts of tuple, list, dict, set, range and slice, and the dict's
// insertion-ordered hash table. Lookups with non-str keys may run Python __eq__/__hash__,
// so those take the ThreadState and can fail; the str fast paths never do.
#pragma once
#include <deque>
#include <vector>

#include "objects/object.h"
#include "objects/str.h"

namespace il {

struct Tuple : Object {
  std::vector<Value> items;
  int64_t hash = -1;
  Dict* dict = nullptr;            // instance dict of tuple subclasses (namedtuple)
  void trace(Tracer& t) override { for (Value v : items) t.mark(v); t.mark(reinterpret_cast<Object*>(dict)); }
  Dict** dict_slot() override { return type && type->is_heap ? &dict : nullptr; }
  size_t extra_bytes() const override { return items.capacity() * sizeof(Value); }
};

struct List : Object {
  std::vector<Value> items;
  Dict* dict = nullptr;
  void trace(Tracer& t) override;
  Dict** dict_slot() override { return type_is_heap() ? &dict : nullptr; }
  size_t extra_bytes() const override { return items.capacity() * sizeof(Value); }
  bool type_is_heap() const { return type && type->is_heap; }
};

// collections.deque (objects/deque.cpp).
struct Deque : Object {
  std::deque<Value> items;
  int64_t maxlen = -1;   // -1: unbounded
  uint64_t state = 0;    // bumped by every change of length or order; iterators compare it
  Dict* dict = nullptr;
  void trace(Tracer& t) override;
  Dict** dict_slot() override { return type && type->is_heap ? &dict : nullptr; }
  size_t extra_bytes() const override { return items.size() * sizeof(Value); }
};

struct DictEntry {
  int64_t hash;
  Value key;    // null: deleted entry
  Value value;
};

struct Dict : Object {
  std::vector<DictEntry> entries;   // insertion order, with holes
  std::vector<int32_t> index;       // -1 empty, -2 dummy, else entry index; size is a power of 2
  int64_t used = 0;                 // live entries
  uint64_t version = 0;             // bumped on every key-set change (for caches)
  bool type_dict = false;           // a class's dict that the attribute cache has read
  // A key-set change: bumps the version, and the attribute cache's epoch for a class's dict.
  void touched();
  Dict* dict = nullptr;             // instance dict of dict subclasses
  void trace(Tracer& t) override;
  Dict** dict_slot() override { return type && type->is_heap ? &dict : nullptr; }

  // Str-key fast paths: never call Python, never fail. Non-str keys are skipped by get_str.
  Value get_str(Str* key) const;
  void set_str(Str* key, Value v);
  bool del_str(Str* key);
  // Generic paths; return false with an exception pending on error.
  bool lookup(ThreadState& ts, Value key, int64_t hash, int64_t* entry_out) const;
  bool get(ThreadState& ts, Value key, Value* out);          // *out null if absent
  bool set(ThreadState& ts, Value key, Value v);
  bool set_hashed(ThreadState& ts, Value key, int64_t hash, Value v);
  bool del(ThreadState& ts, Value key, bool* found);
  void clear();
  void insert_new(int64_t hash, Value key, Value v);         // key known absent
  void rebuild(size_t min_size);
  int64_t find_str(Str* key, int64_t hash) const;
};

// set and frozenset: CPython's open-addressing table (Objects/setobject.c), so that
// iteration order, and so printed order, is CPython's. An unused slot has a null key and
// hash 0; a deleted ("dummy") slot has a null key and hash -1.
struct SetEntry {
  Value key;
  int64_t hash = 0;
};
struct SetObj : Object {
  std::vector<SetEntry> table = std::vector<SetEntry>(8);
  size_t fill = 0;     // active + dummy slots
  size_t used = 0;     // active slots
  size_t finger = 0;   // where pop() looks next
  int64_t hash = -1;   // frozenset hash cache
  void trace(Tracer& t) override { for (auto& e : table) t.mark(e.key); }
  size_t extra_bytes() const override { return table.capacity() * sizeof(SetEntry); }
};
bool set_contains_key(ThreadState& ts, SetObj* s, Value key, int* out);
bool set_discard_key(ThreadState& ts, SetObj* s, Value key, bool* found);
void set_assign(SetObj* dst, const SetObj* src);

struct Range : Object {
  int64_t start = 0, stop = 0, step = 1;
  int64_t length() const {
    if (step > 0) return start < stop ? (stop - start - 1) / step + 1 : 0;
    return start > stop ? (start - stop - 1) / (-step) + 1 : 0;
  }
};

struct Slice : Object {
  Value start, stop, step;
  void trace(Tracer& t) override { t.mark(start); t.mark(stop); t.mark(step); }
};

// Base of the engine's native iterators: the shared iterator types call next().
struct IterObj : Object {
  // Null without an exception pending: exhausted.
  virtual Value next(ThreadState& ts) = 0;
};

struct FloatObj : Object {
  double v;
  explicit FloatObj(double d) : v(d) {}
};

// Normalizes a slice against [len]: CPython's PySlice_Unpack + AdjustIndices.
bool slice_indices(ThreadState& ts, Slice* s, int64_t len, int64_t* start, int64_t* stop,
                   int64_t* step, int64_t* count);

}  // namespace il
