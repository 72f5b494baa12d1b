// object.h: the heap object header, the type object and its slot table, and the small helpers
// every object file uses. Slots are C++ function pointers; user classes fill them with
// wrappers that look up dunder methods (objects/type.cpp). Nothing here blocks or allocates.
#pragma once
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "objects/value.h"

namespace il {

class ThreadState;
class Engine;
struct Type;
struct Dict;
struct Tuple;
struct Str;
class Tracer;

struct Object {
  Type* type = nullptr;
  Object* gc_next = nullptr;
  uint8_t gc_mark = 0;
  uint8_t pool_class = 0;   // size class of the engine's small-object pool; 0: operator new
  uint32_t gc_size = 0;
  virtual ~Object() = default;
  // Marks every Value and Object this object references.
  virtual void trace(Tracer&) {}
  // The instance __dict__ slot, or nullptr when the object has none.
  virtual Dict** dict_slot() { return nullptr; }
  // Heap bytes owned beyond the object itself (for the collector's accounting).
  virtual size_t extra_bytes() const { return 0; }
};

// Comparison operators, in the order of CPython's Py_LT..Py_GE.
enum class CmpOp : uint8_t { Lt, Le, Eq, Ne, Gt, Ge };
// Whether [a] op [b] holds; a three-way result c is tested as cmp_holds(op, c, 0).
template <class T>
inline bool cmp_holds(CmpOp op, const T& a, const T& b) {
  switch (op) {
    case CmpOp::Lt: return a < b;
    case CmpOp::Le: return a <= b;
    case CmpOp::Eq: return a == b;
    case CmpOp::Ne: return a != b;
    case CmpOp::Gt: return a > b;
    case CmpOp::Ge: return a >= b;
  }
  return false;
}

// Binary operators. The in-place ones follow the plain ones in the same order.
#define IL_BINOPS(X) \
  X(Add, "+", add, radd, iadd) X(Sub, "-", sub, rsub, isub) X(Mul, "*", mul, rmul, imul) \
  X(TrueDiv, "/", truediv, rtruediv, itruediv) X(FloorDiv, "//", floordiv, rfloordiv, ifloordiv) \
  X(Mod, "%", mod, rmod, imod) X(Pow, "**", pow, rpow, ipow) X(LShift, "<<", lshift, rlshift, ilshift) \
  X(RShift, ">>", rshift, rrshift, irshift) X(And, "&", and_, rand_, iand_) X(Or, "|", or_, ror_, ior_) \
  X(Xor, "^", xor_, rxor_, ixor_) X(MatMul, "@", matmul, rmatmul, imatmul)
enum class BinOp : uint8_t {
#define X(e, s, m, r, i) e,
  IL_BINOPS(X)
#undef X
  Count
};
constexpr int kInplaceBase = static_cast<int>(BinOp::Count);  // BINARY_OP arg >= this: in-place

enum class UnOp : uint8_t { Neg, Pos, Invert, Not };

using NativeFn = Value (*)(ThreadState& ts, Value* args, int nargs, Tuple* kwnames);

struct TypeSlots {
  Value (*repr)(ThreadState&, Value) = nullptr;
  Value (*str)(ThreadState&, Value) = nullptr;
  // Returns false with an exception pending when unhashable.
  bool (*hash)(ThreadState&, Value, int64_t* out) = nullptr;
  // Returns NotImplemented (engine's singleton) when the pair is not supported.
  Value (*richcompare)(ThreadState&, Value, Value, CmpOp) = nullptr;
  // Returns NotImplemented when unsupported; [reflected] is set when called as __rop__.
  Value (*binop)(ThreadState&, Value, Value, BinOp) = nullptr;
  Value (*unop)(ThreadState&, Value, UnOp) = nullptr;
  // -1 with an exception pending, or 0/1.
  int (*truth)(ThreadState&, Value) = nullptr;
  // -1 with an exception pending.
  int64_t (*len)(ThreadState&, Value) = nullptr;
  Value (*iter)(ThreadState&, Value) = nullptr;
  // Null without an exception pending means exhausted.
  Value (*next)(ThreadState&, Value) = nullptr;
  Value (*getitem)(ThreadState&, Value, Value) = nullptr;
  // [v] null means delete.
  bool (*setitem)(ThreadState&, Value, Value, Value) = nullptr;
  // -1 with an exception, 0/1.
  int (*contains)(ThreadState&, Value, Value) = nullptr;
  Value (*call)(ThreadState&, Value self, Value* args, int nargs, Tuple* kwnames) = nullptr;
  // Null without an exception pending: not found (the caller raises AttributeError).
  Value (*getattr)(ThreadState&, Value, Str*) = nullptr;
  // [v] null means delete.
  bool (*setattr)(ThreadState&, Value, Str*, Value) = nullptr;
  // Descriptor get: [inst] null for access through the class.
  Value (*descr_get)(ThreadState&, Value self, Value inst, Type* owner) = nullptr;
  bool (*descr_set)(ThreadState&, Value self, Value inst, Value v) = nullptr;
  // Creates an instance (type.__new__); [args] excludes the type.
  Value (*new_)(ThreadState&, Type* type, Value* args, int nargs, Tuple* kwnames) = nullptr;
};

// The C++ layout a type's instances have; a subclass keeps its base's layout.
enum class Layout : uint8_t {
  Object, Instance, Int, Bool, Float, Str, Bytes, Tuple, List, Dict, Set, FrozenSet, Range, Slice,
  Function, NativeFunction, BoundMethod, Cell, Code, Module, Type, Exception, None, NotImplemented,
  Ellipsis, Iterator, Property, StaticMethod, ClassMethod, Super, Generator, Deque, Native
};

struct Type : Object {
  std::string name;            // __name__
  std::string qualname;
  std::string module;          // "builtins" for builtin types
  Type* base = nullptr;        // the solid base (first base)
  std::vector<Type*> bases;
  std::vector<Type*> mro;      // includes this type first
  Dict* dict = nullptr;        // attributes
  uint64_t attr_tag = 0;       // this type's key in the attribute cache (0: not yet given)
  Layout layout = Layout::Object;
  bool is_heap = false;        // created by a class statement
  bool is_exception = false;
  bool allow_subclass = true;
  TypeSlots slots;
  void trace(Tracer&) override;
  Dict** dict_slot() override { return &dict; }
  bool is_subtype(const Type* other) const {
    for (Type* t : mro) if (t == other) return true;
    return false;
  }
};

class Tracer {
 public:
  virtual ~Tracer() = default;
  virtual void mark(Object* o) = 0;
  void mark(Value v) { if (v.is_obj()) mark(v.obj()); }
};

// An instance of a class statement's subclass of str, int or float: the builtin's own layout
// (so every method and operator of the base works on it unchanged) plus the instance
// __dict__ for the subclass's attributes. Made only by the base's constructor (its new_ slot).
template <class Base>
struct WithDict final : Base {
  Dict* dict = nullptr;
  using Base::Base;
  void trace(Tracer& t) override { Base::trace(t); t.mark(reinterpret_cast<Object*>(dict)); }
  Dict** dict_slot() override { return &dict; }
};

}  // namespace il
