// mod_math.cpp: the math module over the C library, with CPython's error messages for
// domain and range errors; the integer functions (gcd, lcm, isqrt, factorial, comb, perm)
// take and give ints of any size.
#include <cmath>
#include <limits>

#include "objects/bigint.h"
#include "vm/api.h"
#include "vm/import.h"

namespace il {

static bool arg_double(ThreadState& ts, Value v, double* out) {
  if (!as_double(ts, v, out)) {
    take_error(ts);
    raise(ts, ts.eng.exc[E_TypeError], "must be real number, not " + type_name(ts, v));
    return false;
  }
  return true;
}

static Value domain_error(ThreadState& ts) { return raise(ts, ts.eng.exc[E_ValueError], "math domain error"); }
static Value range_error(ThreadState& ts) { return raise(ts, ts.eng.exc[E_OverflowError], "math range error"); }

// Wraps a one-argument libm function: NaN from a non-NaN input is a domain error; an
// infinite result from a finite input is a range error (CPython's math_1).
static Value math1(ThreadState& ts, Value* args, int nargs, const char* name, double (*f)(double), bool can_overflow) {
  if (!check_nargs(ts, name, nargs, 1, 1)) return Value();
  double x;
  if (!arg_double(ts, args[0], &x)) return Value();
  double r = f(x);
  if (std::isnan(r) && !std::isnan(x)) return domain_error(ts);
  if (std::isinf(r) && std::isfinite(x)) return can_overflow ? range_error(ts) : domain_error(ts);
  return new_float(ts, r);
}

#define M1(name, fn, ovf) \
  static Value m_##name(ThreadState& ts, Value* a, int n, Tuple*) { return math1(ts, a, n, #name, fn, ovf); }
static double d_sqrt(double x) { return std::sqrt(x); }
static double d_exp(double x) { return std::exp(x); }
static double d_sin(double x) { return std::sin(x); }
static double d_cos(double x) { return std::cos(x); }
static double d_tan(double x) { return std::tan(x); }
static double d_asin(double x) { return std::asin(x); }
static double d_acos(double x) { return std::acos(x); }
static double d_atan(double x) { return std::atan(x); }
static double d_sinh(double x) { return std::sinh(x); }
static double d_cosh(double x) { return std::cosh(x); }
static double d_tanh(double x) { return std::tanh(x); }
static double d_fabs(double x) { return std::fabs(x); }
static double d_log2(double x) { return x <= 0 ? NAN : std::log2(x); }
static double d_log10(double x) { return x <= 0 ? NAN : std::log10(x); }
static double d_log1p(double x) { return x <= -1 ? NAN : std::log1p(x); }
static double d_expm1(double x) { return std::expm1(x); }
static double d_degrees(double x) { return x * (180.0 / M_PI); }
static double d_radians(double x) { return x * (M_PI / 180.0); }
static double d_erf(double x) { return std::erf(x); }
static double d_gamma(double x) { return (x <= 0 && x == std::floor(x)) ? NAN : std::tgamma(x); }
static double d_lgamma(double x) { return (x <= 0 && x == std::floor(x)) ? INFINITY : std::lgamma(x); }
M1(sqrt, d_sqrt, false)
M1(exp, d_exp, true)
M1(sin, d_sin, false)
M1(cos, d_cos, false)
M1(tan, d_tan, false)
M1(asin, d_asin, false)
M1(acos, d_acos, false)
M1(atan, d_atan, false)
M1(sinh, d_sinh, true)
M1(cosh, d_cosh, true)
M1(tanh, d_tanh, false)
M1(fabs, d_fabs, false)
M1(log2, d_log2, false)
M1(log10, d_log10, false)
M1(log1p, d_log1p, false)
M1(expm1, d_expm1, true)
M1(degrees, d_degrees, true)
M1(radians, d_radians, false)
M1(erf, d_erf, false)
M1(gamma, d_gamma, true)
M1(lgamma, d_lgamma, true)
#undef M1

static Value m_log(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "log", nargs, 1, 2)) return Value();
  double x;
  if (!arg_double(ts, args[0], &x)) return Value();
  if (x <= 0) return domain_error(ts);
  double r = std::log(x);
  if (nargs == 2) {
    double b;
    if (!arg_double(ts, args[1], &b)) return Value();
    if (b <= 0) return domain_error(ts);
    double lb = std::log(b);
    if (lb == 0) return raise(ts, ts.eng.exc[E_ZeroDivisionError], "float division by zero");
    r /= lb;
  }
  return new_float(ts, r);
}

