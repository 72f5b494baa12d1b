// mod_random.cpp: the _random module: CPython's Mersenne Twister (MT19937) with the same
// seeding (init_by_array over the 32-bit words of abs(seed)) and the same random() and
// getrandbits(), so random.py gives CPython's sequences for the same seed.
#include <chrono>
#include <cstdint>

#include "objects/bigint.h"
#include "vm/api.h"
#include "vm/import.h"

namespace il {

struct MTObj : Object {
  uint32_t mt[624];
  int mti = 625;

  void init_genrand(uint32_t s) {
    mt[0] = s;
    for (mti = 1; mti < 624; mti++)
      mt[mti] = 1812433253u * (mt[mti - 1] ^ (mt[mti - 1] >> 30)) + static_cast<uint32_t>(mti);
  }
  void init_by_array(const uint32_t* key, size_t len) {
    init_genrand(19650218u);
    size_t i = 1, j = 0;
    size_t k = 624 > len ? 624 : len;
    for (; k; k--) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1664525u)) + key[j] + static_cast<uint32_t>(j);
      i++;
      j++;
      if (i >= 624) { mt[0] = mt[623]; i = 1; }
      if (j >= len) j = 0;
    }
    for (k = 623; k; k--) {
      mt[i] = (mt[i] ^ ((mt[i - 1] ^ (mt[i - 1] >> 30)) * 1566083941u)) - static_cast<uint32_t>(i);
      i++;
      if (i >= 624) { mt[0] = mt[623]; i = 1; }
    }
    mt[0] = 0x80000000u;
  }
  uint32_t genrand_uint32() {
    static const uint32_t mag01[2] = {0x0u, 0x9908b0dfu};
    uint32_t y;
    if (mti >= 624) {
      int kk;
      for (kk = 0; kk < 624 - 397; kk++) {
        y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
        mt[kk] = mt[kk + 397] ^ (y >> 1) ^ mag01[y & 0x1u];
      }
      for (; kk < 623; kk++) {
        y = (mt[kk] & 0x80000000u) | (mt[kk + 1] & 0x7fffffffu);
        mt[kk] = mt[kk + (397 - 624)] ^ (y >> 1) ^ mag01[y & 0x1u];
      }
      y = (mt[623] & 0x80000000u) | (mt[0] & 0x7fffffffu);
      mt[623] = mt[396] ^ (y >> 1) ^ mag01[y & 0x1u];
      mti = 0;
    }
    y = mt[mti++];
    y ^= (y >> 11);
    y ^= (y << 7) & 0x9d2c5680u;
    y ^= (y << 15) & 0xefc60000u;
    y ^= (y >> 18);
    return y;
  }
};

Value int_from_big(ThreadState& ts, const BigNum& b);
bool int_big_value(Value v, BigNum* out);

static MTObj* M(Value v) { return static_cast<MTObj*>(v.obj()); }

static void seed_u64(MTObj* m, uint64_t n) {
  uint32_t key[2] = {static_cast<uint32_t>(n), static_cast<uint32_t>(n >> 32)};
  m->init_by_array(key, key[1] ? 2 : 1);
}

static Value r_seed(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "seed", nargs - 1, 0, 1)) return Value();
  MTObj* m = M(args[0]);
  if ((nargs < 2 || args[1] == ts.eng.None) && ts.eng.sched) {
    // Seeded mode: the run's seed decides, so the same seed prints the same numbers.
    uint64_t s = ts.eng.cfg.seed, n = ts.eng.random_instances++;
    uint32_t key[4] = {static_cast<uint32_t>(s), static_cast<uint32_t>(s >> 32), static_cast<uint32_t>(n), 0x5eedu};
    m->init_by_array(key, 4);
    return ts.eng.None;
  }
  if (nargs < 2 || args[1] == ts.eng.None) {
    using namespace std::chrono;
    uint64_t t = static_cast<uint64_t>(duration_cast<nanoseconds>(steady_clock::now().time_since_epoch()).count());
    uint32_t key[4] = {static_cast<uint32_t>(t), static_cast<uint32_t>(t >> 32),
                       static_cast<uint32_t>(reinterpret_cast<uintptr_t>(m)), 0x9e3779b9u};
    m->init_by_array(key, 4);
    return ts.eng.None;
  }
  // As _randommodule.c's random_seed: an int seeds with the 32-bit words of its absolute
  // value (least significant first), anything else with its hash taken as unsigned.
  Value a = args[1];
  BigNum n;
  if (is_int(ts, a)) {
    int_big_value(a, &n);
  } else {
    int64_t h;
    if (!hash(ts, a, &h)) return Value();
    seed_u64(m, static_cast<uint64_t>(h));
    return ts.eng.None;
  }
  if (n.mag.empty()) n.mag.push_back(0);
  m->init_by_array(n.mag.data(), n.mag.size());
  return ts.eng.None;
}

