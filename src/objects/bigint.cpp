// bigint.cpp: schoolbook arithmetic on base-2^32 limbs, Knuth's algorithm D for division,
// two's complement bit operations, and conversions. Knows nothing of the engine.
#include "objects/bigint.h"

#include <algorithm>
#include <cfloat>
#include <cmath>

namespace il {

void BigNum::trim() {
  while (!mag.empty() && mag.back() == 0) mag.pop_back();
  if (mag.empty()) neg = false;
}

BigNum BigNum::from_i64(int64_t v) {
  BigNum b;
  uint64_t u = v < 0 ? static_cast<uint64_t>(-(v + 1)) + 1 : static_cast<uint64_t>(v);
  b.neg = v < 0;
  while (u) { b.mag.push_back(static_cast<uint32_t>(u)); u >>= 32; }
  b.trim();
  return b;
}

BigNum BigNum::from_double(double d) {
  BigNum b;
  b.neg = d < 0;
  d = std::trunc(std::fabs(d));
  if (d < 1) return BigNum();
  int e;
  double m = std::frexp(d, &e);   // d = m * 2^e, 0.5 <= m < 1
  // Take 53 bits of mantissa as an integer, then shift.
  uint64_t bits = static_cast<uint64_t>(std::ldexp(m, 53));
  BigNum t = from_i64(static_cast<int64_t>(bits));
  t = e >= 53 ? big_lshift(t, static_cast<uint64_t>(e - 53)) : big_rshift(t, static_cast<uint64_t>(53 - e));
  t.neg = b.neg;
  t.trim();
  return t;
}

bool BigNum::to_i64(int64_t* out) const {
  if (mag.size() > 2) return false;
  uint64_t u = 0;
  if (!mag.empty()) u = mag[0];
  if (mag.size() == 2) u |= static_cast<uint64_t>(mag[1]) << 32;
  if (neg) {
    if (u > (uint64_t(1) << 63)) return false;
    *out = u == (uint64_t(1) << 63) ? INT64_MIN : -static_cast<int64_t>(u);
  } else {
    if (u > static_cast<uint64_t>(INT64_MAX)) return false;
    *out = static_cast<int64_t>(u);
  }
  return true;
}

// The low 64 bits of a magnitude.
static uint64_t low64(const std::vector<uint32_t>& m) {
  uint64_t u = m.empty() ? 0 : m[0];
  if (m.size() > 1) u |= static_cast<uint64_t>(m[1]) << 32;
  return u;
}

// Whether any of the low [n] bits of a magnitude is set.
static bool low_bits_set(const std::vector<uint32_t>& m, uint64_t n) {
  size_t words = static_cast<size_t>(n / 32);
  for (size_t i = 0; i < words && i < m.size(); i++)
    if (m[i]) return true;
  int bits = static_cast<int>(n % 32);
  return bits && words < m.size() && (m[words] & ((uint32_t(1) << bits) - 1));
}

double BigNum::to_double() const {
  int64_t nbits = bit_length();
  uint64_t u;
  int shift = 0;
  if (nbits <= 64) {
    u = low64(mag);
  } else {
    if (nbits > 1025) return neg ? -HUGE_VAL : HUGE_VAL;
    // The top 64 bits, with a sticky low bit for what is dropped: one rounding, half even.
    shift = static_cast<int>(nbits - 64);
    BigNum m = *this;
    m.neg = false;
    u = low64(big_rshift(m, static_cast<uint64_t>(shift)).mag);
    if (low_bits_set(mag, static_cast<uint64_t>(shift))) u |= 1;
  }
  double r = std::ldexp(static_cast<double>(u), shift);
  return neg ? -r : r;
}

int64_t BigNum::bit_length() const {
  if (mag.empty()) return 0;
  uint32_t top = mag.back();
  int bits = 0;
  while (top) { bits++; top >>= 1; }
  return static_cast<int64_t>(mag.size() - 1) * 32 + bits;
}

static int cmp_mag(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  if (a.size() != b.size()) return a.size() < b.size() ? -1 : 1;
  for (size_t i = a.size(); i-- > 0;)
    if (a[i] != b[i]) return a[i] < b[i] ? -1 : 1;
  return 0;
}

static std::vector<uint32_t> add_mag(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  const auto& x = a.size() >= b.size() ? a : b;
  const auto& y = a.size() >= b.size() ? b : a;
  std::vector<uint32_t> r(x.size() + 1);
  uint64_t carry = 0;
  for (size_t i = 0; i < x.size(); i++) {
    uint64_t s = static_cast<uint64_t>(x[i]) + (i < y.size() ? y[i] : 0) + carry;
    r[i] = static_cast<uint32_t>(s);
    carry = s >> 32;
  }
  r[x.size()] = static_cast<uint32_t>(carry);
  return r;
}

// a - b with |a| >= |b|.
static std::vector<uint32_t> sub_mag(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  std::vector<uint32_t> r(a.size());
  int64_t borrow = 0;
  for (size_t i = 0; i < a.size(); i++) {
    int64_t s = static_cast<int64_t>(a[i]) - (i < b.size() ? b[i] : 0) - borrow;
    borrow = s < 0;
    if (s < 0) s += int64_t(1) << 32;
    r[i] = static_cast<uint32_t>(s);
  }
  return r;
}

int big_cmp(const BigNum& a, const BigNum& b) {
  if (a.neg != b.neg) return a.neg ? -1 : 1;
  int c = cmp_mag(a.mag, b.mag);
  return a.neg ? -c : c;
}

BigNum big_add(const BigNum& a, const BigNum& b) {
  BigNum r;
  if (a.neg == b.neg) {
    r.mag = add_mag(a.mag, b.mag);
    r.neg = a.neg;
  } else if (cmp_mag(a.mag, b.mag) >= 0) {
    r.mag = sub_mag(a.mag, b.mag);
    r.neg = a.neg;
  } else {
    r.mag = sub_mag(b.mag, a.mag);
    r.neg = b.neg;
  }
  r.trim();
  return r;
}

BigNum big_sub(const BigNum& a, const BigNum& b) {
  BigNum nb = b;
  if (!nb.is_zero()) nb.neg = !nb.neg;
  return big_add(a, nb);
}

BigNum big_mul(const BigNum& a, const BigNum& b) {
  BigNum r;
  if (a.is_zero() || b.is_zero()) return r;
  r.mag.assign(a.mag.size() + b.mag.size(), 0);
  for (size_t i = 0; i < a.mag.size(); i++) {
    uint64_t carry = 0;
    uint64_t ai = a.mag[i];
    for (size_t j = 0; j < b.mag.size(); j++) {
      uint64_t t = ai * b.mag[j] + r.mag[i + j] + carry;
      r.mag[i + j] = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
    size_t k = i + b.mag.size();
    while (carry) {
      uint64_t t = static_cast<uint64_t>(r.mag[k]) + carry;
      r.mag[k++] = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
  }
  r.neg = a.neg != b.neg;
  r.trim();
  return r;
}

// Magnitude division (Knuth D): q = a / b, r = a % b; b non-zero.
static void divmod_mag(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b, std::vector<uint32_t>& q,
                       std::vector<uint32_t>& r) {
  if (cmp_mag(a, b) < 0) {
    q.clear();
    r = a;
    return;
  }
  if (b.size() == 1) {
    uint64_t d = b[0], rem = 0;
    q.assign(a.size(), 0);
    for (size_t i = a.size(); i-- > 0;) {
      uint64_t cur = (rem << 32) | a[i];
      q[i] = static_cast<uint32_t>(cur / d);
      rem = cur % d;
    }
    r.assign(1, static_cast<uint32_t>(rem));
    return;
  }
  int s = __builtin_clz(b.back());
  std::vector<uint32_t> v(b.size()), u(a.size() + 1);
  for (size_t i = b.size(); i-- > 0;)
    v[i] = (b[i] << s) | (s && i > 0 ? static_cast<uint32_t>(static_cast<uint64_t>(b[i - 1]) >> (32 - s)) : 0);
  u[a.size()] = s ? static_cast<uint32_t>(static_cast<uint64_t>(a.back()) >> (32 - s)) : 0;
  for (size_t i = a.size(); i-- > 0;)
    u[i] = (a[i] << s) | (s && i > 0 ? static_cast<uint32_t>(static_cast<uint64_t>(a[i - 1]) >> (32 - s)) : 0);
  size_t n = v.size(), m = a.size() - n;
  q.assign(m + 1, 0);
  for (size_t j = m + 1; j-- > 0;) {
    uint64_t num = (static_cast<uint64_t>(u[j + n]) << 32) | u[j + n - 1];
    uint64_t qhat = num / v[n - 1];
    uint64_t rhat = num % v[n - 1];
    while (qhat >= (uint64_t(1) << 32) || qhat * v[n - 2] > ((rhat << 32) | u[j + n - 2])) {
      qhat--;
      rhat += v[n - 1];
      if (rhat >= (uint64_t(1) << 32)) break;
    }
    int64_t borrow = 0;
    uint64_t carry = 0;
    for (size_t i = 0; i < n; i++) {
      uint64_t p = qhat * v[i] + carry;
      carry = p >> 32;
      int64_t t = static_cast<int64_t>(u[i + j]) - static_cast<int64_t>(p & 0xFFFFFFFFu) - borrow;
      borrow = t < 0;
      u[i + j] = static_cast<uint32_t>(t);
    }
    int64_t t = static_cast<int64_t>(u[j + n]) - static_cast<int64_t>(carry) - borrow;
    u[j + n] = static_cast<uint32_t>(t);
    if (t < 0) {
      qhat--;
      uint64_t c = 0;
      for (size_t i = 0; i < n; i++) {
        uint64_t sum = static_cast<uint64_t>(u[i + j]) + v[i] + c;
        u[i + j] = static_cast<uint32_t>(sum);
        c = sum >> 32;
      }
      u[j + n] += static_cast<uint32_t>(c);
    }
    q[j] = static_cast<uint32_t>(qhat);
  }
  r.assign(n, 0);
  for (size_t i = 0; i < n; i++)
    r[i] = (u[i] >> s) | (s ? static_cast<uint32_t>(static_cast<uint64_t>(u[i + 1]) << (32 - s)) : 0);
}

void big_divmod(const BigNum& a, const BigNum& b, BigNum* q, BigNum* r) {
  BigNum qq, rr;
  divmod_mag(a.mag, b.mag, qq.mag, rr.mag);
  qq.neg = a.neg != b.neg;
  rr.neg = a.neg;
  qq.trim();
  rr.trim();
  // Floor semantics: when the remainder is non-zero and the signs differ, adjust.
  if (!rr.is_zero() && a.neg != b.neg) {
    qq = big_sub(qq, BigNum::from_i64(1));
    rr = big_add(rr, b);
  }
  if (q) *q = qq;
  if (r) *r = rr;
}

BigNum big_pow(const BigNum& base, uint64_t exp) {
  BigNum result = BigNum::from_i64(1), b = base;
  while (exp) {
    if (exp & 1) result = big_mul(result, b);
    exp >>= 1;
    if (exp) b = big_mul(b, b);
  }
  return result;
}

BigNum big_lshift(const BigNum& a, uint64_t n) {
  if (a.is_zero()) return a;
  BigNum r;
  r.neg = a.neg;
  size_t words = static_cast<size_t>(n / 32);
  int bits = static_cast<int>(n % 32);
  r.mag.assign(words, 0);
  uint32_t carry = 0;
  for (uint32_t limb : a.mag) {
    r.mag.push_back((limb << bits) | carry);
    carry = bits ? static_cast<uint32_t>(static_cast<uint64_t>(limb) >> (32 - bits)) : 0;
  }
  if (carry) r.mag.push_back(carry);
  r.trim();
  return r;
}

BigNum big_rshift(const BigNum& a, uint64_t n) {
  if (a.neg) {
    // Floor: -((|a| - 1) >> n) - 1
    BigNum m = a;
    m.neg = false;
    m = big_sub(m, BigNum::from_i64(1));
    m = big_rshift(m, n);
    m = big_add(m, BigNum::from_i64(1));
    m.neg = !m.is_zero();
    return m;
  }
  size_t words = static_cast<size_t>(n / 32);
  int bits = static_cast<int>(n % 32);
  BigNum r;
  if (words >= a.mag.size()) return r;
  for (size_t i = words; i < a.mag.size(); i++) {
    uint64_t cur = a.mag[i] >> bits;
    if (bits && i + 1 < a.mag.size()) cur |= static_cast<uint64_t>(a.mag[i + 1]) << (32 - bits);
    r.mag.push_back(static_cast<uint32_t>(cur));
  }
  r.trim();
  return r;
}

// Two's complement limbs of [a] over [n] limbs.
static std::vector<uint32_t> twos(const BigNum& a, size_t n) {
  std::vector<uint32_t> r(n, 0);
  for (size_t i = 0; i < a.mag.size() && i < n; i++) r[i] = a.mag[i];
  if (a.neg) {
    uint64_t carry = 1;
    for (size_t i = 0; i < n; i++) {
      uint64_t t = static_cast<uint64_t>(static_cast<uint32_t>(~r[i])) + carry;
      r[i] = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
  }
  return r;
}

BigNum big_bitop(const BigNum& a, const BigNum& b, char op) {
  size_t n = std::max(a.mag.size(), b.mag.size()) + 1;
  std::vector<uint32_t> x = twos(a, n), y = twos(b, n), z(n);
  for (size_t i = 0; i < n; i++) z[i] = op == '&' ? (x[i] & y[i]) : op == '|' ? (x[i] | y[i]) : (x[i] ^ y[i]);
  BigNum r;
  bool neg = z[n - 1] & 0x80000000u;
  if (neg) {
    // Back from two's complement.
    uint64_t carry = 1;
    for (size_t i = 0; i < n; i++) {
      uint64_t t = static_cast<uint64_t>(static_cast<uint32_t>(~z[i])) + carry;
      z[i] = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
  }
  r.mag = z;
  r.neg = neg;
  r.trim();
  return r;
}

int big_cmp_double(const BigNum& a, double d) {
  if (std::isinf(d)) return d > 0 ? -1 : 1;
  double t = std::trunc(d);
  int c = big_cmp(a, BigNum::from_double(t));
  if (c) return c;
  double frac = d - t;   // exact; only decides when the integral parts are equal
  return frac > 0 ? -1 : frac < 0 ? 1 : 0;
}

bool big_true_divide(const BigNum& a, const BigNum& b, double* out) {
  bool neg = a.neg != b.neg;
  int64_t na = a.bit_length(), nb = b.bit_length();
  if (na <= DBL_MANT_DIG && nb <= DBL_MANT_DIG) {   // both exact as doubles: one rounding
    *out = a.to_double() / b.to_double();
    return true;
  }
  int64_t diff = na - nb;   // the quotient is in [2**(diff-1), 2**(diff+1))
  if (diff > DBL_MAX_EXP) return false;
  if (diff < DBL_MIN_EXP - DBL_MANT_DIG - 1) {
    *out = neg ? -0.0 : 0.0;
    return true;
  }
  // Scale a so that the integer quotient has DBL_MANT_DIG + 2 bits (fewer when subnormal),
  // then round it once, half even, with the remainder as a sticky bit.
  int64_t shift = std::max<int64_t>(diff, DBL_MIN_EXP) - DBL_MANT_DIG - 2;
  BigNum x = a;
  x.neg = false;
  bool inexact = false;
  if (shift <= 0) {
    x = big_lshift(x, static_cast<uint64_t>(-shift));
  } else {
    inexact = low_bits_set(x.mag, static_cast<uint64_t>(shift));
    x = big_rshift(x, static_cast<uint64_t>(shift));
  }
  BigNum q, r;
  divmod_mag(x.mag, b.mag, q.mag, r.mag);
  q.trim();
  r.trim();
  if (!r.is_zero()) inexact = true;
  int64_t q_bits = q.bit_length();
  int64_t extra = std::max<int64_t>(q_bits, DBL_MIN_EXP - shift) - DBL_MANT_DIG;
  uint64_t qv = low64(q.mag);
  uint64_t mask = uint64_t(1) << (extra - 1);
  uint64_t low = qv | (inexact ? 1 : 0);
  if ((low & mask) && (low & (3 * mask - 1))) qv += mask;
  qv &= ~(2 * mask - 1);
  double dx = static_cast<double>(qv);
  if (shift + q_bits >= DBL_MAX_EXP &&
      (shift + q_bits > DBL_MAX_EXP || dx == std::ldexp(1.0, static_cast<int>(q_bits))))
    return false;
  double res = std::ldexp(dx, static_cast<int>(shift));
  *out = neg ? -res : res;
  return true;
}

BigNum big_gcd(const BigNum& a, const BigNum& b) {
  BigNum x = a, y = b;
  x.neg = y.neg = false;
  while (!y.is_zero()) {
    BigNum r;
    big_divmod(x, y, nullptr, &r);
    x = std::move(y);
    y = std::move(r);
  }
  return x;
}

BigNum big_isqrt(const BigNum& n) {
  if (n.is_zero()) return n;
  // Newton's iteration from above: it decreases until it reaches the floor of the root.
  BigNum x = big_lshift(BigNum::from_i64(1), static_cast<uint64_t>((n.bit_length() + 1) / 2));
  for (;;) {
    BigNum q;
    big_divmod(n, x, &q, nullptr);
    BigNum y = big_rshift(big_add(x, q), 1);
    if (big_cmp(y, x) >= 0) return x;
    x = std::move(y);
  }
}

BigNum big_powmod(const BigNum& base, const BigNum& exp, const BigNum& mod) {
  BigNum b, result;
  big_divmod(base, mod, nullptr, &b);
  big_divmod(BigNum::from_i64(1), mod, nullptr, &result);
  for (int64_t i = exp.bit_length(); i-- > 0;) {
    big_divmod(big_mul(result, result), mod, nullptr, &result);
    if (exp.mag[static_cast<size_t>(i / 32)] >> (i % 32) & 1) big_divmod(big_mul(result, b), mod, nullptr, &result);
  }
  return result;
}

bool big_modinv(const BigNum& a, const BigNum& mod, BigNum* out) {
  // Extended Euclid, keeping only the coefficient of [a].
  BigNum r0, r1 = mod, s0 = BigNum::from_i64(1), s1;
  big_divmod(a, mod, nullptr, &r0);
  while (!r1.is_zero()) {
    BigNum q, r;
    big_divmod(r0, r1, &q, &r);
    BigNum s = big_sub(s0, big_mul(q, s1));
    r0 = std::move(r1);
    r1 = std::move(r);
    s0 = std::move(s1);
    s1 = std::move(s);
  }
  if (big_cmp(r0, BigNum::from_i64(1)) != 0) return false;
  big_divmod(s0, mod, nullptr, out);
  return true;
}

bool BigNum::parse(std::string_view digits, int base, BigNum* out) {
  BigNum r;
  for (char c : digits) {
    int x = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'z' ? c - 'a' + 10 : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : 99;
    if (x >= base) return false;
    uint64_t carry = static_cast<uint64_t>(x);
    for (uint32_t& limb : r.mag) {
      uint64_t t = static_cast<uint64_t>(limb) * static_cast<uint64_t>(base) + carry;
      limb = static_cast<uint32_t>(t);
      carry = t >> 32;
    }
    if (carry) r.mag.push_back(static_cast<uint32_t>(carry));
  }
  r.trim();
  *out = r;
  return true;
}

std::string BigNum::to_string(int base) const {
  if (mag.empty()) return "0";
  std::vector<uint32_t> cur = mag;
  std::string out;
  // Peel off chunks: 10^9 for decimal, one digit at a time otherwise.
  uint32_t chunk = base == 10 ? 1000000000u : static_cast<uint32_t>(base);
  int chunk_digits = base == 10 ? 9 : 1;
  while (!cur.empty()) {
    uint64_t rem = 0;
    for (size_t i = cur.size(); i-- > 0;) {
      uint64_t t = (rem << 32) | cur[i];
      cur[i] = static_cast<uint32_t>(t / chunk);
      rem = t % chunk;
    }
    while (!cur.empty() && cur.back() == 0) cur.pop_back();
    for (int k = 0; k < chunk_digits; k++) {
      out += "0123456789abcdefghijklmnopqrstuvwxyz"[rem % static_cast<uint64_t>(base)];
      rem /= static_cast<uint64_t>(base);
      if (cur.empty() && rem == 0) break;
    }
  }
  while (out.size() > 1 && out.back() == '0') out.pop_back();
  if (neg) out += '-';
  std::reverse(out.begin(), out.end());
  return out;
}

int64_t BigNum::hash() const {
  const uint64_t P = (uint64_t(1) << 61) - 1;
  uint64_t x = 0;
  for (size_t i = mag.size(); i-- > 0;) {
    // x = (x * 2^32 + limb) mod P, with 2^61 == 1 (mod P).
    x = ((x << 32) & P) | (x >> 29);
    x += mag[i];
    if (x >= P) x -= P;
  }
  int64_t h = static_cast<int64_t>(x);
  if (neg) h = -h;
  if (h == -1) h = -2;
  return h;
}

}  // namespace il
