// str.cpp: str (and the few bytes basics): UTF-8 helpers, repr with CPython's quoting,
// hashing, indexing and slicing by code point, and the common methods.
#include "objects/str.h"

#include <algorithm>
#include <cstring>

#include "objects/unicode.h"
#include "vm/api.h"
#include "vm/init.h"

namespace il {

int64_t utf8_length(std::string_view s) {
  int64_t n = 0;
  for (unsigned char c : s) if ((c & 0xC0) != 0x80) n++;
  return n;
}

int64_t Str::length() {
  if (cplen < 0) cplen = utf8_length(s);
  return cplen;
}

size_t Str::offset(int64_t cp) {
  if (is_ascii()) return static_cast<size_t>(cp);
  auto continuation = [&](size_t j) { return (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80; };
  int64_t k = 0;
  size_t i = 0;
  if (hint_cp <= cp || cp > hint_cp / 2) {
    k = hint_cp;
    i = hint_byte;
  }
  for (; k > cp; k--) {  // back from the hint
    i--;
    while (i > 0 && continuation(i)) i--;
  }
  for (; k < cp && i < s.size(); k++) {
    i++;
    while (i < s.size() && continuation(i)) i++;
  }
  hint_cp = k;
  hint_byte = i;
  return i;
}

size_t utf8_offset(std::string_view s, int64_t cp) {
  size_t i = 0;
  for (int64_t k = 0; k < cp && i < s.size(); k++) {
    i++;
    while (i < s.size() && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) i++;
  }
  return i;
}

void utf8_append(std::string& out, uint32_t cp) {
  if (cp < 0x80) out += static_cast<char>(cp);
  else if (cp < 0x800) { out += static_cast<char>(0xC0 | (cp >> 6)); out += static_cast<char>(0x80 | (cp & 0x3F)); }
  else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

uint32_t utf8_decode(std::string_view s, size_t& i) {
  unsigned char c = static_cast<unsigned char>(s[i++]);
  if (c < 0x80) return c;
  int extra = c >= 0xF0 ? 3 : c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
  uint32_t cp = c & (0x3F >> extra);
  for (int k = 0; k < extra && i < s.size(); k++) cp = (cp << 6) | (static_cast<unsigned char>(s[i++]) & 0x3F);
  return cp;
}

int64_t str_hash_bytes(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) { h ^= c; h *= 1099511628211ull; }
  int64_t r = static_cast<int64_t>(h >> 4);
  return r == -1 ? -2 : r;
}

std::string str_repr_text(std::string_view s) {
  bool has_sq = s.find('\'') != std::string_view::npos;
  bool has_dq = s.find('"') != std::string_view::npos;
  char q = (has_sq && !has_dq) ? '"' : '\'';
  std::string out(1, q);
  for (size_t i = 0; i < s.size();) {
    uint32_t cp = utf8_decode(s, i);
    if (cp == static_cast<uint32_t>(q) || cp == '\\') { out += '\\'; out += static_cast<char>(cp); }
    else if (cp == '\n') out += "\\n";
    else if (cp == '\r') out += "\\r";
    else if (cp == '\t') out += "\\t";
    else if (!uni_is(UniProp::Printable, cp)) {
      char buf[16];
      if (cp < 0x100) snprintf(buf, sizeof buf, "\\x%02x", cp);
      else if (cp < 0x10000) snprintf(buf, sizeof buf, "\\u%04x", cp);
      else snprintf(buf, sizeof buf, "\\U%08x", cp);
      out += buf;
    } else {
      utf8_append(out, cp);
    }
  }
  out += q;
  return out;
}

static std::string bytes_repr_text(std::string_view s) {
  bool has_sq = s.find('\'') != std::string_view::npos;
  bool has_dq = s.find('"') != std::string_view::npos;
  char q = (has_sq && !has_dq) ? '"' : '\'';
  std::string out = "b";
  out += q;
  for (unsigned char c : s) {
    if (c == q || c == '\\') { out += '\\'; out += static_cast<char>(c); }
    else if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c == '\t') out += "\\t";
    else if (c < 0x20 || c >= 0x7F) { char buf[8]; snprintf(buf, sizeof buf, "\\x%02x", c); out += buf; }
    else out += static_cast<char>(c);
  }
  out += q;
  return out;
}

Value new_str(ThreadState& ts, std::string s) { return Value(ts.eng.alloc<Str>(ts.eng.t.str, std::move(s))); }
Value new_bytes(ThreadState& ts, std::string s) { return Value(ts.eng.alloc<Str>(ts.eng.t.bytes, std::move(s))); }

static Str* self_str(Value v) { return static_cast<Str*>(v.obj()); }

static Value str_repr(ThreadState& ts, Value v) { return new_str(ts, str_repr_text(self_str(v)->s)); }
static Value str_str(ThreadState& ts, Value v) {
  if (type_of(ts, v) == ts.eng.t.str) return v;
  return new_str(ts, self_str(v)->s);
}
static bool str_hash(ThreadState&, Value v, int64_t* out) { *out = il::str_hash(self_str(v)); return true; }
static int str_truth(ThreadState&, Value v) { return !self_str(v)->s.empty(); }
static int64_t str_len(ThreadState&, Value v) { return self_str(v)->length(); }

static Value str_richcompare(ThreadState& ts, Value a, Value b, CmpOp op) {
  if (!b.is_obj() || b.obj()->type->layout != a.obj()->type->layout) return ts.eng.NotImplemented;
  int c = self_str(a)->s.compare(self_str(b)->s);  // UTF-8 byte order == code point order
  return bool_value(ts, cmp_holds(op, c, 0));
}

Value str_mod_format(ThreadState& ts, Value fmt, Value args);

static Value str_binop(ThreadState& ts, Value a, Value b, BinOp op) {
  Engine& e = ts.eng;
  Layout la = a.is_obj() ? a.obj()->type->layout : Layout::Int;
  Layout lb = b.is_obj() ? b.obj()->type->layout : Layout::Int;
  bool a_text = la == Layout::Str || la == Layout::Bytes;
  if (op == BinOp::Add) {
    if (a_text && lb == la) {
      std::string s = self_str(a)->s + self_str(b)->s;
      return la == Layout::Str ? new_str(ts, std::move(s)) : new_bytes(ts, std::move(s));
    }
    // Otherwise the right operand's __radd__ gets its turn (binary_op words the error).
    return e.NotImplemented;
  }
  if (op == BinOp::Mul) {
    Value s = a_text ? a : b;
    Value n = a_text ? b : a;
    if (!is_int(ts, n)) return e.NotImplemented;
    int64_t k;
    if (!as_index(ts, n, &k)) return Value();
    std::string out;
    const std::string& src = self_str(s)->s;
    if (k > 0) {
      if (src.size() * static_cast<size_t>(k) > (size_t(1) << 30)) return raise_no_memory(ts);
      out.reserve(src.size() * static_cast<size_t>(k));
      for (int64_t i = 0; i < k; i++) out += src;
    }
    return s.obj()->type->layout == Layout::Str ? new_str(ts, std::move(out)) : new_bytes(ts, std::move(out));
  }
  if (op == BinOp::Mod && la == Layout::Str) return str_mod_format(ts, a, b);
  return e.NotImplemented;
}

static Value str_getitem(ThreadState& ts, Value self, Value k) {
  Str* s = self_str(self);
  bool bytes = self.obj()->type->layout == Layout::Bytes;
  if (k.is_obj() && k.obj()->type->layout == Layout::Slice) {
    int64_t start, stop, step, n;
    int64_t len = bytes ? static_cast<int64_t>(s->s.size()) : s->length();
    if (!slice_indices(ts, as<Slice>(k), len, &start, &stop, &step, &n)) return Value();
    std::string out;
    if (bytes || s->is_ascii()) {
      for (int64_t i = 0, j = start; i < n; i++, j += step) out += s->s[static_cast<size_t>(j)];
    } else if (step == 1) {
      size_t b = s->offset(start);
      size_t e = s->offset(stop > start ? stop : start);
      out = s->s.substr(b, e - b);
    } else {
      std::vector<uint32_t> cps;
      for (size_t i = 0; i < s->s.size();) cps.push_back(utf8_decode(s->s, i));
      for (int64_t i = 0, j = start; i < n; i++, j += step) utf8_append(out, cps[static_cast<size_t>(j)]);
    }
    return bytes ? new_bytes(ts, std::move(out)) : new_str(ts, std::move(out));
  }
  int64_t i;
  if (!is_int(ts, k) && !type_lookup(type_of(ts, k), ts.eng.names[N_index]))
    return raise(ts, ts.eng.exc[E_TypeError], std::string(bytes ? "byte" : "string") + " indices must be integers, not '" + type_name(ts, k) + "'");
  if (!as_index(ts, k, &i)) return Value();
  int64_t len = bytes ? static_cast<int64_t>(s->s.size()) : s->length();
  if (i < 0) i += len;
  if (i < 0 || i >= len)
    return raise(ts, ts.eng.exc[E_IndexError], std::string(bytes ? "index" : "string index") + " out of range");
  if (bytes) return Value::small(static_cast<unsigned char>(s->s[static_cast<size_t>(i)]));
  if (s->is_ascii()) return Value(ts.eng.intern(std::string_view(&s->s[static_cast<size_t>(i)], 1)));
  size_t b = s->offset(i);
  size_t e = s->offset(i + 1);
  return new_str(ts, s->s.substr(b, e - b));
}

static int str_contains(ThreadState& ts, Value self, Value v) {
  if (!v.is_obj() || v.obj()->type->layout != self.obj()->type->layout) {
    if (self.obj()->type->layout == Layout::Str)
      raise(ts, ts.eng.exc[E_TypeError], "'in <string>' requires string as left operand, not " + type_name(ts, v));
    else
      raise(ts, ts.eng.exc[E_TypeError], "a bytes-like object is required, not '" + type_name(ts, v) + "'");
    return -1;
  }
  return self_str(self)->s.find(self_str(v)->s) != std::string::npos;
}

struct StrIter : IterObj {
  Value str;
  size_t pos = 0;
  void trace(Tracer& t) override { t.mark(str); }
  Value next(ThreadState& ts) override {
    Str* s = self_str(str);
    if (pos >= s->s.size()) return Value();
    size_t b = pos;
    if (str.obj()->type->layout == Layout::Bytes) {
      pos++;
      return Value::small(static_cast<unsigned char>(s->s[b]));
    }
    utf8_decode(s->s, pos);
    return Value(ts.eng.intern(std::string_view(s->s.data() + b, pos - b)));
  }
};

static Value str_iter(ThreadState& ts, Value self) {
  StrIter* it = ts.eng.alloc<StrIter>(iterator_type(ts, "str_iterator"));
  it->str = self;
  return Value(it);
}

static Value str_new(ThreadState& ts, Type* t, Value* args, int nargs, Tuple* kw) {
  Value a[3];
  if (!parse_args(ts, "str", args, nargs, kw, {"object", "encoding", "errors"}, 0, a)) return Value();
  Value s;
  if (!a[0]) s = Value(ts.eng.names[N_empty]);
  else if (a[1] && a[0].is_obj() && a[0].obj()->type->layout == Layout::Bytes) s = new_str(ts, self_str(a[0])->s);
  else s = to_str(ts, a[0]);
  if (!s || t == ts.eng.t.str) return s;
  return Value(ts.eng.alloc<WithDict<Str>>(t, self_str(s)->s));   // a subclass's instance
}

static Value bytes_repr(ThreadState& ts, Value v) { return new_str(ts, bytes_repr_text(self_str(v)->s)); }

// ---- methods ----

#define SELF self_str(args[0])->s
static bool want_str(ThreadState& ts, Value v, const char* fn, std::string& out) {
  if (!is_str(ts, v)) {
    raise(ts, ts.eng.exc[E_TypeError], std::string(fn) + " arg must be None or str");
    return false;
  }
  out = as_str(v)->s;
  return true;
}

static bool is_py_space(uint32_t c) { return c == ' ' || (c >= 9 && c <= 13) || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x1f || c == 0x85 || c == 0xa0 || c == 0x3000; }

static Value do_strip(ThreadState& ts, Value* args, int nargs, int which, const char* name) {
  if (!check_nargs(ts, name, nargs - 1, 0, 1)) return Value();
  const std::string& s = SELF;
  std::string chars;
  bool ws = nargs < 2 || args[1] == ts.eng.None;
  if (!ws && !want_str(ts, args[1], name, chars)) return Value();
  auto strip_char = [&](char c) { return ws ? is_py_space(static_cast<unsigned char>(c)) : chars.find(c) != std::string::npos; };
  size_t b = 0, e = s.size();
  if (which & 1) while (b < e && strip_char(s[b])) b++;
  if (which & 2) while (e > b && strip_char(s[e - 1])) e--;
  return new_str(ts, s.substr(b, e - b));
}
static Value str_strip(ThreadState& ts, Value* a, int n, Tuple*) { return do_strip(ts, a, n, 3, "strip"); }
static Value str_lstrip(ThreadState& ts, Value* a, int n, Tuple*) { return do_strip(ts, a, n, 1, "lstrip"); }
static Value str_rstrip(ThreadState& ts, Value* a, int n, Tuple*) { return do_strip(ts, a, n, 2, "rstrip"); }

static Value str_split_impl(ThreadState& ts, Value* args, int nargs, Tuple* kw, bool right) {
  Value a[2];
  if (!parse_args(ts, right ? "rsplit" : "split", args + 1, nargs - 1, kw, {"sep", "maxsplit"}, 0, a)) return Value();
  const std::string& s = SELF;
  int64_t maxsplit = -1;
  if (a[1] && !as_index(ts, a[1], &maxsplit)) return Value();
  std::vector<std::string> parts;
  if (!a[0] || a[0] == ts.eng.None) {
    std::vector<std::pair<size_t, size_t>> words;
    size_t i = 0;
    while (i < s.size()) {
      while (i < s.size() && is_py_space(static_cast<unsigned char>(s[i]))) i++;
      if (i >= s.size()) break;
      size_t b = i;
      while (i < s.size() && !is_py_space(static_cast<unsigned char>(s[i]))) i++;
      words.push_back({b, i});
    }
    if (maxsplit >= 0 && static_cast<int64_t>(words.size()) > maxsplit) {
      if (!right) {
        for (int64_t k = 0; k < maxsplit; k++) parts.push_back(s.substr(words[k].first, words[k].second - words[k].first));
        size_t rest = words[static_cast<size_t>(maxsplit)].first;
        parts.push_back(s.substr(rest));
      } else {
        size_t n = words.size();
        size_t first = n - static_cast<size_t>(maxsplit);
        parts.push_back(s.substr(0, words[first - 1].second));
        for (size_t k = first; k < n; k++) parts.push_back(s.substr(words[k].first, words[k].second - words[k].first));
      }
    } else {
      for (auto& w : words) parts.push_back(s.substr(w.first, w.second - w.first));
    }
  } else {
    std::string sep;
    if (!want_str(ts, a[0], "split", sep)) return Value();
    if (sep.empty()) return raise(ts, ts.eng.exc[E_ValueError], "empty separator");
    if (!right) {
      size_t pos = 0;
      int64_t count = 0;
      for (;;) {
        size_t f = (maxsplit >= 0 && count >= maxsplit) ? std::string::npos : s.find(sep, pos);
        if (f == std::string::npos) { parts.push_back(s.substr(pos)); break; }
        parts.push_back(s.substr(pos, f - pos));
        pos = f + sep.size();
        count++;
      }
    } else {
      size_t end = s.size();
      int64_t count = 0;
      for (;;) {
        size_t f = (maxsplit >= 0 && count >= maxsplit) || end < sep.size() ? std::string::npos : s.rfind(sep, end - sep.size());
        if (f == std::string::npos) { parts.push_back(s.substr(0, end)); break; }
        parts.push_back(s.substr(f + sep.size(), end - f - sep.size()));
        end = f;
        count++;
      }
      std::reverse(parts.begin(), parts.end());
    }
  }
  std::vector<Value> vs;
  List* l = new_list(ts);
  Root r(ts, Value(l));
  for (auto& p : parts) l->items.push_back(new_str(ts, p));
  return Value(l);
}
static Value str_split(ThreadState& ts, Value* a, int n, Tuple* kw) { return str_split_impl(ts, a, n, kw, false); }
static Value str_rsplit(ThreadState& ts, Value* a, int n, Tuple* kw) { return str_split_impl(ts, a, n, kw, true); }

static Value str_splitlines(ThreadState& ts, Value* args, int nargs, Tuple* kw) {
  Value a[1];
  if (!parse_args(ts, "splitlines", args + 1, nargs - 1, kw, {"keepends"}, 0, a)) return Value();
  bool keep = a[0] && truth(ts, a[0]) > 0;
  const std::string& s = SELF;
  List* l = new_list(ts);
  Root r(ts, Value(l));
  size_t i = 0;
  while (i < s.size()) {
    size_t b = i;
    while (i < s.size() && s[i] != '\n' && s[i] != '\r') i++;
    size_t e = i;
    if (i < s.size()) {
      if (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') i += 2;
      else i++;
    }
    l->items.push_back(new_str(ts, s.substr(b, (keep ? i : e) - b)));
  }
  return Value(l);
}

static Value str_join(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "join", nargs - 1, 1, 1)) return Value();
  std::vector<Value> items;
  if (!collect_iterable(ts, args[1], items)) {
    if (error_matches(ts, ts.eng.exc[E_TypeError]) && !type_of(ts, args[1])->slots.iter &&
        !type_of(ts, args[1])->slots.getitem) {
      take_error(ts);
      raise(ts, ts.eng.exc[E_TypeError], "can only join an iterable");
    }
    return Value();
  }
  List* keep = new_list(ts, items);
  Root r(ts, Value(keep));
  std::string out;
  const std::string& sep = SELF;
  for (size_t i = 0; i < items.size(); i++) {
    if (!is_str(ts, items[i]))
      return raise(ts, ts.eng.exc[E_TypeError], "sequence item " + std::to_string(i) + ": expected str instance, " +
                                                    type_name(ts, items[i]) + " found");
    if (i) out += sep;
    out += as_str(items[i])->s;
  }
  return new_str(ts, std::move(out));
}

