// float.cpp: float with CPython's shortest round-trip repr, Python's floor division and
// modulo signs, and hashes that agree with equal ints.
#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#include "objects/bigint.h"
#include "vm/api.h"
#include "vm/init.h"

namespace il {

int64_t hash_int(int64_t v);

Value new_float(ThreadState& ts, double d) { return Value(ts.eng.alloc<FloatObj>(ts.eng.t.float_, d)); }

// Shortest digits that round-trip: returns the digit string and the decimal exponent such
// that value = 0.d1d2d3... * 10^exp10.
static void shortest_digits(double v, std::string& digits, int& exp10) {
  char buf[64];
  for (int p = 1; p <= 17; p++) {
    snprintf(buf, sizeof buf, "%.*e", p - 1, v);
    if (strtod(buf, nullptr) == v) break;
  }
  // buf: d.ddddde[+-]XX
  std::string s(buf);
  size_t e = s.find('e');
  std::string mant = s.substr(0, e);
  int ex = atoi(s.c_str() + e + 1);
  digits.clear();
  for (char c : mant) if (c >= '0' && c <= '9') digits += c;
  while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
  exp10 = ex + 1;
}

std::string float_repr_text(double v) {
  if (std::isnan(v)) return "nan";
  if (std::isinf(v)) return v > 0 ? "inf" : "-inf";
  if (v == 0) return std::signbit(v) ? "-0.0" : "0.0";
  std::string out = v < 0 ? "-" : "";
  std::string d;
  int e;
  shortest_digits(std::fabs(v), d, e);
  int decpt = e;  // digits before the point
  if (decpt > 16 || decpt < -3) {
    // Scientific: d.ddde+XX
    out += d[0];
    if (d.size() > 1) { out += '.'; out += d.substr(1); }
    int x = decpt - 1;
    char buf[16];
    snprintf(buf, sizeof buf, "e%c%02d", x < 0 ? '-' : '+', x < 0 ? -x : x);
    out += buf;
    return out;
  }
  if (decpt <= 0) {
    out += "0." + std::string(static_cast<size_t>(-decpt), '0') + d;
  } else if (static_cast<size_t>(decpt) >= d.size()) {
    out += d + std::string(static_cast<size_t>(decpt) - d.size(), '0') + ".0";
  } else {
    out += d.substr(0, static_cast<size_t>(decpt)) + "." + d.substr(static_cast<size_t>(decpt));
  }
  return out;
}

static Value float_repr(ThreadState& ts, Value v) { return new_str(ts, float_repr_text(static_cast<FloatObj*>(v.obj())->v)); }

// [v] as a double without calling Python code: 1 for a float or int, 0 for another type, -1
// with OverflowError pending for an int too large.
static int to_double_noconv(ThreadState& ts, Value v, double* out) {
  if (v.is_small()) { *out = static_cast<double>(v.small_value()); return 1; }
  Layout l = v.obj()->type->layout;
  if (l == Layout::Float) { *out = static_cast<FloatObj*>(v.obj())->v; return 1; }
  if (l == Layout::Bool || l == Layout::Int) return as_double(ts, v, out) ? 1 : -1;
  return 0;
}

Value float_binop_values(ThreadState& ts, double a, double b, BinOp op) {
  Engine& e = ts.eng;
  switch (op) {
    case BinOp::Add: return new_float(ts, a + b);
    case BinOp::Sub: return new_float(ts, a - b);
    case BinOp::Mul: return new_float(ts, a * b);
    case BinOp::TrueDiv:
      if (b == 0) return raise(ts, e.exc[E_ZeroDivisionError], "float division by zero");
      return new_float(ts, a / b);
    case BinOp::FloorDiv: {
      if (b == 0) return raise(ts, e.exc[E_ZeroDivisionError], "float floor division by zero");
      double m = std::fmod(a, b);
      double div = (a - m) / b;
      if (m != 0 && ((b < 0) != (m < 0))) div -= 1.0;
      double fl = std::floor(div);
      if (div - fl > 0.5) fl += 1.0;
      if (div == 0) fl = std::copysign(0.0, a / b);
      return new_float(ts, fl);
    }
    case BinOp::Mod: {
      if (b == 0) return raise(ts, e.exc[E_ZeroDivisionError], "float modulo");
      double m = std::fmod(a, b);
      if (m != 0) { if ((b < 0) != (m < 0)) m += b; }
      else m = std::copysign(0.0, b);
      return new_float(ts, m);
    }
    case BinOp::Pow: {
      if (a == 0 && b < 0) return raise(ts, e.exc[E_ZeroDivisionError], "0.0 cannot be raised to a negative power");
      if (a < 0 && b != std::floor(b))
        return raise(ts, e.exc[E_ValueError], "complex results are not supported by Interleave");
      double r = std::pow(a, b);
      if (std::isinf(r) && !std::isinf(a)) return raise(ts, e.exc[E_OverflowError], "(34, 'Numerical result out of range')");
      return new_float(ts, r);
    }
    default: return e.NotImplemented;
  }
}

static Value float_binop(ThreadState& ts, Value va, Value vb, BinOp op) {
  double a, b;
  int ka = to_double_noconv(ts, va, &a);
  int kb = ka > 0 ? to_double_noconv(ts, vb, &b) : 0;
  if (ka < 0 || kb < 0) return Value();
  if (!ka || !kb) return ts.eng.NotImplemented;
  return float_binop_values(ts, a, b, op);
}

static Value float_unop(ThreadState& ts, Value v, UnOp op) {
  double a = static_cast<FloatObj*>(v.obj())->v;
  if (op == UnOp::Neg) return new_float(ts, -a);
  if (op == UnOp::Pos) return new_float(ts, a);
  return ts.eng.NotImplemented;
}

int int_float_cmp(int64_t x, double y);
std::string decimal_to_ascii(std::string_view s);

static Value float_richcompare(ThreadState& ts, Value va, Value vb, CmpOp op) {
  double x = static_cast<FloatObj*>(va.obj())->v;
  if (vb.is_obj() && vb.obj()->type->layout == Layout::Float)
    return bool_value(ts, cmp_holds(op, x, static_cast<FloatObj*>(vb.obj())->v));
  // Against an int: exact, the int is never rounded to a float.
  if (!is_int(ts, vb)) return ts.eng.NotImplemented;
  if (std::isnan(x)) return bool_value(ts, op == CmpOp::Ne);
  int c;
  if (vb.is_small() || vb.obj()->type->layout == Layout::Bool) {
    c = -int_float_cmp(vb.is_small() ? vb.small_value() : (vb == ts.eng.True ? 1 : 0), x);
  } else {
    c = -big_cmp_double(static_cast<BigIntObj*>(vb.obj())->v, x);
  }
  return bool_value(ts, cmp_holds(op, c, 0));
}

static bool float_hash(ThreadState&, Value v, int64_t* out) {
  double d = static_cast<FloatObj*>(v.obj())->v;
  if (std::isinf(d)) { *out = d > 0 ? 314159 : -314159; return true; }
  if (std::isnan(d)) { *out = static_cast<int64_t>(v.raw() >> 4); return true; }
  if (d == std::floor(d) && std::fabs(d) < 9e18) { *out = hash_int(static_cast<int64_t>(d)); return true; }
  // CPython's algorithm for non-integral values.
  const int64_t P = (int64_t(1) << 61) - 1;
  int e;
  double m = std::frexp(d, &e);
  int sign = 1;
  if (m < 0) { sign = -1; m = -m; }
  uint64_t x = 0;
  while (m) {
    x = ((x << 28) & static_cast<uint64_t>(P)) | x >> (61 - 28);
    m *= 268435456.0;
    e -= 28;
    uint64_t y = static_cast<uint64_t>(m);
    m -= static_cast<double>(y);
    x += y;
    if (x >= static_cast<uint64_t>(P)) x -= static_cast<uint64_t>(P);
  }
  e = e >= 0 ? e % 61 : 61 - 1 - ((-1 - e) % 61);
  x = ((x << e) & static_cast<uint64_t>(P)) | x >> (61 - e);
  int64_t h = static_cast<int64_t>(x) * sign;
  if (h == -1) h = -2;
  *out = h;
  return true;
}

static int float_truth(ThreadState&, Value v) { return static_cast<FloatObj*>(v.obj())->v != 0; }

static Value float_new_exact(ThreadState& ts, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(ts, "float", kw) || !check_nargs(ts, "float", nargs, 0, 1)) return Value();
  if (nargs == 0) return new_float(ts, 0.0);
  Value x = args[0];
  if (is_str(ts, x)) {
    Str* xs = as_str(x);
    std::string s = xs->is_ascii() ? xs->s : decimal_to_ascii(xs->s);
    size_t b = 0, e = s.size();
    while (b < e && isspace(static_cast<unsigned char>(s[b]))) b++;
    while (e > b && isspace(static_cast<unsigned char>(s[e - 1]))) e--;
    std::string t;
    for (size_t i = b; i < e; i++) if (s[i] != '_') t += static_cast<char>(tolower(static_cast<unsigned char>(s[i])));
    std::string body = t;
    if (!body.empty() && (body[0] == '+' || body[0] == '-')) body = body.substr(1);
    if (body == "inf" || body == "infinity" || body == "nan") {
      double d = body == "nan" ? NAN : INFINITY;
      return new_float(ts, t[0] == '-' ? -d : d);
    }
    char* end = nullptr;
    double d = t.empty() ? 0 : strtod(t.c_str(), &end);
    bool hexlike = t.find('x') != std::string::npos;
    if (t.empty() || hexlike || end != t.c_str() + t.size()) {
      std::string r;
      repr_text(ts, x, r);
      return raise(ts, ts.eng.exc[E_ValueError], "could not convert string to float: " + r);
    }
    return new_float(ts, d);
  }
  double d;
  int k = to_double_noconv(ts, x, &d);
  if (k < 0) return Value();
  if (k) return new_float(ts, d);
  Value f = type_lookup(type_of(ts, x), ts.eng.names[N_float_]);
  if (f) return call1(ts, f, x);
  f = type_lookup(type_of(ts, x), ts.eng.names[N_index]);
  if (f) {
    int64_t i;
    if (!as_index(ts, x, &i)) return Value();
    return new_float(ts, static_cast<double>(i));
  }
  return raise(ts, ts.eng.exc[E_TypeError], "float() argument must be a string or a real number, not '" + type_name(ts, x) + "'");
}

