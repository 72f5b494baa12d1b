// bytes.cpp: the bytes type's constructor and methods (bytes share Str's storage: raw bytes in
// Str::s), and the codecs between str and bytes (str.encode, bytes.decode: utf-8, ascii,
// latin-1 with strict/ignore/replace). Everything here is byte-wise; nothing runs Python code
// except the constructor's iteration and __bytes__/__index__ calls.
#include <algorithm>
#include <cctype>
#include <cstring>

#include "objects/containers.h"
#include "objects/function.h"
#include "objects/str.h"
#include "vm/api.h"
#include "vm/init.h"

namespace il {

namespace {

bool is_bytes(Value v) { return v.is_obj() && v.obj()->type->layout == Layout::Bytes; }
const std::string& B(Value v) { return static_cast<Str*>(v.obj())->s; }

// A bytes-like argument's contents, or a TypeError naming [what].
bool bytes_arg(ThreadState& ts, Value v, std::string* out, const char* what) {
  if (is_bytes(v)) { *out = B(v); return true; }
  raise(ts, ts.eng.exc[E_TypeError], std::string(what) + "a bytes-like object is required, not '" + type_name(ts, v) + "'");
  return false;
}

std::string lower_name(std::string s) {
  for (char& c : s) c = (c == '_') ? '-' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

enum class Codec { Utf8, Ascii, Latin1, Unknown };
Codec codec_of(const std::string& name) {
  std::string n = lower_name(name);
  if (n == "utf-8" || n == "utf8" || n == "u8" || n == "utf") return Codec::Utf8;
  if (n == "ascii" || n == "us-ascii" || n == "646") return Codec::Ascii;
  if (n == "latin-1" || n == "latin1" || n == "iso-8859-1" || n == "iso8859-1" || n == "l1" || n == "8859" || n == "cp819" || n == "latin")
    return Codec::Latin1;
  return Codec::Unknown;
}
const char* codec_name(Codec c) { return c == Codec::Utf8 ? "utf-8" : c == Codec::Ascii ? "ascii" : "latin-1"; }

// (encoding, errors) from a codec call's arguments; raises LookupError for unknown names.
bool codec_args(ThreadState& ts, const char* fname, Value* args, int nargs, Tuple* kw, Codec* codec, std::string* errors) {
  Value a[2];
  if (!parse_args(ts, fname, args, nargs, kw, {"encoding", "errors"}, 0, a)) return false;
  std::string enc = "utf-8";
  *errors = "strict";
  for (int i = 0; i < 2; i++) {
    if (!a[i]) continue;
    if (!is_str(ts, a[i])) {
      raise(ts, ts.eng.exc[E_TypeError], std::string(fname) + "() argument '" + (i ? "errors" : "encoding") +
                                             "' must be str, not " + type_name(ts, a[i]));
      return false;
    }
    (i ? *errors : enc) = as_str(a[i])->s;
  }
  *codec = codec_of(enc);
  if (*codec != Codec::Unknown) return true;
  raise(ts, ts.eng.exc[E_LookupError], "unknown encoding: " + enc);
  return false;
}

bool encode(ThreadState& ts, const std::string& text, Codec codec, const std::string& errors, std::string* out) {
  if (codec == Codec::Utf8) { *out = text; return true; }
  size_t limit = codec == Codec::Ascii ? 0x80 : 0x100;
  int64_t pos = 0;
  for (size_t i = 0; i < text.size(); pos++) {
    uint32_t cp = utf8_decode(text, i);
    if (cp < limit) { out->push_back(static_cast<char>(cp)); continue; }
    if (errors == "ignore") continue;
    if (errors == "replace") { out->push_back('?'); continue; }
    // CPython reports the whole run of unencodable characters.
    int64_t end = pos + 1;
    for (size_t j = i; j < text.size(); end++) {
      size_t k = j;
      if (utf8_decode(text, k) < limit) break;
      j = k;
    }
    std::string what;
    if (end - pos == 1) {
      char buf[16];
      snprintf(buf, sizeof buf, cp <= 0xFF ? "\\x%02x" : cp <= 0xFFFF ? "\\u%04x" : "\\U%08x", cp);
      what = std::string("character '") + buf + "' in position " + std::to_string(pos);
    } else {
      what = "characters in position " + std::to_string(pos) + "-" + std::to_string(end - 1);
    }
    raise(ts, ts.eng.exc[E_UnicodeEncodeError], std::string("'") + codec_name(codec) + "' codec can't encode " + what +
                                                  ": ordinal not in range(" + std::to_string(limit) + ")");
    return false;
  }
  return true;
}

// Length of the valid UTF-8 sequence at [i] (0: invalid), CPython's rules (no surrogates, no
// overlongs, at most U+10FFFF).
size_t utf8_valid_at(const std::string& s, size_t i) {
  unsigned char c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) return 1;
  size_t n = c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3 : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
  if (!n || i + n > s.size()) return 0;
  unsigned char c1 = static_cast<unsigned char>(s[i + 1]);
  if ((c1 & 0xC0) != 0x80) return 0;
  if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F) || (c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 > 0x8F)) return 0;
  for (size_t k = 2; k < n; k++)
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
  return n;
}