static Value str_replace(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "replace", nargs - 1, 2, 3)) return Value();
  std::string from, to;
  if (!want_str(ts, args[1], "replace", from) || !want_str(ts, args[2], "replace", to)) return Value();
  int64_t count = -1;
  if (nargs > 3 && !as_index(ts, args[3], &count)) return Value();
  const std::string& s = SELF;
  std::string out;
  if (from.empty()) {
    int64_t done = 0;
    size_t i = 0;
    while (true) {
      if (count >= 0 && done >= count) { out += s.substr(i); break; }
      out += to;
      done++;
      if (i >= s.size()) break;
      size_t j = i;
      utf8_decode(s, j);
      out += s.substr(i, j - i);
      i = j;
    }
    return new_str(ts, out);
  }
  size_t pos = 0;
  int64_t done = 0;
  for (;;) {
    size_t f = (count >= 0 && done >= count) ? std::string::npos : s.find(from, pos);
    if (f == std::string::npos) { out += s.substr(pos); break; }
    out += s.substr(pos, f - pos);
    out += to;
    pos = f + from.size();
    done++;
  }
  return new_str(ts, std::move(out));
}

// Resolves optional start/end arguments (code points) into byte offsets.
static bool str_range(ThreadState& ts, Str* s, Value* args, int nargs, int first, size_t* b, size_t* e) {
  int64_t len = s->length();
  int64_t start = 0, end = len;
  if (nargs > first && args[first] != ts.eng.None && !as_index(ts, args[first], &start)) return false;
  if (nargs > first + 1 && args[first + 1] != ts.eng.None && !as_index(ts, args[first + 1], &end)) return false;
  if (start < 0) start = std::max<int64_t>(0, start + len);
  if (end < 0) end = std::max<int64_t>(0, end + len);
  start = std::min(start, len);
  end = std::min(end, len);
  *b = s->offset(start);
  *e = end < start ? *b : s->offset(end);
  return true;
}