// float(x), or a subclass [t]'s instance holding float(x).
static Value float_new(ThreadState& ts, Type* t, Value* args, int nargs, Tuple* kw) {
  Value v = float_new_exact(ts, args, nargs, kw);
  if (!v || t == ts.eng.t.float_) return v;
  if (!v.is_obj() || v.obj()->type->layout != Layout::Float)
    return raise(ts, ts.eng.exc[E_TypeError], "__float__ returned non-float (type " + type_name(ts, v) + ")");
  return Value(ts.eng.alloc<WithDict<FloatObj>>(t, static_cast<FloatObj*>(v.obj())->v));
}

static Value float_is_integer(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (nargs != 1) return raise(ts, ts.eng.exc[E_TypeError], "is_integer() takes no arguments");
  double d = static_cast<FloatObj*>(args[0].obj())->v;
  return bool_value(ts, std::isfinite(d) && d == std::floor(d));
}

// ---- the numbers.Real attributes, as_integer_ratio, hex and fromhex ----

static double self_double(Value v) { return static_cast<FloatObj*>(v.obj())->v; }

// real, conjugate(), __float__: the float itself.
static Value float_self(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, ("float." + std::string(ts.current_native->name)).c_str(), nargs - 1, 0, 0)) return Value();
  return args[0];
}
static Value float_imag(ThreadState& ts, Value*, int, Tuple*) { return new_float(ts, 0.0); }