bool decode(ThreadState& ts, const std::string& data, Codec codec, const std::string& errors, std::string* out) {
  for (size_t i = 0; i < data.size();) {
    unsigned char c = static_cast<unsigned char>(data[i]);
    size_t n = codec == Codec::Utf8 ? utf8_valid_at(data, i) : (codec == Codec::Latin1 || c < 0x80) ? 1 : 0;
    if (n) {
      if (codec == Codec::Latin1) utf8_append(*out, c); else out->append(data, i, n);
      i += n;
      continue;
    }
    if (errors == "ignore") { i++; continue; }
    if (errors == "replace") { utf8_append(*out, 0xFFFD); i++; continue; }
    char buf[8];
    snprintf(buf, sizeof buf, "0x%02x", c);
    std::string why = codec == Codec::Ascii ? "ordinal not in range(128)"
                      : (c >= 0xC2 && c <= 0xF4 && i + 1 >= data.size()) ? "unexpected end of data"
                      : (c >= 0x80 && c < 0xC0) || c > 0xF4 || c < 0xC2 ? "invalid start byte"
                                                                        : "invalid continuation byte";
    raise(ts, ts.eng.exc[E_UnicodeDecodeError], std::string("'") + codec_name(codec) + "' codec can't decode byte " + buf +
                                                  " in position " + std::to_string(i) + ": " + why);
    return false;
  }
  return true;
}

Value str_encode(ThreadState& ts, Value* args, int nargs, Tuple* kw) {
  Codec codec;
  std::string errors, out;
  if (!codec_args(ts, "encode", args + 1, nargs - 1, kw, &codec, &errors)) return Value();
  if (!encode(ts, as_str(args[0])->s, codec, errors, &out)) return Value();
  return new_bytes(ts, std::move(out));
}

Value bytes_decode(ThreadState& ts, Value* args, int nargs, Tuple* kw) {
  Codec codec;
  std::string errors, out;
  if (!codec_args(ts, "decode", args + 1, nargs - 1, kw, &codec, &errors)) return Value();
  if (!decode(ts, B(args[0]), codec, errors, &out)) return Value();
  return new_str(ts, std::move(out));
}