// True when the optional start argument lies beyond the end (then nothing is found, not even "").
static bool start_past_end(ThreadState& ts, Str* s, Value* args, int nargs, int first) {
  if (nargs <= first || args[first] == ts.eng.None) return false;
  int64_t start;
  if (!as_index(ts, args[first], &start)) { take_error(ts); return false; }
  int64_t len = s->length();
  if (start < 0) start += len;
  return start > len;
}

static Value find_impl(ThreadState& ts, Value* args, int nargs, bool rev, bool raise_missing, const char* name) {
  if (!check_nargs(ts, name, nargs - 1, 1, 3)) return Value();
  std::string sub;
  if (!is_str(ts, args[1]))
    return raise(ts, ts.eng.exc[E_TypeError], "must be str, not " + type_name(ts, args[1]));
  sub = as_str(args[1])->s;
  Str* s = self_str(args[0]);
  size_t b, e;
  if (!str_range(ts, s, args, nargs, 2, &b, &e)) return Value();
  if (start_past_end(ts, s, args, nargs, 2)) {
    if (raise_missing) return raise(ts, ts.eng.exc[E_ValueError], "substring not found");
    return Value::small(-1);
  }
  std::string_view hay(s->s.data() + b, e - b);
  size_t f = rev ? hay.rfind(sub) : hay.find(sub);
  if (f == std::string_view::npos || (e - b) < sub.size()) {
    if (raise_missing) return raise(ts, ts.eng.exc[E_ValueError], "substring not found");
    return Value::small(-1);
  }
  return Value::small(utf8_length(std::string_view(s->s.data(), b + f)));
}
static Value str_find(ThreadState& ts, Value* a, int n, Tuple*) { return find_impl(ts, a, n, false, false, "find"); }
static Value str_rfind(ThreadState& ts, Value* a, int n, Tuple*) { return find_impl(ts, a, n, true, false, "rfind"); }
static Value str_index(ThreadState& ts, Value* a, int n, Tuple*) { return find_impl(ts, a, n, false, true, "index"); }
static Value str_rindex(ThreadState& ts, Value* a, int n, Tuple*) { return find_impl(ts, a, n, true, true, "rindex"); }