static Value r_random(ThreadState& ts, Value* args, int, Tuple*) {
  MTObj* m = M(args[0]);
  uint32_t a = m->genrand_uint32() >> 5, b = m->genrand_uint32() >> 6;
  return new_float(ts, (a * 67108864.0 + b) * (1.0 / 9007199254740992.0));
}

static Value r_getrandbits(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "getrandbits", nargs - 1, 1, 1)) return Value();
  int64_t k;
  if (!as_index(ts, args[1], &k)) return Value();
  if (k < 0) return raise(ts, ts.eng.exc[E_ValueError], "number of bits must be non-negative");
  if (k == 0) return Value::small(0);
  MTObj* m = M(args[0]);
  if (k <= 32) return Value::small(m->genrand_uint32() >> (32 - k));
  // As CPython: 32-bit words, least significant first, the last one cut to the bits left.
  BigNum n;
  for (int64_t left = k; left > 0; left -= 32) {
    uint32_t r = m->genrand_uint32();
    if (left < 32) r >>= (32 - left);
    n.mag.push_back(r);
  }
  n.trim();
  return int_from_big(ts, n);
}

static Value r_getstate(ThreadState& ts, Value* args, int, Tuple*) {
  MTObj* m = M(args[0]);
  std::vector<Value> v;
  for (int i = 0; i < 624; i++) v.push_back(make_int(ts, m->mt[i]));
  v.push_back(Value::small(m->mti));
  return Value(new_tuple(ts, v));
}

static Value r_setstate(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (nargs != 2 || !is_type(ts, args[1], ts.eng.t.tuple) || as<Tuple>(args[1])->items.size() != 625)
    return raise(ts, ts.eng.exc[E_ValueError], "state vector is the wrong size");
  MTObj* m = M(args[0]);
  auto& it = as<Tuple>(args[1])->items;
  for (int i = 0; i < 625; i++) {
    int64_t v;
    if (!as_index(ts, it[static_cast<size_t>(i)], &v)) return Value();
    if (i < 624) m->mt[i] = static_cast<uint32_t>(v);
    else m->mti = static_cast<int>(v);
  }
  return ts.eng.None;
}

static Value r_new(ThreadState& ts, Type* t, Value*, int, Tuple*) {
  MTObj* m = ts.eng.alloc<MTObj>(t);
  seed_u64(m, 0);
  return Value(m);
}

static Value make_random_module(ThreadState& ts) {
  Engine& e = ts.eng;
  Module* mod = new_module(ts, "_random");
  Root r(ts, Value(mod));
  Type* t = native_type(ts, "_random.Random", "Random", "_random");
  t->slots.new_ = r_new;
  mod->dict->set_str(e.intern("Random"), Value(t));
  add_method(ts, t, "seed", r_seed);
  add_method(ts, t, "random", r_random);
  add_method(ts, t, "getrandbits", r_getrandbits);
  add_method(ts, t, "getstate", r_getstate);
  add_method(ts, t, "setstate", r_setstate);
  return Value(mod);
}

void register_random_module(Engine& e) { register_native_module(e, "_random", make_random_module); }

}  // namespace il