// bytes(), bytes(n), bytes(iterable_of_ints), bytes(str, encoding[, errors]), bytes(bytes_like).
Value bytes_new(ThreadState& ts, Type* t, Value* args, int nargs, Tuple* kw) {
  Engine& e = ts.eng;
  Value a[3];
  if (!parse_args(ts, "bytes", args, nargs, kw, {"source", "encoding", "errors"}, 0, a)) return Value();
  std::string out;
  if (!a[0]) {
    if (a[1] || a[2]) return raise(ts, e.exc[E_TypeError], a[1] ? "encoding without a string argument" : "errors without a string argument");
  } else if (is_str(ts, a[0])) {
    if (!a[1]) return raise(ts, e.exc[E_TypeError], "string argument without an encoding");
    Value ca[2] = {a[1], a[2] ? a[2] : new_str(ts, "strict")};
    Codec codec;
    std::string errors;
    if (!codec_args(ts, "bytes", ca, 2, nullptr, &codec, &errors) || !encode(ts, as_str(a[0])->s, codec, errors, &out))
      return Value();
  } else if (a[1] || a[2]) {
    return raise(ts, e.exc[E_TypeError], a[1] ? "encoding without a string argument" : "errors without a string argument");
  } else if (Value f = a[0].is_obj() ? type_lookup(type_of(ts, a[0]), e.intern("__bytes__")) : Value()) {
    Value r = call1(ts, f, a[0]);
    if (!r) return Value();
    if (!is_bytes(r)) return raise(ts, e.exc[E_TypeError], "__bytes__ returned non-bytes (type " + type_name(ts, r) + ")");
    out = B(r);
  } else if (is_bytes(a[0])) {
    if (t == e.t.bytes && type_of(ts, a[0]) == e.t.bytes) return a[0];
    out = B(a[0]);
  } else if (is_int(ts, a[0]) || type_lookup(type_of(ts, a[0]), e.names[N_index])) {
    int64_t n;
    if (!as_index(ts, a[0], &n)) return Value();
    if (n < 0) return raise(ts, e.exc[E_ValueError], "negative count");
    if (n > (int64_t{1} << 31)) return raise_no_memory(ts);
    out.assign(static_cast<size_t>(n), '\0');
  } else {
    std::vector<Value> items;
    if (!collect_iterable(ts, a[0], items)) {
      if (error_matches(ts, e.exc[E_TypeError])) {
        take_error(ts);
        return raise(ts, e.exc[E_TypeError], "cannot convert '" + type_name(ts, a[0]) + "' object to bytes");
      }
      return Value();
    }
    for (Value v : items) {
      int64_t b;
      if (!as_index(ts, v, &b)) return Value();
      if (b < 0 || b > 255) return raise(ts, e.exc[E_ValueError], "bytes must be in range(0, 256)");
      out.push_back(static_cast<char>(b));
    }
  }
  if (t->is_heap) return Value(e.alloc<WithDict<Str>>(t, std::move(out)));   // a subclass's instance
  return Value(e.alloc<Str>(t, std::move(out)));
}

Value m_hex(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "hex", nargs - 1, 0, 0)) return Value();
  static const char* digits = "0123456789abcdef";
  std::string out;
  for (unsigned char c : B(args[0])) { out.push_back(digits[c >> 4]); out.push_back(digits[c & 15]); }
  return new_str(ts, std::move(out));
}

Value m_fromhex(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "fromhex", nargs - 1, 1, 1)) return Value();
  if (!is_str(ts, args[1])) return raise(ts, ts.eng.exc[E_TypeError], "fromhex() argument must be str, not " + type_name(ts, args[1]));
  const std::string& s = as_str(args[1])->s;
  auto hexval = [](char c) { return c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1; };
  std::string out;
  for (size_t i = 0; i < s.size();) {
    if (std::isspace(static_cast<unsigned char>(s[i]))) { i++; continue; }
    int hi = hexval(s[i]), lo = i + 1 < s.size() ? hexval(s[i + 1]) : -1;
    if (hi < 0 || lo < 0) {
      size_t at = hi < 0 ? i : i + 1;
      return raise(ts, ts.eng.exc[E_ValueError], "non-hexadecimal number found in fromhex() arg at position " + std::to_string(at));
    }
    out.push_back(static_cast<char>(hi * 16 + lo));
    i += 2;
  }
  Value r = new_bytes(ts, std::move(out));
  if (args[0] != Value(ts.eng.t.bytes)) return call1(ts, args[0], r);
  return r;
}