static Value str_count(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "count", nargs - 1, 1, 3)) return Value();
  if (!is_str(ts, args[1])) return raise(ts, ts.eng.exc[E_TypeError], "must be str, not " + type_name(ts, args[1]));
  const std::string& sub = as_str(args[1])->s;
  Str* s = self_str(args[0]);
  size_t b, e;
  if (!str_range(ts, s, args, nargs, 2, &b, &e)) return Value();
  if (start_past_end(ts, s, args, nargs, 2)) return Value::small(0);
  std::string_view hay(s->s.data() + b, e - b);
  if (sub.empty()) return Value::small(utf8_length(hay) + 1);
  int64_t n = 0;
  for (size_t p = hay.find(sub); p != std::string_view::npos; p = hay.find(sub, p + sub.size())) n++;
  return Value::small(n);
}

static Value affix_impl(ThreadState& ts, Value* args, int nargs, bool start, const char* name) {
  if (!check_nargs(ts, name, nargs - 1, 1, 3)) return Value();
  Str* s = self_str(args[0]);
  size_t b, e;
  if (!str_range(ts, s, args, nargs, 2, &b, &e)) return Value();
  std::string_view hay(s->s.data() + b, e - b);
  auto test = [&](Value p) -> int {
    if (!is_str(ts, p)) {
      raise(ts, ts.eng.exc[E_TypeError], std::string(name) + " first arg must be str or a tuple of str, not " + type_name(ts, p));
      return -1;
    }
    const std::string& x = as_str(p)->s;
    if (x.size() > hay.size()) return 0;
    return start ? hay.compare(0, x.size(), x) == 0 : hay.compare(hay.size() - x.size(), x.size(), x) == 0;
  };
  if (is_type(ts, args[1], ts.eng.t.tuple)) {
    for (Value p : as<Tuple>(args[1])->items) {
      int r = test(p);
      if (r < 0) return Value();
      if (r) return ts.eng.True;
    }
    return ts.eng.False;
  }
  int r = test(args[1]);
  if (r < 0) return Value();
  return bool_value(ts, r);
}
static Value str_startswith(ThreadState& ts, Value* a, int n, Tuple*) { return affix_impl(ts, a, n, true, "startswith"); }
static Value str_endswith(ThreadState& ts, Value* a, int n, Tuple*) { return affix_impl(ts, a, n, false, "endswith"); }