Value int_from_big(ThreadState& ts, const BigNum& b);
bool int_big_value(Value v, BigNum* out);

static Value to_int_result(ThreadState& ts, double d) {
  if (std::isnan(d)) return raise(ts, ts.eng.exc[E_ValueError], "cannot convert float NaN to integer");
  if (std::isinf(d)) return raise(ts, ts.eng.exc[E_OverflowError], "cannot convert float infinity to integer");
  if (std::fabs(d) > 2.0e18) return int_from_big(ts, BigNum::from_double(d));
  return make_int(ts, static_cast<int64_t>(d));
}

static Value rounding(ThreadState& ts, Value* args, int nargs, const char* name, double (*f)(double), int dunder) {
  if (!check_nargs(ts, name, nargs, 1, 1)) return Value();
  Value x = args[0];
  if (is_int(ts, x)) {
    BigNum b;
    int_big_value(x, &b);
    return int_from_big(ts, b);
  }
  if (!(x.is_obj() && x.obj()->type->layout == Layout::Float)) {
    Value m = type_lookup(type_of(ts, x), ts.eng.intern(dunder == 0 ? "__floor__" : dunder == 1 ? "__ceil__" : "__trunc__"));
    if (m) return call1(ts, m, x);
  }
  double d;
  if (!arg_double(ts, x, &d)) return Value();
  return to_int_result(ts, f(d));
}
static double d_floor(double x) { return std::floor(x); }
static double d_ceil(double x) { return std::ceil(x); }
static double d_trunc(double x) { return std::trunc(x); }
static Value m_floor(ThreadState& ts, Value* a, int n, Tuple*) { return rounding(ts, a, n, "floor", d_floor, 0); }
static Value m_ceil(ThreadState& ts, Value* a, int n, Tuple*) { return rounding(ts, a, n, "ceil", d_ceil, 1); }
static Value m_trunc(ThreadState& ts, Value* a, int n, Tuple*) { return rounding(ts, a, n, "trunc", d_trunc, 2); }

static Value two_doubles(ThreadState& ts, Value* args, int nargs, const char* name, double* a, double* b) {
  if (!check_nargs(ts, name, nargs, 2, 2)) return Value();
  if (!arg_double(ts, args[0], a) || !arg_double(ts, args[1], b)) return Value();
  return ts.eng.None;
}

