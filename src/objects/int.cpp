// int.cpp: int and bool. Ints are tagged small values (62 bits) on the fast paths and
// BigIntObj (objects/bigint.h) beyond; every result is normalized back to a small int when it
// fits. Bool is an int subclass with two instances.
#include <algorithm>
#include <cmath>
#include <cstring>

#include "objects/bigint.h"
#include "vm/api.h"
#include "vm/init.h"

namespace il {

struct BoolObj : Object {
  int64_t v = 0;
};

Value make_bool_object(ThreadState& ts, bool v) {
  BoolObj* b = ts.eng.alloc<BoolObj>(ts.eng.t.bool_);
  b->v = v ? 1 : 0;
  return Value(b);
}

Value int_from_big(ThreadState& ts, const BigNum& b) {
  int64_t v;
  if (b.to_i64(&v) && Value::fits_small(v)) return Value::small(v);
  BigIntObj* o = ts.eng.alloc<BigIntObj>(ts.eng.t.int_);
  o->v = b;
  o->gc_size += static_cast<uint32_t>(b.mag.capacity() * 4);
  return Value(o);
}

Value make_int(ThreadState& ts, int64_t v) {
  if (Value::fits_small(v)) return Value::small(v);
  return int_from_big(ts, BigNum::from_i64(v));
}

static bool is_big(Value v) { return v.is_obj() && v.obj()->type->layout == Layout::Int; }

// True when [v] is an int or bool that fits in int64; stores its value.
static bool int_value(ThreadState& ts, Value v, int64_t* out) {
  if (v.is_small()) { *out = v.small_value(); return true; }
  if (v.obj()->type->layout == Layout::Bool) { *out = static_cast<BoolObj*>(v.obj())->v; return true; }
  if (is_big(v)) return static_cast<BigIntObj*>(v.obj())->v.to_i64(out);
  (void)ts;
  return false;
}

// True when [v] is an int or bool of any size.
bool int_big_value(Value v, BigNum* out) {
  if (v.is_small()) { *out = BigNum::from_i64(v.small_value()); return true; }
  if (v.obj()->type->layout == Layout::Bool) { *out = BigNum::from_i64(static_cast<BoolObj*>(v.obj())->v); return true; }
  if (is_big(v)) { *out = static_cast<BigIntObj*>(v.obj())->v; return true; }
  return false;
}

Value int_from_digits(ThreadState& ts, std::string_view d, int base) {
  BigNum b;
  if (!BigNum::parse(d, base, &b)) return Value();
  return int_from_big(ts, b);
}

bool as_index(ThreadState& ts, Value v, int64_t* out, const char* what) {
  if (int_value(ts, v, out)) return true;
  if (is_big(v)) {
    raise(ts, ts.eng.exc[E_OverflowError], "Python int too large to convert to C ssize_t");
    return false;
  }
  Value f = type_lookup(type_of(ts, v), ts.eng.names[N_index]);
  if (f) {
    Value r = call1(ts, f, v);
    if (!r) return false;
    if (int_value(ts, r, out)) return true;
  }
  if (what) raise(ts, ts.eng.exc[E_TypeError], what);
  else raise(ts, ts.eng.exc[E_TypeError], "'" + type_name(ts, v) + "' object cannot be interpreted as an integer");
  return false;
}

bool as_double(ThreadState& ts, Value v, double* out) {
  int64_t i;
  if (int_value(ts, v, &i)) { *out = static_cast<double>(i); return true; }
  if (is_big(v)) {
    *out = static_cast<BigIntObj*>(v.obj())->v.to_double();
    if (std::isinf(*out)) {
      raise(ts, ts.eng.exc[E_OverflowError], "int too large to convert to float");
      return false;
    }
    return true;
  }
  if (v.is_obj() && v.obj()->type->layout == Layout::Float) { *out = static_cast<FloatObj*>(v.obj())->v; return true; }
  Value f = type_lookup(type_of(ts, v), ts.eng.names[N_float_]);
  if (f) {
    Value r = call1(ts, f, v);
    if (!r) return false;
    return as_double(ts, r, out);
  }
  raise(ts, ts.eng.exc[E_TypeError], "must be real number, not " + type_name(ts, v));
  return false;
}

static int64_t floordiv(int64_t a, int64_t b) {
  int64_t q = a / b;
  if ((a % b != 0) && ((a < 0) != (b < 0))) q--;
  return q;
}
static int64_t floormod(int64_t a, int64_t b) {
  int64_t m = a % b;
  if (m != 0 && ((m < 0) != (b < 0))) m += b;
  return m;
}

Value float_binop_values(ThreadState& ts, double a, double b, BinOp op);

static Value big_binop(ThreadState& ts, Value va, Value vb, BinOp op) {
  BigNum a, b;
  if (!int_big_value(va, &a) || !int_big_value(vb, &b)) return ts.eng.NotImplemented;
  Engine& e = ts.eng;
  switch (op) {
    case BinOp::Add: return int_from_big(ts, big_add(a, b));
    case BinOp::Sub: return int_from_big(ts, big_sub(a, b));
    case BinOp::Mul:
      if (a.mag.size() + b.mag.size() > (1u << 20)) return raise_no_memory(ts);
      return int_from_big(ts, big_mul(a, b));
    case BinOp::TrueDiv: {
      if (b.is_zero()) return raise(ts, e.exc[E_ZeroDivisionError], "division by zero");
      double x = a.to_double(), y = b.to_double();
      if (std::isinf(x) || std::isinf(y)) {
        // Scale both down together so the quotient stays exact enough.
        int64_t shift = std::max(a.bit_length(), b.bit_length()) - 1000;
        if (shift > 0) { x = big_rshift(a, static_cast<uint64_t>(shift)).to_double(); y = big_rshift(b, static_cast<uint64_t>(shift)).to_double(); }
        if (std::isinf(x)) return raise(ts, e.exc[E_OverflowError], "integer division result too large for a float");
      }
      return new_float(ts, x / y);
    }
    case BinOp::FloorDiv: case BinOp::Mod: {
      if (b.is_zero())
        return raise(ts, e.exc[E_ZeroDivisionError], op == BinOp::Mod ? "integer modulo by zero" : "integer division or modulo by zero");
      BigNum q, r;
      big_divmod(a, b, &q, &r);
      return int_from_big(ts, op == BinOp::Mod ? r : q);
    }
    case BinOp::Pow: {
      if (b.neg) {
        if (a.is_zero()) return raise(ts, e.exc[E_ZeroDivisionError], "0.0 cannot be raised to a negative power");
        return new_float(ts, std::pow(a.to_double(), b.to_double()));
      }
      int64_t ex;
      if (!b.to_i64(&ex)) return raise_no_memory(ts);
      if (a.bit_length() > 1 && static_cast<double>(a.bit_length()) * static_cast<double>(ex) > 64.0 * 1024 * 1024)
        return raise_no_memory(ts);
      return int_from_big(ts, big_pow(a, static_cast<uint64_t>(ex)));
    }
    case BinOp::LShift: case BinOp::RShift: {
      if (b.neg) return raise(ts, e.exc[E_ValueError], "negative shift count");
      int64_t n;
      if (!b.to_i64(&n)) {
        if (op == BinOp::RShift) return Value::small(a.neg ? -1 : 0);
        return raise_no_memory(ts);
      }
      if (op == BinOp::LShift) {
        if (a.is_zero()) return Value::small(0);
        if (n > 64 * 1024 * 1024) return raise_no_memory(ts);
        return int_from_big(ts, big_lshift(a, static_cast<uint64_t>(n)));
      }
      return int_from_big(ts, big_rshift(a, static_cast<uint64_t>(n)));
    }
    case BinOp::And: return int_from_big(ts, big_bitop(a, b, '&'));
    case BinOp::Or: return int_from_big(ts, big_bitop(a, b, '|'));
    case BinOp::Xor: return int_from_big(ts, big_bitop(a, b, '^'));
    default: return e.NotImplemented;
  }
}

static Value int_binop(ThreadState& ts, Value va, Value vb, BinOp op) {
  int64_t a, b;
  if (!int_value(ts, va, &a) || !int_value(ts, vb, &b)) {
    // Big ints; int op float is float's business.
    return big_binop(ts, va, vb, op);
  }
  int64_t r;
  Engine& e = ts.eng;
  switch (op) {
    case BinOp::Add: if (__builtin_add_overflow(a, b, &r)) goto overflow; return make_int(ts, r);
    case BinOp::Sub: if (__builtin_sub_overflow(a, b, &r)) goto overflow; return make_int(ts, r);
    case BinOp::Mul: if (__builtin_mul_overflow(a, b, &r)) goto overflow; return make_int(ts, r);
    case BinOp::TrueDiv:
      if (b == 0) return raise(ts, e.exc[E_ZeroDivisionError], "division by zero");
      return new_float(ts, static_cast<double>(a) / static_cast<double>(b));
    case BinOp::FloorDiv:
      if (b == 0) return raise(ts, e.exc[E_ZeroDivisionError], "integer division or modulo by zero");
      if (b == -1 && a == INT64_MIN) goto overflow;
      return make_int(ts, floordiv(a, b));
    case BinOp::Mod:
      if (b == 0) return raise(ts, e.exc[E_ZeroDivisionError], "integer modulo by zero");
      if (b == -1) return Value::small(0);
      return make_int(ts, floormod(a, b));
    case BinOp::Pow: {
      if (b < 0) {
        if (a == 0) return raise(ts, e.exc[E_ZeroDivisionError], "0.0 cannot be raised to a negative power");
        return new_float(ts, std::pow(static_cast<double>(a), static_cast<double>(b)));
      }
      int64_t result = 1, base = a;
      while (b) {
        if (b & 1) if (__builtin_mul_overflow(result, base, &result)) goto overflow;
        b >>= 1;
        if (b && __builtin_mul_overflow(base, base, &base)) goto overflow;
      }
      return make_int(ts, result);
    }
    case BinOp::LShift:
      if (b < 0) return raise(ts, e.exc[E_ValueError], "negative shift count");
      if (a == 0) return Value::small(0);
      if (b >= 62) goto overflow;
      r = a * (int64_t(1) << b);
      if ((r >> b) != a) goto overflow;
      return make_int(ts, r);
    case BinOp::RShift:
      if (b < 0) return raise(ts, e.exc[E_ValueError], "negative shift count");
      return make_int(ts, b >= 63 ? (a < 0 ? -1 : 0) : (a >> b));
    case BinOp::And: r = a & b; break;
    case BinOp::Or: r = a | b; break;
    case BinOp::Xor: r = a ^ b; break;
    default: return e.NotImplemented;
  }
  if (type_of(ts, va) == e.t.bool_ && type_of(ts, vb) == e.t.bool_) return bool_value(ts, r != 0);
  return make_int(ts, r);
overflow:
  return big_binop(ts, va, vb, op);
}

static Value int_unop(ThreadState& ts, Value v, UnOp op) {
  int64_t a = 0;
  if (!int_value(ts, v, &a) || a == INT64_MIN) {
    BigNum b;
    int_big_value(v, &b);
    switch (op) {
      case UnOp::Neg: if (!b.is_zero()) b.neg = !b.neg; return int_from_big(ts, b);
      case UnOp::Pos: return int_from_big(ts, b);
      case UnOp::Invert: return int_from_big(ts, big_sub(BigNum::from_i64(-1), b));
      default: return ts.eng.NotImplemented;
    }
  }
  switch (op) {
    case UnOp::Neg: return make_int(ts, -a);
    case UnOp::Pos: return make_int(ts, a);
    case UnOp::Invert: return make_int(ts, ~a);
    default: return ts.eng.NotImplemented;
  }
}

// Exact comparison of an int with a (non-NaN) float, as CPython does: -1, 0 or 1.
int int_float_cmp(int64_t x, double y) {
  if (std::isinf(y)) return y > 0 ? -1 : 1;
  if (x > -(int64_t(1) << 53) && x < (int64_t(1) << 53)) {
    double dx = static_cast<double>(x);
    return dx < y ? -1 : dx > y ? 1 : 0;
  }
  if (y >= 9.2233720368547758e18) return -1;
  if (y < -9.2233720368547758e18) return 1;
  double t = std::trunc(y);
  int64_t yi = static_cast<int64_t>(t);
  if (x != yi) return x < yi ? -1 : 1;
  double frac = y - t;
  return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}

static Value int_richcompare(ThreadState& ts, Value va, Value vb, CmpOp op) {
  int64_t a, b;
  if (is_big(va) || is_big(vb)) {
    BigNum x, y;
    if (!int_big_value(va, &x)) return ts.eng.NotImplemented;
    if (!int_big_value(vb, &y)) {
      if (vb.is_obj() && vb.obj()->type->layout == Layout::Float) {
        double d = static_cast<FloatObj*>(vb.obj())->v;
        if (std::isnan(d)) return bool_value(ts, op == CmpOp::Ne);
        if (std::isinf(d)) y = BigNum::from_i64(d > 0 ? 1 : -1), x = BigNum::from_i64(0);
        else y = BigNum::from_double(d);
        // Fractional parts matter only when the integral parts are equal.
        int c0 = big_cmp(x, y);
        if (c0 == 0 && std::isfinite(d) && d != std::trunc(d)) c0 = d > 0 ? -1 : 1;
        return bool_value(ts, cmp_holds(op, c0, 0));
      }
      return ts.eng.NotImplemented;
    }
    int c = big_cmp(x, y);
    return bool_value(ts, cmp_holds(op, c, 0));
  }
  if (!int_value(ts, va, &a)) return ts.eng.NotImplemented;
  if (!int_value(ts, vb, &b)) {
    if (vb.is_obj() && vb.obj()->type->layout == Layout::Float) {
      double y = static_cast<FloatObj*>(vb.obj())->v;
      if (std::isnan(y)) return bool_value(ts, op == CmpOp::Ne);
      int c = int_float_cmp(a, y);
      return bool_value(ts, cmp_holds(op, c, 0));
    }
    return ts.eng.NotImplemented;
  }
  return bool_value(ts, cmp_holds(op, a, b));
}

int64_t hash_int(int64_t v) {
  const int64_t P = (int64_t(1) << 61) - 1;
  int64_t h = v % P;
  if (v < 0 && h != 0) h = -((-v) % P);
  if (h == -1) h = -2;
  return h;
}

static bool int_hash(ThreadState& ts, Value v, int64_t* out) {
  int64_t a = 0;
  if (is_big(v)) { *out = static_cast<BigIntObj*>(v.obj())->v.hash(); return true; }
  int_value(ts, v, &a);
  *out = hash_int(a);
  return true;
}

static Value int_repr(ThreadState& ts, Value v) {
  int64_t a = 0;
  if (is_big(v)) return new_str(ts, static_cast<BigIntObj*>(v.obj())->v.to_string());
  int_value(ts, v, &a);
  if (type_of(ts, v) == ts.eng.t.bool_) return Value(ts.eng.names[a ? N_true_str : N_false_str]);
  return new_str(ts, std::to_string(a));
}

static int int_truth(ThreadState& ts, Value v) {
  if (is_big(v)) return !static_cast<BigIntObj*>(v.obj())->v.is_zero();   // a subclass's 0 is a BigIntObj
  int64_t a = 0;
  int_value(ts, v, &a);
  return a != 0;
}

bool parse_int_text(std::string_view s, int base, int64_t* out, bool* overflow) {
  *overflow = false;
  size_t i = 0, n = s.size();
  while (i < n && isspace(static_cast<unsigned char>(s[i]))) i++;
  while (n > i && isspace(static_cast<unsigned char>(s[n - 1]))) n--;
  bool neg = false;
  if (i < n && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
  if (base == 0) {
    if (i + 1 < n && s[i] == '0' && strchr("xXoObB", s[i + 1])) {
      char k = static_cast<char>(tolower(s[i + 1]));
      base = k == 'x' ? 16 : k == 'o' ? 8 : 2;
      i += 2;
    } else {
      base = 10;
    }
  } else if (i + 1 < n && s[i] == '0') {
    char k = static_cast<char>(tolower(s[i + 1]));
    if ((base == 16 && k == 'x') || (base == 8 && k == 'o') || (base == 2 && k == 'b')) i += 2;
  }
  if (i >= n) return false;
  int64_t v = 0;
  bool prev_us = true;
  for (; i < n; i++) {
    char c = s[i];
    if (c == '_') { if (prev_us) return false; prev_us = true; continue; }
    int x = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10 : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : 99;
    if (x >= base) return false;
    prev_us = false;
    if (__builtin_mul_overflow(v, base, &v) || __builtin_add_overflow(v, x, &v)) { *overflow = true; return false; }
  }
  if (prev_us) return false;
  *out = neg ? -v : v;
  return true;
}

// int(text) when it does not fit in int64: the same syntax, parsed into a BigNum.
static Value parse_big_text(ThreadState& ts, std::string_view s, int base) {
  size_t i = 0, n = s.size();
  while (i < n && isspace(static_cast<unsigned char>(s[i]))) i++;
  while (n > i && isspace(static_cast<unsigned char>(s[n - 1]))) n--;
  bool neg = false;
  if (i < n && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
  if (i + 1 < n && s[i] == '0' && strchr("xXoObB", s[i + 1])) {
    char k = static_cast<char>(tolower(s[i + 1]));
    int b = k == 'x' ? 16 : k == 'o' ? 8 : 2;
    if (base == 0 || base == b) { base = b; i += 2; }
  }
  if (base == 0) base = 10;
  std::string digits;
  for (size_t k = i; k < n; k++) if (s[k] != '_') digits += s[k];
  BigNum b;
  if (digits.empty() || !BigNum::parse(digits, base, &b))
    return raise(ts, ts.eng.exc[E_ValueError], "invalid literal for int() with base " + std::to_string(base));
  b.neg = neg && !b.is_zero();
  return int_from_big(ts, b);
}

static Value int_new_exact(ThreadState& ts, Value* args, int nargs, Tuple* kw) {
  Engine& e = ts.eng;
  Value a[2];
  if (!parse_args(ts, "int", args, nargs, kw, {"x", "base"}, 0, a)) return Value();
  if (!a[0]) return Value::small(0);
  Value x = a[0];
  if (a[1]) {
    int64_t base;
    if (!as_index(ts, a[1], &base)) return Value();
    if (!is_str(ts, x)) return raise(ts, e.exc[E_TypeError], "int() can't convert non-string with explicit base");
    if (base != 0 && (base < 2 || base > 36)) return raise(ts, e.exc[E_ValueError], "int() base must be >= 2 and <= 36, or 0");
    int64_t v;
    bool of;
    if (!parse_int_text(as_str(x)->s, static_cast<int>(base), &v, &of)) {
      if (of) return parse_big_text(ts, as_str(x)->s, static_cast<int>(base));
      std::string r;
      repr_text(ts, x, r);
      return raise(ts, e.exc[E_ValueError], "invalid literal for int() with base " + std::to_string(base) + ": " + r);
    }
    return make_int(ts, v);
  }
  int64_t v;
  if (int_value(ts, x, &v)) return make_int(ts, v);
  if (is_big(x)) return int_from_big(ts, static_cast<BigIntObj*>(x.obj())->v);
  if (x.is_obj() && x.obj()->type->layout == Layout::Float) {
    double d = static_cast<FloatObj*>(x.obj())->v;
    if (std::isnan(d)) return raise(ts, e.exc[E_ValueError], "cannot convert float NaN to integer");
    if (std::isinf(d)) return raise(ts, e.exc[E_OverflowError], "cannot convert float infinity to integer");
    d = std::trunc(d);
    if (d >= 2.305843009213694e18 || d <= -2.305843009213694e18) return int_from_big(ts, BigNum::from_double(d));
    return make_int(ts, static_cast<int64_t>(d));
  }
  if (is_str(ts, x) || (x.is_obj() && x.obj()->type->layout == Layout::Bytes)) {
    bool of;
    if (!parse_int_text(as_str(x)->s, 10, &v, &of)) {
      if (of) return parse_big_text(ts, as_str(x)->s, 10);
      std::string r;
      repr_text(ts, x, r);
      return raise(ts, e.exc[E_ValueError], "invalid literal for int() with base 10: " + r);
    }
    return make_int(ts, v);
  }
  for (int n : {N_int_, N_index}) {
    Value f = type_lookup(type_of(ts, x), e.names[n]);
    if (f) return call1(ts, f, x);
  }
  return raise(ts, e.exc[E_TypeError],
               "int() argument must be a string, a bytes-like object or a real number, not '" + type_name(ts, x) + "'");
}

// int(x), or a subclass [t]'s instance holding int(x) (a BigIntObj whatever its size).
static Value int_new(ThreadState& ts, Type* t, Value* args, int nargs, Tuple* kw) {
  Value v = int_new_exact(ts, args, nargs, kw);
  if (!v || t == ts.eng.t.int_) return v;
  BigNum b;
  if (!int_big_value(v, &b)) return raise(ts, ts.eng.exc[E_TypeError], "__int__ returned non-int (type " + type_name(ts, v) + ")");
  auto* o = ts.eng.alloc<WithDict<BigIntObj>>(t);
  o->v = std::move(b);
  o->gc_size += static_cast<uint32_t>(o->v.mag.capacity() * 4);
  return Value(o);
}

static Value bool_new(ThreadState& ts, Type*, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(ts, "bool", kw) || !check_nargs(ts, "bool", nargs, 0, 1)) return Value();
  if (nargs == 0) return ts.eng.False;
  int t = truth(ts, args[0]);
  if (t < 0) return Value();
  return bool_value(ts, t);
}

static Value int_bit_length(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (nargs != 1) return raise(ts, ts.eng.exc[E_TypeError], "bit_length() takes no arguments");
  if (is_big(args[0])) return Value::small(static_cast<BigIntObj*>(args[0].obj())->v.bit_length());
  int64_t a = 0;
  int_value(ts, args[0], &a);
  uint64_t u = a < 0 ? static_cast<uint64_t>(-a) : static_cast<uint64_t>(a);
  int n = 0;
  while (u) { n++; u >>= 1; }
  return Value::small(n);
}

// Dunder methods that call the slot, for super().__add__ and friends.
#define IL_INT_DUNDER(m, op)                                                      \
  static Value int_##m(ThreadState& ts, Value* args, int nargs, Tuple*) {        \
    if (nargs != 2) return raise(ts, ts.eng.exc[E_TypeError], "expected 1 argument"); \
    return int_binop(ts, args[0], args[1], BinOp::op);                           \
  }
IL_INT_DUNDER(add, Add)
IL_INT_DUNDER(sub, Sub)
IL_INT_DUNDER(mul, Mul)
#undef IL_INT_DUNDER

static Value int_index_method(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (nargs != 1) return raise(ts, ts.eng.exc[E_TypeError], "expected 0 arguments");
  if (is_big(args[0])) return int_from_big(ts, static_cast<BigIntObj*>(args[0].obj())->v);
  int64_t a = 0;
  int_value(ts, args[0], &a);
  return make_int(ts, a);
}

void init_int(ThreadState& ts) {
  Engine& e = ts.eng;
  for (Type* t : {e.t.int_, e.t.bool_}) {
    t->slots.repr = int_repr;
    t->slots.str = int_repr;
    t->slots.hash = int_hash;
    t->slots.richcompare = int_richcompare;
    t->slots.binop = int_binop;
    t->slots.unop = int_unop;
    t->slots.truth = int_truth;
  }
  e.t.int_->slots.new_ = int_new;
  e.t.bool_->slots.new_ = bool_new;
  e.t.bool_->allow_subclass = false;
  add_method(ts, e.t.int_, "bit_length", int_bit_length);
  add_method(ts, e.t.int_, "__add__", int_add);
  add_method(ts, e.t.int_, "__sub__", int_sub);
  add_method(ts, e.t.int_, "__mul__", int_mul);
  add_method(ts, e.t.int_, "__index__", int_index_method);
}

}  // namespace il