// __int__ and __trunc__: int(x).
static Value float_int(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, ("float." + std::string(ts.current_native->name)).c_str(), nargs - 1, 0, 0)) return Value();
  return call1(ts, Value(ts.eng.t.int_), args[0]);
}

Value int_from_big(ThreadState& ts, const BigNum& b);

static Value float_as_integer_ratio(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "float.as_integer_ratio", nargs - 1, 0, 0)) return Value();
  double d = self_double(args[0]);
  if (std::isinf(d)) return raise(ts, ts.eng.exc[E_OverflowError], "cannot convert Infinity to integer ratio");
  if (std::isnan(d)) return raise(ts, ts.eng.exc[E_ValueError], "cannot convert NaN to integer ratio");
  int e;
  double m = std::frexp(d, &e);
  for (int i = 0; i < 300 && m != std::floor(m); i++) {   // CPython's loop: m becomes integral
    m *= 2.0;
    e--;
  }
  BigNum num = BigNum::from_double(m), den = BigNum::from_i64(1);
  if (e > 0) num = big_lshift(num, static_cast<uint64_t>(e));
  else den = big_lshift(den, static_cast<uint64_t>(-e));
  Value n = int_from_big(ts, num);
  Root r(ts, n);
  Value dv = int_from_big(ts, den);
  return Value(new_tuple(ts, {n, dv}));
}

