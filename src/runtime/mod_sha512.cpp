// mod_sha512.cpp: the _sha512 module: SHA-512 (FIPS 180-4) as CPython's _sha512.sha512 objects
// (update, digest, hexdigest, copy). random.seed() needs it for str and bytes seeds (version 2
// appends the digest to the seed's bytes); it is not a general hashlib.
#include <algorithm>
#include <cstdint>
#include <cstring>

#include "vm/api.h"
#include "vm/import.h"

namespace il {

namespace {

constexpr uint64_t kK[80] = {
    0x428a2f98d728ae22, 0x7137449123ef65cd, 0xb5c0fbcfec4d3b2f, 0xe9b5dba58189dbbc, 0x3956c25bf348b538,
    0x59f111f1b605d019, 0x923f82a4af194f9b, 0xab1c5ed5da6d8118, 0xd807aa98a3030242, 0x12835b0145706fbe,
    0x243185be4ee4b28c, 0x550c7dc3d5ffb4e2, 0x72be5d74f27b896f, 0x80deb1fe3b1696b1, 0x9bdc06a725c71235,
    0xc19bf174cf692694, 0xe49b69c19ef14ad2, 0xefbe4786384f25e3, 0x0fc19dc68b8cd5b5, 0x240ca1cc77ac9c65,
    0x2de92c6f592b0275, 0x4a7484aa6ea6e483, 0x5cb0a9dcbd41fbd4, 0x76f988da831153b5, 0x983e5152ee66dfab,
    0xa831c66d2db43210, 0xb00327c898fb213f, 0xbf597fc7beef0ee4, 0xc6e00bf33da88fc2, 0xd5a79147930aa725,
    0x06ca6351e003826f, 0x142929670a0e6e70, 0x27b70a8546d22ffc, 0x2e1b21385c26c926, 0x4d2c6dfc5ac42aed,
    0x53380d139d95b3df, 0x650a73548baf63de, 0x766a0abb3c77b2a8, 0x81c2c92e47edaee6, 0x92722c851482353b,
    0xa2bfe8a14cf10364, 0xa81a664bbc423001, 0xc24b8b70d0f89791, 0xc76c51a30654be30, 0xd192e819d6ef5218,
    0xd69906245565a910, 0xf40e35855771202a, 0x106aa07032bbd1b8, 0x19a4c116b8d2d0c8, 0x1e376c085141ab53,
    0x2748774cdf8eeb99, 0x34b0bcb5e19b48a8, 0x391c0cb3c5c95a63, 0x4ed8aa4ae3418acb, 0x5b9cca4f7763e373,
    0x682e6ff3d6b2b8a3, 0x748f82ee5defb2fc, 0x78a5636f43172f60, 0x84c87814a1f0ab72, 0x8cc702081a6439ec,
    0x90befffa23631e28, 0xa4506cebde82bde9, 0xbef9a3f7b2c67915, 0xc67178f2e372532b, 0xca273eceea26619c,
    0xd186b8c721c0c207, 0xeada7dd6cde0eb1e, 0xf57d4f7fee6ed178, 0x06f067aa72176fba, 0x0a637dc5a2c898a6,
    0x113f9804bef90dae, 0x1b710b35131c471b, 0x28db77f523047d84, 0x32caab7b40c72493, 0x3c9ebe0a15c9bebc,
    0x431d67c49c100d4c, 0x4cc5d4becb3e42b6, 0x597f299cfc657e2a, 0x5fcb6fab3ad6faec, 0x6c44198c4a475817};

inline uint64_t rotr(uint64_t x, int n) { return (x >> n) | (x << (64 - n)); }

struct Sha512 {
  uint64_t h[8] = {0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
                   0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179};
  unsigned char buf[128];
  size_t used = 0;
  uint64_t total = 0;   // bytes hashed (messages under 2**61 bytes)