// Case mapping as CPython's unicodeobject.c does it (do_upper, do_lower, do_title, ...), over
// the Unicode tables of objects/unicode.cpp.
enum class CaseOp { Upper, Lower, Capitalize, Title, Swapcase, Casefold };

// The lower case of [cps][i]: capital sigma becomes final sigma at the end of a word
// (handle_capital_sigma: cased, case-ignorables, SIGMA, not followed by case-ignorables + cased).
static void append_lower(std::string& out, const std::vector<uint32_t>& cps, size_t i) {
  if (cps[i] != 0x3A3) {
    uni_append_case(out, UniCase::Lower, cps[i]);
    return;
  }
  size_t j = i;
  while (j > 0 && uni_is(UniProp::CaseIgnorable, cps[j - 1])) j--;
  bool final_sigma = j > 0 && uni_is_cased(cps[j - 1]);
  if (final_sigma) {
    size_t k = i + 1;
    while (k < cps.size() && uni_is(UniProp::CaseIgnorable, cps[k])) k++;
    final_sigma = k == cps.size() || !uni_is_cased(cps[k]);
  }
  utf8_append(out, final_sigma ? 0x3C2 : 0x3C3);
}

static Value case_impl(ThreadState& ts, Value* args, int nargs, CaseOp op) {
  if (!check_nargs(ts, "method", nargs - 1, 0, 0)) return Value();
  const std::string& in = SELF;
  std::vector<uint32_t> cps;
  for (size_t i = 0; i < in.size();) cps.push_back(utf8_decode(in, i));
  std::string out;
  out.reserve(in.size());
  bool previous_cased = false;
  for (size_t i = 0; i < cps.size(); i++) {
    uint32_t c = cps[i];
    switch (op) {
      case CaseOp::Upper: uni_append_case(out, UniCase::Upper, c); break;
      case CaseOp::Lower: append_lower(out, cps, i); break;
      case CaseOp::Casefold: uni_append_case(out, UniCase::Fold, c); break;
      case CaseOp::Capitalize:
        if (i == 0) uni_append_case(out, UniCase::Title, c);
        else append_lower(out, cps, i);
        break;
      case CaseOp::Title:
        if (previous_cased) append_lower(out, cps, i);
        else uni_append_case(out, UniCase::Title, c);
        previous_cased = uni_is_cased(c);
        break;
      case CaseOp::Swapcase:
        if (uni_is(UniProp::Upper, c)) append_lower(out, cps, i);
        else if (uni_is(UniProp::Lower, c)) uni_append_case(out, UniCase::Upper, c);
        else utf8_append(out, c);
        break;
    }
  }
  return new_str(ts, std::move(out));
}
static Value str_casefold(ThreadState& ts, Value* a, int n, Tuple*) { return case_impl(ts, a, n, CaseOp::Casefold); }
static Value str_upper(ThreadState& ts, Value* a, int n, Tuple*) { return case_impl(ts, a, n, CaseOp::Upper); }
static Value str_lower(ThreadState& ts, Value* a, int n, Tuple*) { return case_impl(ts, a, n, CaseOp::Lower); }
static Value str_capitalize(ThreadState& ts, Value* a, int n, Tuple*) { return case_impl(ts, a, n, CaseOp::Capitalize); }
static Value str_title(ThreadState& ts, Value* a, int n, Tuple*) { return case_impl(ts, a, n, CaseOp::Title); }
static Value str_swapcase(ThreadState& ts, Value* a, int n, Tuple*) { return case_impl(ts, a, n, CaseOp::Swapcase); }