// split(sep=None, maxsplit=-1): on runs of ASCII whitespace without [sep].
Value m_split(ThreadState& ts, Value* args, int nargs, Tuple* kw) {
  Value a[2];
  if (!parse_args(ts, "split", args + 1, nargs - 1, kw, {"sep", "maxsplit"}, 0, a)) return Value();
  int64_t maxsplit = -1;
  if (a[1] && !as_index(ts, a[1], &maxsplit)) return Value();
  const std::string& s = B(args[0]);
  std::vector<Value> parts;
  Root keep(ts, Value());
  if (!a[0] || a[0] == ts.eng.None) {
    size_t i = 0;
    auto ws = [&](size_t k) { return std::isspace(static_cast<unsigned char>(s[k])) != 0; };
    while (true) {
      while (i < s.size() && ws(i)) i++;
      if (i >= s.size()) break;
      if (maxsplit >= 0 && static_cast<int64_t>(parts.size()) == maxsplit) {
        size_t end = s.size();
        while (end > i && ws(end - 1)) end--;
        parts.push_back(new_bytes(ts, s.substr(i, end - i)));
        break;
      }
      size_t j = i;
      while (j < s.size() && !ws(j)) j++;
      parts.push_back(new_bytes(ts, s.substr(i, j - i)));
      i = j;
    }
  } else {
    std::string sep;
    if (!bytes_arg(ts, a[0], &sep, "")) return Value();
    if (sep.empty()) return raise(ts, ts.eng.exc[E_ValueError], "empty separator");
    size_t i = 0;
    while (true) {
      size_t j = s.find(sep, i);
      if (j == std::string::npos || (maxsplit >= 0 && static_cast<int64_t>(parts.size()) == maxsplit)) {
        parts.push_back(new_bytes(ts, s.substr(i)));
        break;
      }
      parts.push_back(new_bytes(ts, s.substr(i, j - i)));
      i = j + sep.size();
    }
  }
  return Value(new_list(ts, std::move(parts)));
}

Value m_join(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "join", nargs - 1, 1, 1)) return Value();
  std::vector<Value> items;
  if (!collect_iterable(ts, args[1], items)) return Value();
  std::string out;
  for (size_t i = 0; i < items.size(); i++) {
    if (!is_bytes(items[i]))
      return raise(ts, ts.eng.exc[E_TypeError], "sequence item " + std::to_string(i) + ": expected a bytes-like object, " +
                                                    type_name(ts, items[i]) + " found");
    if (i) out += B(args[0]);
    out += B(items[i]);
  }
  return new_bytes(ts, std::move(out));
}

// strip/lstrip/rstrip([chars]): [which] 1 left, 2 right, 3 both.
Value strip(ThreadState& ts, Value* args, int nargs, int which, const char* name) {
  if (!check_nargs(ts, name, nargs - 1, 0, 1)) return Value();
  std::string chars = " \t\n\r\x0b\x0c";
  if (nargs == 2 && args[1] != ts.eng.None && !bytes_arg(ts, args[1], &chars, "")) return Value();
  const std::string& s = B(args[0]);
  size_t a = 0, b = s.size();
  if (which & 1) while (a < b && chars.find(s[a]) != std::string::npos) a++;
  if (which & 2) while (b > a && chars.find(s[b - 1]) != std::string::npos) b--;
  return new_bytes(ts, s.substr(a, b - a));
}
Value m_strip(ThreadState& ts, Value* args, int nargs, Tuple*) { return strip(ts, args, nargs, 3, "strip"); }
Value m_lstrip(ThreadState& ts, Value* args, int nargs, Tuple*) { return strip(ts, args, nargs, 1, "lstrip"); }
Value m_rstrip(ThreadState& ts, Value* args, int nargs, Tuple*) { return strip(ts, args, nargs, 2, "rstrip"); }

