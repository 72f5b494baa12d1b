// int.cpp: int and bool. Ints are tagged small values (62 bits) on the fast paths and
// BigIntObj (objects/bigint.h) beyond; every result is normalized back to a small int when it
// fits. Bool is an int subclass with two instances.
#include <algorithm>
#include <cmath>
#include <cstring>

#include "objects/bigint.h"
#include "objects/str.h"
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

// [v] as an int of any size: an int, or an object with __index__ (math.gcd, pow, ...).
bool index_big(ThreadState& ts, Value v, BigNum* out) {
  if (int_big_value(v, out)) return true;
  Value f = type_lookup(type_of(ts, v), ts.eng.names[N_index]);
  if (f) {
    Value r = call1(ts, f, v);
    if (!r) return false;
    if (int_big_value(r, out)) return true;
    raise(ts, ts.eng.exc[E_TypeError], "__index__ returned non-int (type " + type_name(ts, r) + ")");
    return false;
  }
  raise(ts, ts.eng.exc[E_TypeError], "'" + type_name(ts, v) + "' object cannot be interpreted as an integer");
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
      double q;
      if (!big_true_divide(a, b, &q)) return raise(ts, e.exc[E_OverflowError], "integer division result too large for a float");
      return new_float(ts, q);
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
      if (a.bit_length() <= 1) {   // 0, 1 and -1: any exponent
        bool odd = !b.is_zero() && (b.mag[0] & 1);
        if (a.is_zero()) return Value::small(b.is_zero() ? 1 : 0);
        return Value::small(a.neg && odd ? -1 : 1);
      }
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
    case BinOp::TrueDiv: {
      if (b == 0) return raise(ts, e.exc[E_ZeroDivisionError], "division by zero");
      const int64_t exact = int64_t(1) << 53;   // both exact as doubles: one rounding
      if (a >= -exact && a <= exact && b >= -exact && b <= exact)
        return new_float(ts, static_cast<double>(a) / static_cast<double>(b));
      return big_binop(ts, va, vb, op);
    }
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

// int against int only: int.__eq__(1.0) is NotImplemented, and float's reflected comparison
// answers (exactly, as CPython's float_richcompare does).
static Value int_richcompare(ThreadState& ts, Value va, Value vb, CmpOp op) {
  if (is_big(va) || is_big(vb)) {
    BigNum x, y;
    if (!int_big_value(va, &x) || !int_big_value(vb, &y)) return ts.eng.NotImplemented;
    return bool_value(ts, cmp_holds(op, big_cmp(x, y), 0));
  }
  int64_t a, b;
  if (!int_value(ts, va, &a) || !int_value(ts, vb, &b)) return ts.eng.NotImplemented;
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

// The zero of every run of ten Unicode decimal digits (category Nd, Unicode 14.0 as in
// CPython 3.11), beyond ASCII.
static const uint32_t kDecimalZeros[] = {
    0x660,   0x6f0,   0x7c0,   0x966,   0x9e6,   0xa66,   0xae6,   0xb66,   0xbe6,   0xc66,
    0xce6,   0xd66,   0xde6,   0xe50,   0xed0,   0xf20,   0x1040,  0x1090,  0x17e0,  0x1810,
    0x1946,  0x19d0,  0x1a80,  0x1a90,  0x1b50,  0x1bb0,  0x1c40,  0x1c50,  0xa620,  0xa8d0,
    0xa900,  0xa9d0,  0xa9f0,  0xaa50,  0xabf0,  0xff10,  0x104a0, 0x10d30, 0x11066, 0x110f0,
    0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650, 0x116c0, 0x11730, 0x118e0, 0x11950,
    0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50, 0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec,
    0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0};

static bool unicode_space(uint32_t c) {
  return c == 0x85 || c == 0xa0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200a) || c == 0x2028 ||
         c == 0x2029 || c == 0x202f || c == 0x205f || c == 0x3000;
}

// CPython's _PyUnicode_TransformDecimalAndSpaceToASCII, for int() and float() of a str: a
// non-ASCII decimal digit becomes its ASCII digit, non-ASCII white space a blank, and any
// other non-ASCII character ends the text with '?' (so the parse fails).
std::string decimal_to_ascii(std::string_view s) {
  std::string out;
  for (size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      out += s[i++];
      continue;
    }
    uint32_t c = utf8_decode(s, i);
    if (unicode_space(c)) {
      out += ' ';
      continue;
    }
    const uint32_t* z = std::upper_bound(std::begin(kDecimalZeros), std::end(kDecimalZeros), c);
    if (z == std::begin(kDecimalZeros) || c - z[-1] > 9) {
      out += '?';
      break;
    }
    out += static_cast<char>('0' + (c - z[-1]));
  }
  return out;
}

