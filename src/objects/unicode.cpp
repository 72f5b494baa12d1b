// unicode.cpp: lookups in the generated Unicode tables (unicode_tables.inc): binary search over
// runs of code points, each run a start, a count and a stride (1, or 2 for the alternating
// upper/lower pairs of Latin Extended), so the data stays a few kilobytes in the wasm engine.
#include "objects/unicode.h"

#include <algorithm>
#include <iterator>

#include "objects/str.h"

namespace il {

namespace {

struct SpecialCase {
  uint32_t cp;
  const char* text;   // UTF-8
};

#include "objects/unicode_tables.inc"

struct Run {
  uint32_t start, count, stride;
};

// A predicate word: start << 11 | (count - 1) << 1 | stride 2.
Run pred_run(uint32_t w) { return {w >> 11, ((w >> 1) & 0x3FF) + 1, (w & 1) ? 2u : 1u}; }

template <size_t N>
bool in_runs(const uint32_t (&table)[N], uint32_t c) {
  const uint32_t* end = table + N;
  const uint32_t* it = std::upper_bound(table, end, c, [](uint32_t v, uint32_t w) { return v < (w >> 11); });
  if (it == table) return false;
  Run r = pred_run(*(it - 1));
  uint32_t off = c - r.start;
  return off < r.count * r.stride && off % r.stride == 0;
}

// A mapping: pairs of words, start << 11 | (count - 1) and delta << 1 | stride 2. Returns
// whether [c] is listed, with its image in [out].
template <size_t N>
bool map_lookup(const uint32_t (&table)[N], uint32_t c, uint32_t* out) {
  size_t lo = 0, hi = N / 2;
  while (lo < hi) {
    size_t mid = (lo + hi) / 2;
    if ((table[2 * mid] >> 11) <= c) lo = mid + 1;
    else hi = mid;
  }
  if (lo == 0) return false;
  uint32_t w = table[2 * (lo - 1)], d = table[2 * (lo - 1) + 1];
  uint32_t start = w >> 11, count = (w & 0x7FF) + 1, stride = (d & 1) ? 2 : 1;
  uint32_t off = c - start;
  if (off >= count * stride || off % stride != 0) return false;
  *out = c + static_cast<uint32_t>(static_cast<int32_t>(d) >> 1);
  return true;
}

template <size_t N>
const char* special(const SpecialCase (&table)[N], uint32_t c) {
  const SpecialCase* it = std::lower_bound(table, table + N, c, [](const SpecialCase& s, uint32_t v) { return s.cp < v; });
  return it != table + N && it->cp == c ? it->text : nullptr;
}

}  // namespace

bool uni_is(UniProp p, uint32_t c) {
  switch (p) {
    case UniProp::Upper: return in_runs(k_upper, c);
    case UniProp::Lower: return in_runs(k_lower, c);
    case UniProp::Titlecase: return in_runs(k_titlecase, c);
    case UniProp::CaseIgnorable: return in_runs(k_case_ignorable, c);
    case UniProp::Alpha: return in_runs(k_alpha, c);
    case UniProp::Decimal: return in_runs(k_decimal, c);
    case UniProp::Digit: return in_runs(k_digit, c);
    case UniProp::Numeric: return in_runs(k_numeric, c);
    case UniProp::Space: return in_runs(k_space, c);
    case UniProp::Printable: return c < 0x80 ? c >= 0x20 && c < 0x7F : in_runs(k_printable, c);
    case UniProp::IdStart: return (c == '_' || in_runs(k_alpha, c)) != in_runs(k_id_start_diff, c);
    case UniProp::IdContinue: return uni_is(UniProp::IdStart, c) || in_runs(k_id_continue_extra, c);
  }
  return false;
}

void uni_append_case(std::string& out, UniCase kind, uint32_t c) {
  if (c < 0x80) {   // the common case, without a search
    bool up = c >= 'a' && c <= 'z', low = c >= 'A' && c <= 'Z';
    if ((kind == UniCase::Upper || kind == UniCase::Title) && up) c -= 32;
    else if ((kind == UniCase::Lower || kind == UniCase::Fold) && low) c += 32;
    out.push_back(static_cast<char>(c));
    return;
  }
  const char* text = nullptr;
  uint32_t m = c;
  switch (kind) {
    case UniCase::Upper:
      if (!(text = special(k_special_upper, c))) map_lookup(k_map_upper, c, &m);
      break;
    case UniCase::Lower:
      if (!(text = special(k_special_lower, c))) map_lookup(k_map_lower, c, &m);
      break;
    case UniCase::Title:
      // Listed where it differs from upper case.
      if (!(text = special(k_special_title, c)) && !map_lookup(k_map_title, c, &m) &&
          !(text = special(k_special_upper, c)))
        map_lookup(k_map_upper, c, &m);
      break;
    case UniCase::Fold:
      // Listed where it differs from lower case.
      if (!(text = special(k_special_fold, c)) && !map_lookup(k_map_fold, c, &m) &&
          !(text = special(k_special_lower, c)))
        map_lookup(k_map_lower, c, &m);
      break;
  }
  if (text) out += text;
  else utf8_append(out, m);
}

}  // namespace il
