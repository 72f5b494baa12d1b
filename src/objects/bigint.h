// bigint.h: arbitrary-precision integers. BigNum is the arithmetic (sign + base-2^32 limbs);
// BigIntObj is the heap int for values outside the tagged small range. Results that fit a
// small int are always returned as small ints, so a BigIntObj is never in the small range.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "objects/object.h"

namespace il {

struct BigNum {
  bool neg = false;
  std::vector<uint32_t> mag;   // little-endian limbs, no high zero limbs; zero is empty

  static BigNum from_i64(int64_t v);
  static BigNum from_double(double d);   // truncates; d must be finite
  // Parses digits in [base] (no sign, no prefix, no underscores). False on a bad digit.
  static bool parse(std::string_view digits, int base, BigNum* out);
  bool is_zero() const { return mag.empty(); }
  bool to_i64(int64_t* out) const;       // false if it does not fit
  double to_double() const;              // correctly rounded (half even); inf when too large
  std::string to_string(int base = 10) const;   // no prefix; '-' for negatives
  int64_t hash() const;                  // CPython's int hash (mod 2**61 - 1)
  int64_t bit_length() const;
  void trim();
};

int big_cmp(const BigNum& a, const BigNum& b);
BigNum big_add(const BigNum& a, const BigNum& b);
BigNum big_sub(const BigNum& a, const BigNum& b);
BigNum big_mul(const BigNum& a, const BigNum& b);
// Floor division and modulo with Python's signs; [b] must not be zero.
void big_divmod(const BigNum& a, const BigNum& b, BigNum* q, BigNum* r);
BigNum big_pow(const BigNum& base, uint64_t exp);
BigNum big_lshift(const BigNum& a, uint64_t n);
BigNum big_rshift(const BigNum& a, uint64_t n);
// op: '&', '|', '^' on two's complement values.
BigNum big_bitop(const BigNum& a, const BigNum& b, char op);
// Exact comparison with a non-NaN double (CPython's float_richcompare): -1, 0 or 1.
int big_cmp_double(const BigNum& a, double d);
// a / b correctly rounded (CPython's long_true_divide); [b] non-zero. False on overflow.
bool big_true_divide(const BigNum& a, const BigNum& b, double* out);
BigNum big_gcd(const BigNum& a, const BigNum& b);       // non-negative
BigNum big_isqrt(const BigNum& n);                      // [n] non-negative
// base ** exp % mod with [exp] >= 0 and [mod] > 0; the result is in [0, mod).
BigNum big_powmod(const BigNum& base, const BigNum& exp, const BigNum& mod);
// The inverse of [a] modulo [mod] > 0, in [0, mod); false when gcd(a, mod) != 1.
bool big_modinv(const BigNum& a, const BigNum& mod, BigNum* out);

struct BigIntObj : Object {
  BigNum v;
  size_t extra_bytes() const override { return v.mag.capacity() * 4; }
};

}  // namespace il