// isalpha, isdigit, ...: every character has the property (and there is one, unless
// [if_empty]: isprintable holds for '').
static Value all_impl(ThreadState& ts, Value* args, int nargs, bool (*pred)(uint32_t), bool if_empty = false) {
  if (!check_nargs(ts, "method", nargs - 1, 0, 0)) return Value();
  const std::string& s = SELF;
  if (s.empty()) return bool_value(ts, if_empty);
  for (size_t i = 0; i < s.size();)
    if (!pred(utf8_decode(s, i))) return ts.eng.False;
  return ts.eng.True;
}
static bool is_alnum_cp(uint32_t c) {
  return uni_is(UniProp::Alpha, c) || uni_is(UniProp::Decimal, c) || uni_is(UniProp::Digit, c) || uni_is(UniProp::Numeric, c);
}
static Value str_isdigit(ThreadState& ts, Value* a, int n, Tuple*) { return all_impl(ts, a, n, [](uint32_t c) { return uni_is(UniProp::Digit, c); }); }
static Value str_isdecimal(ThreadState& ts, Value* a, int n, Tuple*) { return all_impl(ts, a, n, [](uint32_t c) { return uni_is(UniProp::Decimal, c); }); }
static Value str_isnumeric(ThreadState& ts, Value* a, int n, Tuple*) { return all_impl(ts, a, n, [](uint32_t c) { return uni_is(UniProp::Numeric, c); }); }
static Value str_isalpha(ThreadState& ts, Value* a, int n, Tuple*) { return all_impl(ts, a, n, [](uint32_t c) { return uni_is(UniProp::Alpha, c); }); }
static Value str_isalnum(ThreadState& ts, Value* a, int n, Tuple*) { return all_impl(ts, a, n, is_alnum_cp); }
static Value str_isspace(ThreadState& ts, Value* a, int n, Tuple*) { return all_impl(ts, a, n, [](uint32_t c) { return uni_is(UniProp::Space, c); }); }
static Value str_isprintable(ThreadState& ts, Value* a, int n, Tuple*) {
  return all_impl(ts, a, n, [](uint32_t c) { return uni_is(UniProp::Printable, c); }, true);
}

// isupper / islower: no character of the other case (or titlecase), and at least one of this.
static Value cased_impl(ThreadState& ts, Value* args, int nargs, UniProp want, UniProp other) {
  if (!check_nargs(ts, "method", nargs - 1, 0, 0)) return Value();
  const std::string& s = SELF;
  bool cased = false;
  for (size_t i = 0; i < s.size();) {
    uint32_t c = utf8_decode(s, i);
    if (uni_is(other, c) || uni_is(UniProp::Titlecase, c)) return ts.eng.False;
    if (uni_is(want, c)) cased = true;
  }
  return bool_value(ts, cased);
}
static Value str_isupper(ThreadState& ts, Value* a, int n, Tuple*) { return cased_impl(ts, a, n, UniProp::Upper, UniProp::Lower); }
static Value str_islower(ThreadState& ts, Value* a, int n, Tuple*) { return cased_impl(ts, a, n, UniProp::Lower, UniProp::Upper); }
// XID_Start or '_' first, XID_Continue after, as CPython's PyUnicode_IsIdentifier.
static Value str_isidentifier(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "isidentifier", nargs - 1, 0, 0)) return Value();
  const std::string& s = SELF;
  if (s.empty()) return ts.eng.False;
  for (size_t i = 0; i < s.size();) {
    bool first = i == 0;
    uint32_t c = utf8_decode(s, i);
    if (!uni_is(first ? UniProp::IdStart : UniProp::IdContinue, c)) return ts.eng.False;
  }
  return ts.eng.True;
}


static Value pad_impl(ThreadState& ts, Value* args, int nargs, int mode, const char* name) {
  if (!check_nargs(ts, name, nargs - 1, 1, 2)) return Value();
  int64_t width;
  if (!as_index(ts, args[1], &width)) return Value();
  std::string fill = " ";
  if (nargs > 2) {
    if (!is_str(ts, args[2]) || as_str(args[2])->length() != 1)
      return raise(ts, ts.eng.exc[E_TypeError], "The fill character must be exactly one character long");
    fill = as_str(args[2])->s;
  }
  Str* s = self_str(args[0]);
  int64_t len = s->length();
  if (width <= len) return args[0];
  int64_t total = width - len, left = 0, right = 0;
  if (mode == 0) right = total;
  else if (mode == 1) left = total;
  else { left = total / 2 + (total & width & 1); right = total - left; }
  std::string out;
  for (int64_t i = 0; i < left; i++) out += fill;
  out += s->s;
  for (int64_t i = 0; i < right; i++) out += fill;
  return new_str(ts, std::move(out));
}
static Value str_ljust(ThreadState& ts, Value* a, int n, Tuple*) { return pad_impl(ts, a, n, 0, "ljust"); }
static Value str_rjust(ThreadState& ts, Value* a, int n, Tuple*) { return pad_impl(ts, a, n, 1, "rjust"); }
static Value str_center(ThreadState& ts, Value* a, int n, Tuple*) { return pad_impl(ts, a, n, 2, "center"); }