Value m_replace(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "replace", nargs - 1, 2, 3)) return Value();
  std::string from, to;
  if (!bytes_arg(ts, args[1], &from, "") || !bytes_arg(ts, args[2], &to, "")) return Value();
  int64_t count = -1;
  if (nargs == 4 && !as_index(ts, args[3], &count)) return Value();
  const std::string& s = B(args[0]);
  std::string out;
  size_t i = 0;
  for (int64_t n = 0; count < 0 || n < count; n++) {
    if (from.empty()) {
      if (i > s.size()) break;
      out += to;
      if (i < s.size()) out.push_back(s[i]);
      i++;
      continue;
    }
    size_t j = s.find(from, i);
    if (j == std::string::npos) break;
    out.append(s, i, j - i);
    out += to;
    i = j + from.size();
  }
  if (i < s.size()) out.append(s, i, std::string::npos);
  return new_bytes(ts, std::move(out));
}

// The [start, end) window of find/count/startswith arguments, clamped like slice indices.
bool window(ThreadState& ts, Value* args, int nargs, int first, size_t len, size_t* a, size_t* b) {
  int64_t bounds[2] = {0, static_cast<int64_t>(len)};
  for (int k = 0; k < 2 && first + k < nargs; k++) {
    if (args[first + k] == ts.eng.None) continue;
    if (!as_index(ts, args[first + k], &bounds[k], "slice indices must be integers or None or have an __index__ method")) return false;
    if (bounds[k] < 0) bounds[k] += static_cast<int64_t>(len);
    bounds[k] = std::clamp<int64_t>(bounds[k], 0, static_cast<int64_t>(len));
  }
  *a = static_cast<size_t>(bounds[0]);
  *b = static_cast<size_t>(std::max(bounds[0], bounds[1]));
  return true;
}

// A byte value or a bytes object as the needle of find/count/index.
bool needle(ThreadState& ts, Value v, std::string* out) {
  if (is_int(ts, v)) {
    int64_t b;
    if (!as_index(ts, v, &b)) return false;
    if (b < 0 || b > 255) {
      raise(ts, ts.eng.exc[E_ValueError], "byte must be in range(0, 256)");
      return false;
    }
    out->assign(1, static_cast<char>(b));
    return true;
  }
  if (is_bytes(v)) { *out = B(v); return true; }
  raise(ts, ts.eng.exc[E_TypeError], "argument should be integer or bytes-like object, not '" + type_name(ts, v) + "'");
  return false;
}

// find/rfind/index/rindex: [kind] bit 1 reverse, bit 2 raise when missing.
Value find(ThreadState& ts, Value* args, int nargs, int kind, const char* name) {
  if (!check_nargs(ts, name, nargs - 1, 1, 3)) return Value();
  std::string n;
  size_t a, b;
  const std::string& s = B(args[0]);
  if (!needle(ts, args[1], &n) || !window(ts, args, nargs, 2, s.size(), &a, &b)) return Value();
  std::string_view w(s.data() + a, b - a);
  size_t at = (kind & 1) ? w.rfind(n) : w.find(n);
  if (at == std::string_view::npos || b - a < n.size()) {
    if (kind & 2) return raise(ts, ts.eng.exc[E_ValueError], "subsection not found");
    return Value::small(-1);
  }
  return Value::small(static_cast<int64_t>(a + at));
}
Value m_find(ThreadState& ts, Value* args, int nargs, Tuple*) { return find(ts, args, nargs, 0, "find"); }
Value m_rfind(ThreadState& ts, Value* args, int nargs, Tuple*) { return find(ts, args, nargs, 1, "rfind"); }
Value m_index(ThreadState& ts, Value* args, int nargs, Tuple*) { return find(ts, args, nargs, 2, "index"); }
Value m_rindex(ThreadState& ts, Value* args, int nargs, Tuple*) { return find(ts, args, nargs, 3, "rindex"); }

Value m_count(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "count", nargs - 1, 1, 3)) return Value();
  std::string n;
  size_t a, b;
  const std::string& s = B(args[0]);
  if (!needle(ts, args[1], &n) || !window(ts, args, nargs, 2, s.size(), &a, &b)) return Value();
  std::string_view w(s.data() + a, b - a);
  if (n.empty()) return Value::small(static_cast<int64_t>(w.size() + 1));
  int64_t c = 0;
  for (size_t i = w.find(n); i != std::string_view::npos; i = w.find(n, i + n.size())) c++;
  return Value::small(c);
}

