// value.h: the compact value word. A Value is either a tagged small int (low bit 1) or a
// pointer to a heap Object (low bit 0); all-zero bits is "no value", which native code returns
// with an exception pending on the ThreadState. No allocation or Python semantics here.
#pragma once
#include <cstdint>

namespace il {

struct Object;

class Value {
 public:
  constexpr Value() : bits_(0) {}
  explicit Value(Object* o) : bits_(reinterpret_cast<uintptr_t>(o)) {}

  static constexpr int64_t kMaxSmall = (int64_t(1) << 61) - 1;
  static constexpr int64_t kMinSmall = -(int64_t(1) << 61);
  static bool fits_small(int64_t i) { return i >= kMinSmall && i <= kMaxSmall; }
  // [i] must satisfy fits_small; use make_int() (objects/int.h) for any int64.
  static Value small(int64_t i) { Value v; v.bits_ = (static_cast<uint64_t>(i) << 1) | 1; return v; }

  bool is_null() const { return bits_ == 0; }
  explicit operator bool() const { return bits_ != 0; }
  bool is_small() const { return bits_ & 1; }
  bool is_obj() const { return bits_ != 0 && !(bits_ & 1); }
  int64_t small_value() const { return static_cast<int64_t>(bits_) >> 1; }
  Object* obj() const { return reinterpret_cast<Object*>(static_cast<uintptr_t>(bits_)); }
  uint64_t raw() const { return bits_; }
  bool operator==(const Value& o) const { return bits_ == o.bits_; }
  bool operator!=(const Value& o) const { return bits_ != o.bits_; }

 private:
  uint64_t bits_;
};

}  // namespace il