static Value str_zfill(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "zfill", nargs - 1, 1, 1)) return Value();
  int64_t width;
  if (!as_index(ts, args[1], &width)) return Value();
  Str* s = self_str(args[0]);
  int64_t len = s->length();
  if (width <= len) return args[0];
  std::string out = s->s;
  size_t at = (!out.empty() && (out[0] == '+' || out[0] == '-')) ? 1 : 0;
  out.insert(at, static_cast<size_t>(width - len), '0');
  return new_str(ts, std::move(out));
}

static Value str_partition_impl(ThreadState& ts, Value* args, int nargs, bool right) {
  if (!check_nargs(ts, "partition", nargs - 1, 1, 1)) return Value();
  std::string sep;
  if (!want_str(ts, args[1], "partition", sep)) return Value();
  if (sep.empty()) return raise(ts, ts.eng.exc[E_ValueError], "empty separator");
  const std::string& s = SELF;
  size_t f = right ? s.rfind(sep) : s.find(sep);
  std::vector<Value> v;
  if (f == std::string::npos) {
    Value empty = Value(ts.eng.names[N_empty]);
    if (right) v = {empty, empty, args[0]};
    else v = {args[0], empty, empty};
  } else {
    Value a = new_str(ts, s.substr(0, f));
    Root r1(ts, a);
    Value c = new_str(ts, s.substr(f + sep.size()));
    Root r2(ts, c);
    v = {a, args[1], c};
  }
  return Value(new_tuple(ts, v));
}
static Value str_partition(ThreadState& ts, Value* a, int n, Tuple*) { return str_partition_impl(ts, a, n, false); }
static Value str_rpartition(ThreadState& ts, Value* a, int n, Tuple*) { return str_partition_impl(ts, a, n, true); }


static Value str_removeprefix(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "removeprefix", nargs - 1, 1, 1)) return Value();
  std::string p;
  if (!want_str(ts, args[1], "removeprefix", p)) return Value();
  const std::string& s = SELF;
  if (s.compare(0, p.size(), p) == 0 && s.size() >= p.size()) return new_str(ts, s.substr(p.size()));
  return args[0];
}
static Value str_removesuffix(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "removesuffix", nargs - 1, 1, 1)) return Value();
  std::string p;
  if (!want_str(ts, args[1], "removesuffix", p)) return Value();
  const std::string& s = SELF;
  if (!p.empty() && s.size() >= p.size() && s.compare(s.size() - p.size(), p.size(), p) == 0)
    return new_str(ts, s.substr(0, s.size() - p.size()));
  return args[0];
}

Value str_format_method(ThreadState& ts, Value* args, int nargs, Tuple* kw);

static Value str_istitle(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "istitle", nargs - 1, 0, 0)) return Value();
  bool cased = false, prev_cased = false;
  const std::string& s = SELF;
  for (size_t i = 0; i < s.size();) {
    uint32_t c = utf8_decode(s, i);
    if (uni_is(UniProp::Upper, c) || uni_is(UniProp::Titlecase, c)) {
      if (prev_cased) return ts.eng.False;
      prev_cased = cased = true;
    } else if (uni_is(UniProp::Lower, c)) {
      if (!prev_cased) return ts.eng.False;
      prev_cased = cased = true;
    } else {
      prev_cased = false;
    }
  }
  return bool_value(ts, cased);
}
static Value str_isascii(ThreadState& ts, Value* args, int, Tuple*) {
  for (unsigned char c : SELF) if (c >= 0x80) return ts.eng.False;
  return ts.eng.True;
}
static Value str_expandtabs(ThreadState& ts, Value* args, int nargs, Tuple* kw) {
  Value a[1];
  if (!parse_args(ts, "expandtabs", args + 1, nargs - 1, kw, {"tabsize"}, 0, a)) return Value();
  int64_t tab = 8;
  if (a[0] && !as_index(ts, a[0], &tab)) return Value();
  std::string out;
  int64_t col = 0;
  const std::string& s = SELF;
  for (size_t i = 0; i < s.size();) {
    size_t j = i;
    uint32_t cp = utf8_decode(s, j);
    if (cp == '\t') {
      if (tab > 0) {
        int64_t n = tab - col % tab;
        out.append(static_cast<size_t>(n), ' ');
        col += n;
      }
    } else if (cp == '\n' || cp == '\r') {
      out += static_cast<char>(cp);
      col = 0;
    } else {
      out.append(s, i, j - i);
      col++;
    }
    i = j;
  }
  return new_str(ts, out);
}
static Value str_maketrans(ThreadState& ts, Value* args, int nargs, Tuple*) {
  // str.maketrans(x[, y[, z]]): args[0] is str (a static method called through the type).
  int off = (nargs > 0 && is_instance(ts, args[0], ts.eng.t.type)) ? 1 : 0;
  Value* a = args + off;
  int n = nargs - off;
  Dict* d = new_dict(ts);
  Root r(ts, Value(d));
  if (n == 1) {
    if (!a[0].is_obj() || a[0].obj()->type->layout != Layout::Dict)
      return raise(ts, ts.eng.exc[E_TypeError], "if you give only one argument to maketrans it must be a dict");
    for (auto& en : as<Dict>(a[0])->entries) {
      if (!en.key) continue;
      Value k = en.key;
      if (is_str(ts, k)) {
        size_t i = 0;
        k = Value::small(utf8_decode(as_str(k)->s, i));
      }
      if (!d->set(ts, k, en.value)) return Value();
    }
    return Value(d);
  }
  if (n < 2 || !is_str(ts, a[0]) || !is_str(ts, a[1]))
    return raise(ts, ts.eng.exc[E_TypeError], "maketrans() argument 2 must be str");
  const std::string &x = as_str(a[0])->s, &y = as_str(a[1])->s;
  if (utf8_length(x) != utf8_length(y))
    return raise(ts, ts.eng.exc[E_ValueError], "the first two maketrans arguments must have equal length");
  size_t i = 0, j = 0;
  while (i < x.size()) {
    uint32_t cx = utf8_decode(x, i), cy = utf8_decode(y, j);
    if (!d->set(ts, Value::small(cx), Value::small(cy))) return Value();
  }
  if (n > 2 && is_str(ts, a[2])) {
    const std::string& z = as_str(a[2])->s;
    for (size_t k = 0; k < z.size();)
      if (!d->set(ts, Value::small(utf8_decode(z, k)), ts.eng.None)) return Value();
  }
  return Value(d);
}
static Value str_translate(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "translate", nargs - 1, 1, 1)) return Value();
  std::string out;
  const std::string& s = SELF;
  for (size_t i = 0; i < s.size();) {
    size_t j = i;
    uint32_t cp = utf8_decode(s, j);
    Value m = getitem(ts, args[1], Value::small(cp));
    if (!m) {
      if (error_matches(ts, ts.eng.exc[E_LookupError])) {
        take_error(ts);
        out.append(s, i, j - i);
      } else {
        return Value();
      }
    } else if (m == ts.eng.None) {
    } else if (is_str(ts, m)) {
      out += as_str(m)->s;
    } else {
      int64_t c;
      if (!as_index(ts, m, &c)) return Value();
      utf8_append(out, static_cast<uint32_t>(c));
    }
    i = j;
  }
  return new_str(ts, out);
}

