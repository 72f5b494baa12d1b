// attr_cache.h: the eval loop's attribute caches (CPython 3.11's LOAD_ATTR_INSTANCE_VALUE,
// LOAD_METHOD_WITH_VALUES and STORE_ATTR_INSTANCE_VALUE, simplified): one Code::AttrCache
// per name, filled on a miss by attr_cache_fill, read inline on a hit. A hit never calls
// Python and never allocates; anything unusual falls back to getattr / setattr / load_method.
#pragma once
#include <atomic>

#include "objects/instance.h"
#include "vm/api.h"

namespace il {

// What a filled entry allows for objects of its type (all need the generic getattr/setattr):
enum : uint32_t {
  kAttrLoadInst = 1,    // a user instance's own __dict__ value (the class has no data descriptor)
  kAttrLoadClass = 2,   // the class value itself: a plain (builtin-typed, non-descriptor) value
  kAttrMethod = 4,      // LOAD_METHOD: the class value is a function to call with self
  kAttrStoreInst = 8,   // STORE_ATTR into a user instance's own __dict__
  kAttrModule = 16,     // a module's global
  kAttrHasDict = 32,    // objects of the type are Instances: their __dict__ may shadow the class value
};

// The epoch every class dict key change bumps (objects/type.cpp).
extern std::atomic<uint64_t> attr_epoch;

// Computes [c] for [o]'s type and [name] (after a slow-path lookup). Never fails.
void attr_cache_fill(ThreadState& ts, Code::AttrCache& c, Value o, Str* name);

// The entry holds for [o]: same type, no class dict key change since, same class value.
inline bool attr_cache_valid(const Code::AttrCache& c, Value o) {
  return o.is_obj() && c.flags && o.obj()->type->attr_tag == c.tag &&
         c.epoch == attr_epoch.load(std::memory_order_relaxed) &&
         (!c.cdict || c.cdict->entries[static_cast<size_t>(c.cix)].value.raw() == c.cval.raw());
}

// [name]'s entry in [d] (null: none), trying the entry at [hint] first and updating it.
inline DictEntry* dict_hinted_entry(Dict* d, Str* name, int32_t& hint) {
  if (!d) return nullptr;
  if (static_cast<size_t>(hint) < d->entries.size() && d->entries[static_cast<size_t>(hint)].key.raw() == Value(name).raw())
    return &d->entries[static_cast<size_t>(hint)];
  int64_t ix = d->find_str(name, str_hash(name));
  if (ix < 0) return nullptr;
  hint = static_cast<int32_t>(ix);
  return &d->entries[static_cast<size_t>(ix)];
}

// Whether [o]'s own __dict__ (if the entry says it may have one) lacks [name].
inline bool attr_not_shadowed(const Code::AttrCache& c, Value o, Str* name) {
  if (!(c.flags & kAttrHasDict)) return true;
  Dict* d = static_cast<Instance*>(o.obj())->dict;
  if (!d || d->index.empty()) return true;
  int64_t h = str_hash(name);
  if (d->index[static_cast<size_t>(h) & (d->index.size() - 1)] == -1) return true;   // the usual miss
  return d->find_str(name, h) < 0;
}

}  // namespace il
