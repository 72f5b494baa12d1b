// str.h: the str object (UTF-8 text with a cached hash and code-point length) and the
// helpers to make, compare and slice it. Must not call into Python code.
#pragma once
#include <string>
#include <string_view>

#include "objects/object.h"

namespace il {

struct Str : Object {
  std::string s;
  int64_t hash = -1;
  int64_t cplen = -1;     // code points, computed on demand
  bool interned = false;
  explicit Str(std::string v) : s(std::move(v)) {}
  std::string_view view() const { return s; }
  bool is_ascii() { return length() == static_cast<int64_t>(s.size()); }
  int64_t length();
  // Byte offset of code point [cp] (0 <= cp <= length): direct for ASCII, else a scan from
  // the last offset asked for (or from the start when that is nearer): walks stay linear.
  size_t offset(int64_t cp);
  int64_t hint_cp = 0;
  size_t hint_byte = 0;
  size_t extra_bytes() const override { return s.capacity(); }
};

int64_t str_hash_bytes(std::string_view s);
inline int64_t str_hash(Str* s) {
  if (s->hash == -1) s->hash = str_hash_bytes(s->s);
  return s->hash;
}
inline bool str_eq(Str* a, Str* b) {
  return a == b || (a->s.size() == b->s.size() && a->s == b->s);
}
// Byte offset of code point [cp] in [s]; [cp] may equal the length.
size_t utf8_offset(std::string_view s, int64_t cp);
int64_t utf8_length(std::string_view s);
// Appends the UTF-8 encoding of [cp].
void utf8_append(std::string& out, uint32_t cp);
// Decodes the code point at byte [i] and advances it.
uint32_t utf8_decode(std::string_view s, size_t& i);
// Python repr of [s] with CPython's quote choice and escapes.
std::string str_repr_text(std::string_view s);

}  // namespace il