static Value m_pow(ThreadState& ts, Value* args, int nargs, Tuple*) {
  double x, y;
  if (!two_doubles(ts, args, nargs, "pow", &x, &y)) return Value();
  if (x == 0 && y < 0) return domain_error(ts);
  if (x < 0 && y != std::floor(y) && std::isfinite(y)) return domain_error(ts);
  double r = std::pow(x, y);
  if (std::isinf(r) && std::isfinite(x) && std::isfinite(y)) return range_error(ts);
  return new_float(ts, r);
}
static Value m_atan2(ThreadState& ts, Value* args, int nargs, Tuple*) {
  double y, x;
  if (!two_doubles(ts, args, nargs, "atan2", &y, &x)) return Value();
  return new_float(ts, std::atan2(y, x));
}
static Value m_fmod(ThreadState& ts, Value* args, int nargs, Tuple*) {
  double x, y;
  if (!two_doubles(ts, args, nargs, "fmod", &x, &y)) return Value();
  if (y == 0 && !std::isnan(x)) return domain_error(ts);
  return new_float(ts, std::fmod(x, y));
}
static Value m_copysign(ThreadState& ts, Value* args, int nargs, Tuple*) {
  double x, y;
  if (!two_doubles(ts, args, nargs, "copysign", &x, &y)) return Value();
  return new_float(ts, std::copysign(x, y));
}
static Value m_hypot(ThreadState& ts, Value* args, int nargs, Tuple*) {
  double acc = 0;
  for (int i = 0; i < nargs; i++) {
    double v;
    if (!arg_double(ts, args[i], &v)) return Value();
    acc = std::hypot(acc, v);
  }
  return new_float(ts, acc);
}
static Value m_isfinite(ThreadState& ts, Value* args, int nargs, Tuple*) {
  double x;
  if (!check_nargs(ts, "isfinite", nargs, 1, 1) || !arg_double(ts, args[0], &x)) return Value();
  return bool_value(ts, std::isfinite(x));
}
static Value m_isinf(ThreadState& ts, Value* args, int nargs, Tuple*) {
  double x;
  if (!check_nargs(ts, "isinf", nargs, 1, 1) || !arg_double(ts, args[0], &x)) return Value();
  return bool_value(ts, std::isinf(x));
}
static Value m_isnan(ThreadState& ts, Value* args, int nargs, Tuple*) {
  double x;
  if (!check_nargs(ts, "isnan", nargs, 1, 1) || !arg_double(ts, args[0], &x)) return Value();
  return bool_value(ts, std::isnan(x));
}
static Value m_isclose(ThreadState& ts, Value* args, int nargs, Tuple* kw) {
  Value a[4];
  if (!parse_args(ts, "isclose", args, nargs, kw, {"a", "b", "rel_tol", "abs_tol"}, 2, a)) return Value();
  double x, y, rel = 1e-9, abs_tol = 0;
  if (!arg_double(ts, a[0], &x) || !arg_double(ts, a[1], &y)) return Value();
  if (a[2] && !arg_double(ts, a[2], &rel)) return Value();
  if (a[3] && !arg_double(ts, a[3], &abs_tol)) return Value();
  if (rel < 0 || abs_tol < 0) return raise(ts, ts.eng.exc[E_ValueError], "tolerances must be non-negative");
  if (x == y) return ts.eng.True;
  if (std::isinf(x) || std::isinf(y)) return ts.eng.False;
  double diff = std::fabs(y - x);
  return bool_value(ts, diff <= std::fabs(rel * y) || diff <= std::fabs(rel * x) || diff <= abs_tol);
}
static Value m_modf(ThreadState& ts, Value* args, int nargs, Tuple*) {
  double x;
  if (!check_nargs(ts, "modf", nargs, 1, 1) || !arg_double(ts, args[0], &x)) return Value();
  double ip;
  double fp = std::modf(x, &ip);
  Value a = new_float(ts, fp);
  Root r(ts, a);
  Value b = new_float(ts, ip);
  Root r2(ts, b);
  return Value(new_tuple(ts, {a, b}));
}
static Value m_frexp(ThreadState& ts, Value* args, int nargs, Tuple*) {
  double x;
  if (!check_nargs(ts, "frexp", nargs, 1, 1) || !arg_double(ts, args[0], &x)) return Value();
  int e;
  double m = std::frexp(x, &e);
  Value a = new_float(ts, m);
  Root r(ts, a);
  return Value(new_tuple(ts, {a, Value::small(e)}));
}
static Value m_ldexp(ThreadState& ts, Value* args, int nargs, Tuple*) {
  double x;
  int64_t i;
  if (!check_nargs(ts, "ldexp", nargs, 2, 2) || !arg_double(ts, args[0], &x) || !as_index(ts, args[1], &i)) return Value();
  double r = std::ldexp(x, static_cast<int>(i > 100000 ? 100000 : i < -100000 ? -100000 : i));
  if (std::isinf(r) && std::isfinite(x)) return range_error(ts);
  return new_float(ts, r);
}