// int(text, base) with CPython's syntax: white space, a sign, the base's prefix (base 0 takes
// it from the text, where a decimal literal may not start with 0 unless it is all zeros),
// digits with single underscores between them or right after a prefix, white space. False
// when the text is not a literal in [base]. The value goes to [small] when it fits in int64
// ([*fits] true), else to [big].
static bool parse_int_literal(std::string_view s, int base, int64_t* small, bool* fits, BigNum* big) {
  size_t i = 0, n = s.size();
  while (i < n && isspace(static_cast<unsigned char>(s[i]))) i++;
  while (n > i && isspace(static_cast<unsigned char>(s[n - 1]))) n--;
  bool neg = false;
  if (i < n && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
  char k = i + 1 < n && s[i] == '0' ? static_cast<char>(tolower(static_cast<unsigned char>(s[i + 1]))) : 0;
  int prefix_base = k == 'x' ? 16 : k == 'o' ? 8 : k == 'b' ? 2 : 0;
  bool zeros_only = false;
  if (base == 0) {
    base = prefix_base ? prefix_base : 10;
    zeros_only = !prefix_base && i < n && s[i] == '0';
  }
  bool prefixed = prefix_base && prefix_base == base;
  if (prefixed) i += 2;
  std::string digits;
  bool after_digit = prefixed;   // an underscore may follow a digit or the prefix
  int64_t v = 0;
  *fits = true;
  for (; i < n; i++) {
    char c = s[i];
    if (c == '_') {
      if (!after_digit) return false;
      after_digit = false;
      continue;
    }
    int x = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10 : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : 99;
    if (x >= base || (zeros_only && x != 0)) return false;
    digits += c;
    after_digit = true;
    if (*fits && (__builtin_mul_overflow(v, base, &v) || __builtin_add_overflow(v, x, &v))) *fits = false;
  }
  if (digits.empty() || !after_digit) return false;
  if (*fits) {
    *small = neg ? -v : v;
    return true;
  }
  if (!BigNum::parse(digits, base, big)) return false;
  big->neg = neg;
  return true;
}

// int([text], [base]) for a str or bytes [x]; raises ValueError with CPython's message.
static Value int_from_text(ThreadState& ts, Value x, int base) {
  Str* text = as_str(x);
  BigNum b;
  int64_t v;
  bool fits;
  bool ok = x.obj()->type->layout == Layout::Bytes || text->is_ascii()
                ? parse_int_literal(text->s, base, &v, &fits, &b)
                : parse_int_literal(decimal_to_ascii(text->s), base, &v, &fits, &b);
  if (ok) return fits ? make_int(ts, v) : int_from_big(ts, b);
  std::string r;
  if (!repr_text(ts, x, r)) return Value();
  if (utf8_length(r) > 200) r.resize(utf8_offset(r, 200));   // CPython's %.200R
  return raise(ts, ts.eng.exc[E_ValueError], "invalid literal for int() with base " + std::to_string(base) + ": " + r);
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
    if (!is_str(ts, x) && !(x.is_obj() && x.obj()->type->layout == Layout::Bytes))
      return raise(ts, e.exc[E_TypeError], "int() can't convert non-string with explicit base");
    if (base != 0 && (base < 2 || base > 36)) return raise(ts, e.exc[E_ValueError], "int() base must be >= 2 and <= 36, or 0");
    return int_from_text(ts, x, static_cast<int>(base));
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
  if (is_str(ts, x) || (x.is_obj() && x.obj()->type->layout == Layout::Bytes)) return int_from_text(ts, x, 10);
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

// ---- the numbers.Integral attributes, bit_count, to_bytes and from_bytes ----

// The int itself, a bool as a plain int (True.real is 1): real, numerator, conjugate(), ...
static Value int_self(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, ("int." + std::string(ts.current_native->name)).c_str(), nargs - 1, 0, 0)) return Value();
  if (args[0].is_obj() && args[0].obj()->type->layout == Layout::Bool)
    return Value::small(static_cast<BoolObj*>(args[0].obj())->v);
  return args[0];
}
static Value int_imag(ThreadState&, Value*, int, Tuple*) { return Value::small(0); }
static Value int_denominator(ThreadState&, Value*, int, Tuple*) { return Value::small(1); }