// startswith/endswith(prefix or tuple of prefixes[, start[, end]]).
Value affix(ThreadState& ts, Value* args, int nargs, bool end, const char* name) {
  if (!check_nargs(ts, name, nargs - 1, 1, 3)) return Value();
  size_t a, b;
  const std::string& s = B(args[0]);
  if (!window(ts, args, nargs, 2, s.size(), &a, &b)) return Value();
  std::string_view w(s.data() + a, b - a);
  std::vector<Value> options;
  if (args[1].is_obj() && args[1].obj()->type->layout == Layout::Tuple) options = as<Tuple>(args[1])->items;
  else options.push_back(args[1]);
  for (Value o : options) {
    if (!is_bytes(o))
      return raise(ts, ts.eng.exc[E_TypeError], std::string(name) + " first arg must be bytes or a tuple of bytes, not " + type_name(ts, o));
    const std::string& p = B(o);
    if (p.size() <= w.size() && (end ? w.substr(w.size() - p.size()) : w.substr(0, p.size())) == p) return ts.eng.True;
  }
  return ts.eng.False;
}
Value m_startswith(ThreadState& ts, Value* args, int nargs, Tuple*) { return affix(ts, args, nargs, false, "startswith"); }
Value m_endswith(ThreadState& ts, Value* args, int nargs, Tuple*) { return affix(ts, args, nargs, true, "endswith"); }

Value map_case(ThreadState& ts, Value* args, int nargs, bool upper, const char* name) {
  if (!check_nargs(ts, name, nargs - 1, 0, 0)) return Value();
  std::string s = B(args[0]);
  for (char& c : s) {
    if (upper && c >= 'a' && c <= 'z') c = static_cast<char>(c - 32);
    if (!upper && c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
  }
  return new_bytes(ts, std::move(s));
}
Value m_upper(ThreadState& ts, Value* args, int nargs, Tuple*) { return map_case(ts, args, nargs, true, "upper"); }
Value m_lower(ThreadState& ts, Value* args, int nargs, Tuple*) { return map_case(ts, args, nargs, false, "lower"); }

// isdigit/isalpha/isalnum/isspace: every byte in the class, and not empty.
template <int (*Pred)(int)>
Value m_is(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "is", nargs - 1, 0, 0)) return Value();
  const std::string& s = B(args[0]);
  bool ok = !s.empty();
  for (unsigned char c : s) ok = ok && c < 0x80 && Pred(c);
  return bool_value(ts, ok);
}

}  // namespace

void init_bytes(ThreadState& ts) {
  Engine& e = ts.eng;
  Type* t = e.t.bytes;
  t->slots.new_ = bytes_new;
  add_method(ts, e.t.str, "encode", str_encode);
  add_method(ts, t, "decode", bytes_decode);
  add_method(ts, t, "hex", m_hex);
  add_method(ts, t, "fromhex", m_fromhex);
  as<NativeFunction>(t->dict->get_str(e.intern("fromhex")))->classmethod = true;
  add_method(ts, t, "split", m_split);
  add_method(ts, t, "join", m_join);
  add_method(ts, t, "strip", m_strip);
  add_method(ts, t, "lstrip", m_lstrip);
  add_method(ts, t, "rstrip", m_rstrip);
  add_method(ts, t, "replace", m_replace);
  add_method(ts, t, "find", m_find);
  add_method(ts, t, "rfind", m_rfind);
  add_method(ts, t, "index", m_index);
  add_method(ts, t, "rindex", m_rindex);
  add_method(ts, t, "count", m_count);
  add_method(ts, t, "startswith", m_startswith);
  add_method(ts, t, "endswith", m_endswith);
  add_method(ts, t, "upper", m_upper);
  add_method(ts, t, "lower", m_lower);
  add_method(ts, t, "isdigit", m_is<::isdigit>);
  add_method(ts, t, "isalpha", m_is<::isalpha>);
  add_method(ts, t, "isalnum", m_is<::isalnum>);
  add_method(ts, t, "isspace", m_is<::isspace>);
}

}  // namespace il