static Value int_args(ThreadState& ts, Value* args, int nargs, const char* name, std::vector<int64_t>& out) {
  for (int i = 0; i < nargs; i++) {
    int64_t v;
    if (!is_int(ts, args[i]) && !type_lookup(type_of(ts, args[i]), ts.eng.names[N_index]))
      return raise(ts, ts.eng.exc[E_TypeError], "'" + type_name(ts, args[i]) + "' object cannot be interpreted as an integer");
    if (!as_index(ts, args[i], &v)) return Value();
    out.push_back(v);
  }
  (void)name;
  return ts.eng.None;
}
bool index_big(ThreadState& ts, Value v, BigNum* out);

// gcd and lcm of any number of ints, of any size.
static Value gcd_lcm(ThreadState& ts, Value* args, int nargs, bool lcm) {
  BigNum acc = BigNum::from_i64(lcm ? 1 : 0), x;
  for (int i = 0; i < nargs; i++) {
    if (!index_big(ts, args[i], &x)) return Value();
    if (!lcm) {
      acc = big_gcd(acc, x);
    } else if (x.is_zero() || acc.is_zero()) {
      acc = BigNum();
    } else {
      BigNum q;
      big_divmod(acc, big_gcd(acc, x), &q, nullptr);
      acc = big_mul(q, x);
      acc.neg = false;
    }
  }
  return int_from_big(ts, acc);
}
static Value m_gcd(ThreadState& ts, Value* a, int n, Tuple*) { return gcd_lcm(ts, a, n, false); }
static Value m_lcm(ThreadState& ts, Value* a, int n, Tuple*) { return gcd_lcm(ts, a, n, true); }
static Value m_factorial(ThreadState& ts, Value* args, int nargs, Tuple*) {
  std::vector<int64_t> v;
  if (!check_nargs(ts, "factorial", nargs, 1, 1)) return Value();
  if (args[0].is_obj() && args[0].obj()->type->layout == Layout::Float)
    return raise(ts, ts.eng.exc[E_TypeError], "'float' object cannot be interpreted as an integer");
  if (!int_args(ts, args, 1, "factorial", v)) return Value();
  if (v[0] < 0) return raise(ts, ts.eng.exc[E_ValueError], "factorial() not defined for negative values");
  if (v[0] > 20000) return raise_no_memory(ts);
  BigNum r = BigNum::from_i64(1);
  for (int64_t i = 2; i <= v[0]; i++) r = big_mul(r, BigNum::from_i64(i));
  return int_from_big(ts, r);
}
static Value m_comb_perm(ThreadState& ts, Value* args, int nargs, bool comb) {
  std::vector<int64_t> v;
  if (!check_nargs(ts, comb ? "comb" : "perm", nargs, comb ? 2 : 1, 2) || !int_args(ts, args, nargs, "comb", v)) return Value();
  int64_t n = v[0], k = v.size() > 1 ? v[1] : v[0];
  if (n < 0) return raise(ts, ts.eng.exc[E_ValueError], "n must be a non-negative integer");
  if (k < 0) return raise(ts, ts.eng.exc[E_ValueError], "k must be a non-negative integer");
  if (k > n) return Value::small(0);
  if (comb && k > n - k) k = n - k;
  if (k > 100000) return raise_no_memory(ts);
  BigNum r = BigNum::from_i64(1);
  for (int64_t i = 0; i < k; i++) {
    r = big_mul(r, BigNum::from_i64(n - i));
    if (comb) big_divmod(r, BigNum::from_i64(i + 1), &r, nullptr);
  }
  return int_from_big(ts, r);
}
static Value m_comb(ThreadState& ts, Value* a, int n, Tuple*) { return m_comb_perm(ts, a, n, true); }
static Value m_perm(ThreadState& ts, Value* a, int n, Tuple*) { return m_comb_perm(ts, a, n, false); }
static Value m_isqrt(ThreadState& ts, Value* args, int nargs, Tuple*) {
  BigNum n;
  if (!check_nargs(ts, "isqrt", nargs, 1, 1) || !index_big(ts, args[0], &n)) return Value();
  if (n.neg) return raise(ts, ts.eng.exc[E_ValueError], "isqrt() argument must be nonnegative");
  return int_from_big(ts, big_isqrt(n));
}
static Value m_prod(ThreadState& ts, Value* args, int nargs, Tuple* kw) {
  Value a[2];
  if (!parse_args(ts, "prod", args, nargs, kw, {"iterable", "start"}, 1, a)) return Value();
  std::vector<Value> items;
  if (!collect_iterable(ts, a[0], items)) return Value();
  List* keep = new_list(ts, items);
  Root r(ts, Value(keep));
  Value acc = a[1] ? a[1] : Value::small(1);
  Root r2(ts, acc);
  for (Value v : items) {
    acc = binary_op(ts, acc, v, static_cast<int>(BinOp::Mul));
    if (!acc) return acc;
    r2.set(acc);
  }
  return acc;
}
static Value m_fsum(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "fsum", nargs, 1, 1)) return Value();
  std::vector<Value> items;
  if (!collect_iterable(ts, args[0], items)) return Value();
  // Shewchuk's exact summation of partials, as CPython's msum.
  std::vector<double> partials;
  for (Value v : items) {
    double x;
    if (!arg_double(ts, v, &x)) return Value();
    size_t i = 0;
    for (double y : partials) {
      if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
      double hi = x + y;
      double lo = y - (hi - x);
      if (lo != 0.0) partials[i++] = lo;
      x = hi;
    }
    partials.resize(i);
    partials.push_back(x);
  }
  double total = 0;
  for (double p : partials) total += p;
  return new_float(ts, total);
}
static Value m_dist(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "dist", nargs, 2, 2)) return Value();
  std::vector<Value> p, q;
  if (!collect_iterable(ts, args[0], p) || !collect_iterable(ts, args[1], q)) return Value();
  if (p.size() != q.size()) return raise(ts, ts.eng.exc[E_ValueError], "both points must have the same number of dimensions");
  double acc = 0;
  for (size_t i = 0; i < p.size(); i++) {
    double a, b;
    if (!arg_double(ts, p[i], &a) || !arg_double(ts, q[i], &b)) return Value();
    acc = std::hypot(acc, a - b);
  }
  return new_float(ts, acc);
}