static Value int_float_method(ThreadState& ts, Value* args, int nargs, Tuple*) {
  double d;
  if (!check_nargs(ts, "int.__float__", nargs - 1, 0, 0) || !as_double(ts, args[0], &d)) return Value();
  return new_float(ts, d);
}

static Value int_as_integer_ratio(ThreadState& ts, Value* args, int nargs, Tuple* kw) {
  Value n = int_self(ts, args, nargs, kw);
  if (!n) return n;
  return Value(new_tuple(ts, {n, Value::small(1)}));
}

static Value int_bit_count(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "int.bit_count", nargs - 1, 0, 0)) return Value();
  BigNum b;
  int_big_value(args[0], &b);
  int64_t n = 0;
  for (uint32_t limb : b.mag) n += __builtin_popcount(limb);
  return Value::small(n);
}

// The arguments of to_bytes(length=1, byteorder='big', *, signed=False) and
// from_bytes(bytes, byteorder='big', *, signed=False): [a][0] is the first, null if omitted.
static bool bytes_method_args(ThreadState& ts, const char* fname, Value* args, int nargs, Tuple* kw, Value* a,
                              bool* little, bool* is_signed) {
  if (nargs > 3) {
    raise(ts, ts.eng.exc[E_TypeError], std::string(fname) + "() takes at most 2 positional arguments (" + std::to_string(nargs - 1) + " given)");
    return false;
  }
  bool from = fname[0] == 'f';
  if (!parse_args(ts, fname, args + 1, nargs - 1, kw, {from ? "bytes" : "length", "byteorder", "signed"}, from ? 1 : 0, a))
    return false;
  *little = false;
  if (Value order = a[1]) {
    if (!is_str(ts, order)) {
      raise(ts, ts.eng.exc[E_TypeError], std::string(fname) + "() argument 'byteorder' must be str, not " + type_name(ts, order));
      return false;
    }
    const std::string& o = as_str(order)->s;
    if (o != "big" && o != "little") {
      raise(ts, ts.eng.exc[E_ValueError], "byteorder must be either 'little' or 'big'");
      return false;
    }
    *little = o == "little";
  }
  int t = a[2] ? truth(ts, a[2]) : 0;
  *is_signed = t > 0;
  return t >= 0;
}