// CPython's float.hex: 0x1.<13 hex digits>p<exp>, subnormals as 0x0.<digits>p-1022.
static Value float_hex(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "float.hex", nargs - 1, 0, 0)) return Value();
  double x = self_double(args[0]);
  if (std::isnan(x) || std::isinf(x)) return new_str(ts, float_repr_text(x));
  if (x == 0) return new_str(ts, std::signbit(x) ? "-0x0.0p+0" : "0x0.0p+0");
  int e;
  double m = std::frexp(std::fabs(x), &e);
  int shift = 1 - std::max(DBL_MIN_EXP - e, 0);
  m = std::ldexp(m, shift);
  e -= shift;
  const char* hex = "0123456789abcdef";
  std::string out = x < 0 ? "-0x" : "0x";
  out += hex[static_cast<int>(m)];
  m -= static_cast<int>(m);
  out += '.';
  for (int i = 0; i < (DBL_MANT_DIG + 2 - (DBL_MANT_DIG + 2) % 4) / 4; i++) {
    m *= 16.0;
    out += hex[static_cast<int>(m)];
    m -= static_cast<int>(m);
  }
  out += 'p';
  out += e < 0 ? '-' : '+';
  out += std::to_string(e < 0 ? -e : e);
  return new_str(ts, out);
}

// float.fromhex(s): [ws] [sign] (inf | infinity | nan | [0x] hex digits [. hex digits]
// [p [sign] decimal digits]) [ws]; checked here, converted (correctly rounded) by strtod.
static Value float_fromhex(ThreadState& ts, Value* args, int nargs, Tuple*) {
  Engine& e = ts.eng;
  if (!check_nargs(ts, "float.fromhex", nargs - 1, 1, 1)) return Value();
  if (!is_str(ts, args[1])) return raise(ts, e.exc[E_TypeError], "fromhex() argument must be str, not " + type_name(ts, args[1]));
  const std::string& s = as_str(args[1])->s;
  size_t i = 0, n = s.size();
  while (i < n && isspace(static_cast<unsigned char>(s[i]))) i++;
  while (n > i && isspace(static_cast<unsigned char>(s[n - 1]))) n--;
  bool neg = false;
  if (i < n && (s[i] == '+' || s[i] == '-')) neg = s[i++] == '-';
  std::string word;
  for (size_t k = i; k < n; k++) word += static_cast<char>(tolower(static_cast<unsigned char>(s[k])));
  double d;
  if (word == "inf" || word == "infinity" || word == "nan") {
    d = word == "nan" ? NAN : INFINITY;
  } else {
    if (word.compare(0, 2, "0x") == 0) i += 2;
    std::string text = "0x";
    size_t digits = 0;
    for (; i < n && isxdigit(static_cast<unsigned char>(s[i])); i++, digits++) text += s[i];
    if (i < n && s[i] == '.') {
      text += s[i++];
      for (; i < n && isxdigit(static_cast<unsigned char>(s[i])); i++, digits++) text += s[i];
    }
    bool ok = digits > 0;
    if (ok && i < n && (s[i] == 'p' || s[i] == 'P')) {
      text += s[i++];
      if (i < n && (s[i] == '+' || s[i] == '-')) text += s[i++];
      size_t exp_digits = 0;
      for (; i < n && isdigit(static_cast<unsigned char>(s[i])); i++, exp_digits++) text += s[i];
      ok = exp_digits > 0;
    }
    if (!ok || i != n) return raise(ts, e.exc[E_ValueError], "invalid hexadecimal floating-point string");
    d = std::strtod(text.c_str(), nullptr);
    if (std::isinf(d)) return raise(ts, e.exc[E_OverflowError], "hexadecimal value too large to represent as a float");
  }
  Value r = new_float(ts, neg ? -d : d);
  if (args[0] != Value(e.t.float_)) return call1(ts, args[0], r);   // a subclass: cls(value)
  return r;
}

void init_float(ThreadState& ts) {
  Type* t = ts.eng.t.float_;
  t->slots.repr = float_repr;
  t->slots.str = float_repr;
  t->slots.binop = float_binop;
  t->slots.unop = float_unop;
  t->slots.richcompare = float_richcompare;
  t->slots.hash = float_hash;
  t->slots.truth = float_truth;
  t->slots.new_ = float_new;
  add_method(ts, t, "is_integer", float_is_integer);
  add_getter(ts, t, "real", float_self);
  add_getter(ts, t, "imag", float_imag);
  for (const char* name : {"conjugate", "__float__"}) add_method(ts, t, name, float_self);
  for (const char* name : {"__int__", "__trunc__"}) add_method(ts, t, name, float_int);
  add_method(ts, t, "as_integer_ratio", float_as_integer_ratio);
  add_method(ts, t, "hex", float_hex);
  add_method(ts, t, "fromhex", float_fromhex);
  as<NativeFunction>(t->dict->get_str(ts.eng.intern("fromhex")))->classmethod = true;
}

}  // namespace il