  void block(const unsigned char* p) {
    uint64_t w[80];
    for (int i = 0; i < 16; i++) {
      w[i] = 0;
      for (int b = 0; b < 8; b++) w[i] = (w[i] << 8) | p[i * 8 + b];
    }
    for (int i = 16; i < 80; i++) {
      uint64_t s0 = rotr(w[i - 15], 1) ^ rotr(w[i - 15], 8) ^ (w[i - 15] >> 7);
      uint64_t s1 = rotr(w[i - 2], 19) ^ rotr(w[i - 2], 61) ^ (w[i - 2] >> 6);
      w[i] = w[i - 16] + s0 + w[i - 7] + s1;
    }
    uint64_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
    for (int i = 0; i < 80; i++) {
      uint64_t t1 = k + (rotr(e, 14) ^ rotr(e, 18) ^ rotr(e, 41)) + ((e & f) ^ (~e & g)) + kK[i] + w[i];
      uint64_t t2 = (rotr(a, 28) ^ rotr(a, 34) ^ rotr(a, 39)) + ((a & b) ^ (a & c) ^ (b & c));
      k = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += k;
  }

  void update(const unsigned char* p, size_t n) {
    total += n;
    while (n) {
      size_t take = std::min(n, sizeof buf - used);
      memcpy(buf + used, p, take);
      used += take;
      p += take;
      n -= take;
      if (used == sizeof buf) { block(buf); used = 0; }
    }
  }

  std::string digest() const {
    Sha512 s = *this;   // the object stays updatable
    uint64_t bits = total * 8;
    unsigned char pad[144] = {0x80};
    size_t padlen = (used < 112 ? 112 : 240) - used;
    s.update(pad, padlen);
    unsigned char len[16] = {0};
    for (int i = 0; i < 8; i++) len[15 - i] = static_cast<unsigned char>(bits >> (8 * i));
    s.update(len, 16);
    std::string out;
    for (uint64_t x : s.h)
      for (int i = 7; i >= 0; i--) out.push_back(static_cast<char>(x >> (8 * i)));
    return out;
  }
};

struct ShaObj : Object {
  Sha512 state;
};

ShaObj* S(Value v) { return static_cast<ShaObj*>(v.obj()); }

// The bytes of [v] to hash; CPython's message for anything else.
bool data_of(ThreadState& ts, Value v, const std::string** out) {
  if (v.is_obj() && v.obj()->type->layout == Layout::Bytes) {
    *out = &as_str(v)->s;
    return true;
  }
  if (is_str(ts, v)) raise(ts, ts.eng.exc[E_TypeError], "Strings must be encoded before hashing");
  else raise(ts, ts.eng.exc[E_TypeError], "object supporting the buffer API required");
  return false;
}

Value sha_update(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "update", nargs - 1, 1, 1)) return Value();
  const std::string* d;
  if (!data_of(ts, args[1], &d)) return Value();
  S(args[0])->state.update(reinterpret_cast<const unsigned char*>(d->data()), d->size());
  return ts.eng.None;
}

Value sha_digest(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "digest", nargs - 1, 0, 0)) return Value();
  return new_bytes(ts, S(args[0])->state.digest());
}

Value sha_hexdigest(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "hexdigest", nargs - 1, 0, 0)) return Value();
  static const char hex[] = "0123456789abcdef";
  std::string out;
  for (unsigned char c : S(args[0])->state.digest()) {
    out.push_back(hex[c >> 4]);
    out.push_back(hex[c & 15]);
  }
  return new_str(ts, out);
}

Value sha_copy(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "copy", nargs - 1, 0, 0)) return Value();
  ShaObj* c = ts.eng.alloc<ShaObj>(args[0].obj()->type);
  c->state = S(args[0])->state;
  return Value(c);
}

// sha512(data=b'', /) -> a new hash object.
Value sha_new(ThreadState& ts, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(ts, "sha512", kw) || !check_nargs(ts, "sha512", nargs, 0, 1)) return Value();
  const std::string* d = nullptr;
  if (nargs && !data_of(ts, args[0], &d)) return Value();
  Type* t = native_type(ts, "_sha512.sha512", "sha512", "_sha512");
  ShaObj* o = ts.eng.alloc<ShaObj>(t);
  if (d) o->state.update(reinterpret_cast<const unsigned char*>(d->data()), d->size());
  return Value(o);
}

Value make_sha512_module(ThreadState& ts) {
  Engine& e = ts.eng;
  Module* m = new_module(ts, "_sha512");
  Root r(ts, Value(m));
  Type* t = native_type(ts, "_sha512.sha512", "sha512", "_sha512");
  add_method(ts, t, "update", sha_update);
  add_method(ts, t, "digest", sha_digest);
  add_method(ts, t, "hexdigest", sha_hexdigest);
  add_method(ts, t, "copy", sha_copy);
  t->dict->set_str(e.intern("name"), new_str(ts, "sha512"));
  t->dict->set_str(e.intern("digest_size"), Value::small(64));
  t->dict->set_str(e.intern("block_size"), Value::small(128));
  add_function(ts, m->dict, "sha512", sha_new);
  return Value(m);
}

}  // namespace

void register_sha512_module(Engine& e) { register_native_module(e, "_sha512", make_sha512_module); }

}  // namespace il