void init_str(ThreadState& ts) {
  Engine& e = ts.eng;
  for (Type* t : {e.t.str, e.t.bytes}) {
    t->slots.hash = str_hash;
    t->slots.richcompare = str_richcompare;
    t->slots.binop = str_binop;
    t->slots.truth = str_truth;
    t->slots.getitem = str_getitem;
    t->slots.contains = str_contains;
    t->slots.iter = str_iter;
  }
  e.t.str->slots.len = str_len;
  e.t.bytes->slots.len = [](ThreadState&, Value v) -> int64_t { return static_cast<int64_t>(self_str(v)->s.size()); };
  e.t.str->slots.repr = str_repr;
  e.t.str->slots.str = str_str;
  e.t.str->slots.new_ = str_new;
  e.t.bytes->slots.repr = bytes_repr;
  e.t.bytes->slots.str = bytes_repr;
  Type* t = e.t.str;
  add_method(ts, t, "strip", str_strip);
  add_method(ts, t, "lstrip", str_lstrip);
  add_method(ts, t, "rstrip", str_rstrip);
  add_method(ts, t, "split", str_split);
  add_method(ts, t, "rsplit", str_rsplit);
  add_method(ts, t, "splitlines", str_splitlines);
  add_method(ts, t, "join", str_join);
  add_method(ts, t, "replace", str_replace);
  add_method(ts, t, "find", str_find);
  add_method(ts, t, "rfind", str_rfind);
  add_method(ts, t, "index", str_index);
  add_method(ts, t, "rindex", str_rindex);
  add_method(ts, t, "count", str_count);
  add_method(ts, t, "startswith", str_startswith);
  add_method(ts, t, "endswith", str_endswith);
  add_method(ts, t, "upper", str_upper);
  add_method(ts, t, "lower", str_lower);
  add_method(ts, t, "capitalize", str_capitalize);
  add_method(ts, t, "title", str_title);
  add_method(ts, t, "swapcase", str_swapcase);
  add_method(ts, t, "isdigit", str_isdigit);
  add_method(ts, t, "isnumeric", str_isnumeric);
  add_method(ts, t, "isdecimal", str_isdecimal);
  add_method(ts, t, "isalpha", str_isalpha);
  add_method(ts, t, "isalnum", str_isalnum);
  add_method(ts, t, "isspace", str_isspace);
  add_method(ts, t, "isupper", str_isupper);
  add_method(ts, t, "islower", str_islower);
  add_method(ts, t, "isidentifier", str_isidentifier);
  add_method(ts, t, "isprintable", str_isprintable);
  add_method(ts, t, "ljust", str_ljust);
  add_method(ts, t, "rjust", str_rjust);
  add_method(ts, t, "center", str_center);
  add_method(ts, t, "zfill", str_zfill);
  add_method(ts, t, "partition", str_partition);
  add_method(ts, t, "rpartition", str_rpartition);
  add_method(ts, t, "removeprefix", str_removeprefix);
  add_method(ts, t, "removesuffix", str_removesuffix);
  add_method(ts, t, "format", str_format_method);
  add_method(ts, t, "istitle", str_istitle);
  add_method(ts, t, "isascii", str_isascii);
  add_method(ts, t, "casefold", str_casefold);
  add_method(ts, t, "expandtabs", str_expandtabs);
  add_method(ts, t, "maketrans", str_maketrans);
  add_method(ts, t, "translate", str_translate);
}

}  // namespace il