static Value int_to_bytes(ThreadState& ts, Value* args, int nargs, Tuple* kw) {
  Engine& e = ts.eng;
  Value a[3];
  int64_t length = 1;
  bool little, is_signed;
  if (!bytes_method_args(ts, "to_bytes", args, nargs, kw, a, &little, &is_signed) || (a[0] && !as_index(ts, a[0], &length)))
    return Value();
  if (length < 0) return raise(ts, e.exc[E_ValueError], "length argument must be non-negative");
  BigNum v;
  int_big_value(args[0], &v);
  if (v.neg && !is_signed) return raise(ts, e.exc[E_OverflowError], "can't convert negative int to unsigned");
  // Bits the value needs: a negative one as two's complement, -2**(k-1) fits k bits.
  BigNum mag = v;
  mag.neg = false;
  int64_t bits = v.neg ? big_sub(mag, BigNum::from_i64(1)).bit_length() : v.bit_length();
  if (bits > 8 * length - (is_signed ? 1 : 0)) return raise(ts, e.exc[E_OverflowError], "int too big to convert");
  if (v.neg) v = big_add(big_lshift(BigNum::from_i64(1), static_cast<uint64_t>(8 * length)), v);
  std::string out(static_cast<size_t>(length), '\0');
  for (size_t i = 0; i < out.size() && i / 4 < v.mag.size(); i++)
    out[little ? i : out.size() - 1 - i] = static_cast<char>(v.mag[i / 4] >> (8 * (i % 4)));
  return new_bytes(ts, std::move(out));
}

static Value int_from_bytes(ThreadState& ts, Value* args, int nargs, Tuple* kw) {
  Engine& e = ts.eng;
  Value a[3];
  bool little, is_signed;
  if (!bytes_method_args(ts, "from_bytes", args, nargs, kw, a, &little, &is_signed)) return Value();
  std::string data;
  Value src = a[0];
  if (src.is_obj() && src.obj()->type->layout == Layout::Bytes) {
    data = as_str(src)->s;
  } else {
    std::vector<Value> items;
    if (is_str(ts, src) || !type_of(ts, src)->slots.iter || !collect_iterable(ts, src, items)) {
      if (!ts.has_error() || error_matches(ts, e.exc[E_TypeError])) {
        take_error(ts);
        return raise(ts, e.exc[E_TypeError], "cannot convert '" + type_name(ts, src) + "' object to bytes");
      }
      return Value();
    }
    for (Value item : items) {
      int64_t byte;
      if (!as_index(ts, item, &byte)) return Value();
      if (byte < 0 || byte > 255) return raise(ts, e.exc[E_ValueError], "bytes must be in range(0, 256)");
      data += static_cast<char>(byte);
    }
  }
  if (!little) std::reverse(data.begin(), data.end());   // now least significant byte first
  BigNum v;
  v.mag.assign((data.size() + 3) / 4, 0);
  for (size_t i = 0; i < data.size(); i++)
    v.mag[i / 4] |= static_cast<uint32_t>(static_cast<unsigned char>(data[i])) << (8 * (i % 4));
  v.trim();
  if (is_signed && !data.empty() && (static_cast<unsigned char>(data.back()) & 0x80))
    v = big_sub(v, big_lshift(BigNum::from_i64(1), 8 * data.size()));
  Value r = int_from_big(ts, v);
  if (args[0] != Value(e.t.int_)) return call1(ts, args[0], r);   // a subclass: cls(value)
  return r;
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
  for (const char* name : {"real", "numerator"}) add_getter(ts, e.t.int_, name, int_self);
  add_getter(ts, e.t.int_, "imag", int_imag);
  add_getter(ts, e.t.int_, "denominator", int_denominator);
  for (const char* name : {"conjugate", "__int__", "__trunc__", "__floor__", "__ceil__"}) add_method(ts, e.t.int_, name, int_self);
  add_method(ts, e.t.int_, "__float__", int_float_method);
  add_method(ts, e.t.int_, "as_integer_ratio", int_as_integer_ratio);
  add_method(ts, e.t.int_, "bit_count", int_bit_count);
  add_method(ts, e.t.int_, "to_bytes", int_to_bytes);
  add_method(ts, e.t.int_, "from_bytes", int_from_bytes);
  as<NativeFunction>(e.t.int_->dict->get_str(e.intern("from_bytes")))->classmethod = true;
}

}  // namespace il