static Value make_math_module(ThreadState& ts) {
  Module* m = new_module(ts, "math");
  Root r(ts, Value(m));
  Dict* d = m->dict;
#define F(n) add_function(ts, d, #n, m_##n)
  F(sqrt); F(exp); F(sin); F(cos); F(tan); F(asin); F(acos); F(atan); F(sinh); F(cosh); F(tanh); F(fabs);
  F(log2); F(log10); F(log1p); F(expm1); F(degrees); F(radians); F(erf); F(gamma); F(lgamma); F(log);
  F(floor); F(ceil); F(trunc); F(pow); F(atan2); F(fmod); F(copysign); F(hypot); F(isfinite); F(isinf);
  F(isnan); F(isclose); F(modf); F(frexp); F(ldexp); F(gcd); F(lcm); F(factorial); F(comb); F(perm);
  F(isqrt); F(prod); F(fsum); F(dist);
#undef F
  d->set_str(ts.eng.intern("pi"), new_float(ts, M_PI));
  d->set_str(ts.eng.intern("e"), new_float(ts, M_E));
  d->set_str(ts.eng.intern("tau"), new_float(ts, 2 * M_PI));
  d->set_str(ts.eng.intern("inf"), new_float(ts, INFINITY));
  d->set_str(ts.eng.intern("nan"), new_float(ts, NAN));
  return Value(m);
}

void register_math_module(Engine& e) { register_native_module(e, "math", make_math_module); }

}  // namespace il
