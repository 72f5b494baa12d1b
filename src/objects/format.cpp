// format.cpp: the format-spec mini-language (format(), f-strings, str.format) for int, float
// and str, str.format's field syntax, and printf-style `%` formatting.
#include <cmath>
#include <cstdio>
#include <cstring>

#include "objects/bigint.h"
#include "vm/api.h"

namespace il {

std::string float_repr_text(double v);

bool int_big_value(Value v, BigNum* out);

struct Spec {
  uint32_t fill = ' ';
  char align = 0;
  char sign = 0;
  bool alt = false;
  bool zero = false;
  int64_t width = -1;
  char grouping = 0;
  int64_t precision = -1;
  char type = 0;
};

static bool parse_spec(ThreadState& ts, const std::string& s, Spec& sp) {
  size_t i = 0;
  auto is_align = [](char c) { return c == '<' || c == '>' || c == '=' || c == '^'; };
  if (!s.empty()) {
    size_t j = 0;
    uint32_t cp = utf8_decode(s, j);
    if (j < s.size() && is_align(s[j])) {
      sp.fill = cp;
      sp.align = s[j];
      i = j + 1;
    } else if (is_align(s[0])) {
      sp.align = s[0];
      i = 1;
    }
  }
  if (i < s.size() && (s[i] == '+' || s[i] == '-' || s[i] == ' ')) sp.sign = s[i++];
  if (i < s.size() && s[i] == 'z') i++;
  if (i < s.size() && s[i] == '#') { sp.alt = true; i++; }
  if (i < s.size() && s[i] == '0') { sp.zero = true; i++; }
  if (i < s.size() && isdigit(static_cast<unsigned char>(s[i]))) {
    sp.width = 0;
    while (i < s.size() && isdigit(static_cast<unsigned char>(s[i]))) sp.width = sp.width * 10 + (s[i++] - '0');
  }
  if (i < s.size() && (s[i] == ',' || s[i] == '_')) sp.grouping = s[i++];
  if (i < s.size() && s[i] == '.') {
    i++;
    if (i >= s.size() || !isdigit(static_cast<unsigned char>(s[i]))) {
      raise(ts, ts.eng.exc[E_ValueError], "Format specifier missing precision");
      return false;
    }
    sp.precision = 0;
    while (i < s.size() && isdigit(static_cast<unsigned char>(s[i]))) sp.precision = sp.precision * 10 + (s[i++] - '0');
  }
  if (i < s.size()) sp.type = s[i++];
  if (i < s.size()) {
    raise(ts, ts.eng.exc[E_ValueError], "Invalid format specifier '" + s + "' for object of type '" + std::string("?") + "'");
    return false;
  }
  if (sp.zero && !sp.align) {
    sp.fill = '0';
    sp.align = '=';
  }
  return true;
}

static std::string group_digits(const std::string& digits, char sep, int every) {
  std::string out;
  int n = static_cast<int>(digits.size());
  for (int i = 0; i < n; i++) {
    out += digits[static_cast<size_t>(i)];
    int rem = n - i - 1;
    if (rem > 0 && rem % every == 0) out += sep;
  }
  return out;
}

// Pads [body] (sign and prefix separate for '=' alignment) to the spec's width.
static std::string pad(const Spec& sp, const std::string& sign_prefix, const std::string& body, char default_align) {
  std::string fill;
  utf8_append(fill, sp.fill);
  int64_t len = utf8_length(sign_prefix) + utf8_length(body);
  char align = sp.align ? sp.align : default_align;
  if (sp.width <= len) return sign_prefix + body;
  int64_t total = sp.width - len;
  std::string f;
  auto rep = [&](int64_t n) { std::string r; for (int64_t i = 0; i < n; i++) r += fill; return r; };
  switch (align) {
    case '<': return sign_prefix + body + rep(total);
    case '^': return rep(total / 2) + sign_prefix + body + rep(total - total / 2);
    case '=': return sign_prefix + rep(total) + body;
    default: return rep(total) + sign_prefix + body;
  }
}

static Value format_int(ThreadState& ts, const BigNum& bv, const Spec& sp, const std::string& tname) {
  char type = sp.type ? sp.type : 'd';
  if (strchr("eEfFgG%", type)) {
    // Handled by the float path.
    return Value();
  }
  if (sp.precision >= 0) return raise(ts, ts.eng.exc[E_ValueError], "Precision not allowed in integer format specifier");
  BigNum mag = bv;
  mag.neg = false;
  bool negative = bv.neg;
  int64_t v = 0;
  bv.to_i64(&v);
  std::string digits, prefix;
  switch (type) {
    case 'd': case 'n': digits = mag.to_string(10); break;
    case 'b': digits = mag.to_string(2); prefix = "0b"; break;
    case 'o': digits = mag.to_string(8); prefix = "0o"; break;
    case 'x': digits = mag.to_string(16); prefix = "0x"; break;
    case 'X':
      digits = mag.to_string(16);
      for (char& c : digits) c = static_cast<char>(toupper(c));
      prefix = "0X";
      break;
    case 'c': {
      if (bv.mag.size() > 1 || v < 0 || v > 0x10FFFF) return raise(ts, ts.eng.exc[E_OverflowError], "%c arg not in range(0x110000)");
      std::string s;
      utf8_append(s, static_cast<uint32_t>(v));
      return new_str(ts, pad(sp, "", s, '<'));
    }
    default:
      return raise(ts, ts.eng.exc[E_ValueError], std::string("Unknown format code '") + type + "' for object of type '" + tname + "'");
  }
  if (sp.grouping) {
    int every = (type == 'd' || type == 'n') ? 3 : 4;
    if (sp.grouping == ',' && every == 4)
      return raise(ts, ts.eng.exc[E_ValueError], std::string("Cannot specify ',' with '") + type + "'.");
    if (sp.align == '=' && sp.fill == '0' && sp.width > 0) {
      // Zero padding takes part in grouping.
      int64_t signlen = (negative || sp.sign == '+' || sp.sign == ' ') ? 1 : 0;
      int64_t plen = sp.alt ? static_cast<int64_t>(prefix.size()) : 0;
      int64_t want = sp.width - signlen - plen;
      std::string g = group_digits(digits, sp.grouping, every);
      while (static_cast<int64_t>(g.size()) < want) {
        digits.insert(digits.begin(), '0');
        g = group_digits(digits, sp.grouping, every);
      }
      if (g[0] == sp.grouping) g = "0" + g;
      digits = g;
    } else {
      digits = group_digits(digits, sp.grouping, every);
    }
  }
  std::string sign = negative ? "-" : sp.sign == '+' ? "+" : sp.sign == ' ' ? " " : "";
  return new_str(ts, pad(sp, sign + (sp.alt ? prefix : ""), digits, '>'));
}

static std::string fmt_fixed(double v, int prec) {
  std::vector<char> buf(static_cast<size_t>(prec) + 400);
  snprintf(buf.data(), buf.size(), "%.*f", prec, v);
  return buf.data();
}

static Value format_float(ThreadState& ts, double v, const Spec& sp) {
  char type = sp.type;
  std::string body;
  bool neg = std::signbit(v) && !std::isnan(v);
  double a = std::fabs(v);
  int prec = sp.precision >= 0 ? static_cast<int>(sp.precision) : 6;
  if (std::isinf(a) || std::isnan(a)) {
    body = std::isnan(a) ? "nan" : "inf";
    if (type == 'E' || type == 'F' || type == 'G') for (char& c : body) c = static_cast<char>(toupper(c));
    if (type == '%') body += "%";
  } else {
    switch (type) {
      case 'f': case 'F': body = fmt_fixed(a, prec); if (sp.alt && prec == 0) body += "."; break;
      case '%': body = fmt_fixed(a * 100, prec) + "%"; break;
      case 'e': case 'E': {
        char buf[512];
        snprintf(buf, sizeof buf, type == 'e' ? "%.*e" : "%.*E", prec, a);
        body = buf;
        break;
      }
      case 'g': case 'G': case 'n': {
        if (prec == 0) prec = 1;
        char buf[512];
        snprintf(buf, sizeof buf, sp.alt ? (type == 'G' ? "%#.*G" : "%#.*g") : (type == 'G' ? "%.*G" : "%.*g"), prec, a);
        body = buf;
        break;
      }
      case 0: {
        if (sp.precision < 0) {
          body = float_repr_text(a);
        } else {
          char buf[512];
          snprintf(buf, sizeof buf, "%.*g", prec == 0 ? 1 : prec, a);
          body = buf;
          if (body.find_first_of(".en") == std::string::npos) body += ".0";
          else if (body.find('e') != std::string::npos && body.find('.') == std::string::npos) {}
        }
        break;
      }
      default:
        return raise(ts, ts.eng.exc[E_ValueError], std::string("Unknown format code '") + type + "' for object of type 'float'");
    }
  }
  if (sp.grouping && std::isfinite(a)) {
    size_t end = body.find_first_of(".e%");
    std::string ip = body.substr(0, end);
    std::string rest = end == std::string::npos ? "" : body.substr(end);
    body = group_digits(ip, sp.grouping, 3) + rest;
  }
  std::string sign = neg ? "-" : sp.sign == '+' ? "+" : sp.sign == ' ' ? " " : "";
  return new_str(ts, pad(sp, sign, body, '>'));
}

Value format_value(ThreadState& ts, Value v, Value spec_v) {
  Engine& e = ts.eng;
  const std::string& spec = as_str(spec_v)->s;
  Type* t = type_of(ts, v);
  if (t->is_heap) {
    Value f = type_lookup(t, e.names[N_format]);
    if (f && !(f.is_obj() && f.obj()->type == e.t.builtin_function)) {
      Value r = call2(ts, f, v, spec_v);
      if (r && !is_str(ts, r))
        return raise(ts, e.exc[E_TypeError], "__format__ must return a str, not " + type_name(ts, r));
      return r;
    }
  }
  if (spec.empty()) return to_str(ts, v);
  Spec sp;
  if (!parse_spec(ts, spec, sp)) return Value();
  Layout l = v.is_small() ? Layout::Int : t->layout;
  if (l == Layout::Int || l == Layout::Bool) {
    BigNum x;
    int_big_value(v, &x);
    Value r = format_int(ts, x, sp, t->name);
    if (r || ts.has_error()) return r;
    return format_float(ts, x.to_double(), sp);
  }
  if (l == Layout::Float) {
    if (sp.type && !strchr("eEfFgGn%", sp.type))
      return raise(ts, e.exc[E_ValueError], std::string("Unknown format code '") + sp.type + "' for object of type 'float'");
    return format_float(ts, static_cast<FloatObj*>(v.obj())->v, sp);
  }
  if (l == Layout::Str) {
    if (sp.type && sp.type != 's')
      return raise(ts, e.exc[E_ValueError], std::string("Unknown format code '") + sp.type + "' for object of type 'str'");
    if (sp.sign) return raise(ts, e.exc[E_ValueError], "Sign not allowed in string format specifier");
    if (sp.align == '=') return raise(ts, e.exc[E_ValueError], "'=' alignment not allowed in string format specifier");
    std::string s = as_str(v)->s;
    if (sp.precision >= 0) s = s.substr(0, utf8_offset(s, sp.precision));
    return new_str(ts, pad(sp, "", s, '<'));
  }
  return raise(ts, e.exc[E_TypeError], "unsupported format string passed to " + t->name + ".__format__");
}

// ---- str.format ----

static bool format_field_value(ThreadState& ts, const std::string& field, Value* args, int nargs, Tuple* kw,
                               int& auto_idx, Value* out) {
  Engine& e = ts.eng;
  size_t i = 0;
  while (i < field.size() && field[i] != '.' && field[i] != '[') i++;
  std::string first = field.substr(0, i);
  Value v;
  if (first.empty() || isdigit(static_cast<unsigned char>(first[0]))) {
    int idx;
    if (first.empty()) {
      if (auto_idx < 0) {
        raise(ts, e.exc[E_ValueError], "cannot switch from manual field specification to automatic field numbering");
        return false;
      }
      idx = auto_idx++;
    } else {
      if (auto_idx > 0) {
        raise(ts, e.exc[E_ValueError], "cannot switch from automatic field numbering to manual field specification");
        return false;
      }
      auto_idx = -1;
      idx = atoi(first.c_str());
    }
    if (idx >= nargs) {
      raise(ts, e.exc[E_IndexError], "Replacement index " + std::to_string(idx) + " out of range for positional args tuple");
      return false;
    }
    v = args[idx];
  } else {
    if (kw)
      for (size_t k = 0; k < kw->items.size(); k++)
        if (as_str(kw->items[k])->s == first) v = args[nargs + static_cast<int>(k)];
    if (!v) {
      Value key = new_str(ts, first);
      Root r(ts, key);
      ExceptionObj* x = as<ExceptionObj>(new_exception(ts, e.exc[E_KeyError], ""));
      x->args = new_tuple(ts, {key});
      raise_exc(ts, Value(x));
      return false;
    }
  }
  while (i < field.size()) {
    if (field[i] == '.') {
      size_t j = i + 1;
      while (j < field.size() && field[j] != '.' && field[j] != '[') j++;
      v = getattr(ts, v, e.intern(field.substr(i + 1, j - i - 1)));
      if (!v) return false;
      i = j;
    } else {
      size_t j = field.find(']', i);
      if (j == std::string::npos) {
        raise(ts, e.exc[E_ValueError], "Missing ']' in format string");
        return false;
      }
      std::string key = field.substr(i + 1, j - i - 1);
      bool numeric = !key.empty();
      for (char c : key) if (!isdigit(static_cast<unsigned char>(c))) numeric = false;
      Value k = numeric ? Value::small(atoll(key.c_str())) : new_str(ts, key);
      Root r(ts, k);
      v = getitem(ts, v, k);
      if (!v) return false;
      i = j + 1;
    }
  }
  *out = v;
  return true;
}

static bool do_format(ThreadState& ts, const std::string& fmt, Value* args, int nargs, Tuple* kw, int& auto_idx,
                      std::string& out, int depth) {
  Engine& e = ts.eng;
  if (depth > 2) {
    raise(ts, e.exc[E_ValueError], "Max string recursion exceeded");
    return false;
  }
  size_t i = 0;
  while (i < fmt.size()) {
    char c = fmt[i];
    if (c == '{') {
      if (i + 1 < fmt.size() && fmt[i + 1] == '{') { out += '{'; i += 2; continue; }
      size_t j = i + 1;
      int nest = 1;
      while (j < fmt.size()) {
        if (fmt[j] == '{') nest++;
        else if (fmt[j] == '}' && --nest == 0) break;
        j++;
      }
      if (j >= fmt.size()) {
        raise(ts, e.exc[E_ValueError], "expected '}' before end of string");
        return false;
      }
      std::string inner = fmt.substr(i + 1, j - i - 1);
      std::string field = inner, spec;
      char conv = 0;
      size_t colon = std::string::npos, bang = std::string::npos;
      int sq = 0;
      for (size_t k = 0; k < inner.size(); k++) {
        if (inner[k] == '[') sq++;
        else if (inner[k] == ']') sq--;
        else if (sq == 0 && inner[k] == '!' && bang == std::string::npos && colon == std::string::npos) bang = k;
        else if (sq == 0 && inner[k] == ':' && colon == std::string::npos) { colon = k; break; }
      }
      if (colon != std::string::npos) { spec = inner.substr(colon + 1); field = inner.substr(0, colon); }
      if (bang != std::string::npos) {
        if (bang + 1 >= field.size()) {
          raise(ts, e.exc[E_ValueError], "end of string while looking for conversion specifier");
          return false;
        }
        conv = field[bang + 1];
        if (bang + 2 != field.size()) {
          raise(ts, e.exc[E_ValueError], "expected ':' after conversion specifier");
          return false;
        }
        field = field.substr(0, bang);
      }
      Value v;
      if (!format_field_value(ts, field, args, nargs, kw, auto_idx, &v)) return false;
      Root r(ts, v);
      if (conv == 'r') v = repr(ts, v);
      else if (conv == 'a') v = ascii_repr(ts, v);
      else if (conv == 's') v = to_str(ts, v);
      else if (conv) {
        raise(ts, e.exc[E_ValueError], std::string("Unknown conversion specifier ") + conv);
        return false;
      }
      if (!v) return false;
      r.set(v);
      std::string real_spec;
      if (!do_format(ts, spec, args, nargs, kw, auto_idx, real_spec, depth + 1)) return false;
      Value sv = new_str(ts, real_spec);
      Root r2(ts, sv);
      Value s = format_value(ts, v, sv);
      if (!s) return false;
      out += as_str(s)->s;
      i = j + 1;
      continue;
    }
    if (c == '}') {
      if (i + 1 < fmt.size() && fmt[i + 1] == '}') { out += '}'; i += 2; continue; }
      raise(ts, e.exc[E_ValueError], "Single '}' encountered in format string");
      return false;
    }
    out += c;
    i++;
  }
  return true;
}

Value str_format_method(ThreadState& ts, Value* args, int nargs, Tuple* kw) {
  std::string out;
  int auto_idx = 0;
  if (!do_format(ts, as_str(args[0])->s, args + 1, nargs - 1, kw, auto_idx, out, 0)) return Value();
  return new_str(ts, std::move(out));
}

// ---- printf-style ----

Value str_mod_format(ThreadState& ts, Value fmtv, Value argv) {
  Engine& e = ts.eng;
  const std::string& fmt = as_str(fmtv)->s;
  std::vector<Value> args;
  bool is_tuple = is_type(ts, argv, e.t.tuple);
  bool is_map = !is_tuple && argv.is_obj() && (argv.obj()->type->layout == Layout::Dict) ;
  if (is_tuple) args = as<Tuple>(argv)->items;
  else args.push_back(argv);
  size_t ai = 0;
  std::string out;
  for (size_t i = 0; i < fmt.size(); i++) {
    char c = fmt[i];
    if (c != '%') { out += c; continue; }
    if (++i >= fmt.size()) return raise(ts, e.exc[E_ValueError], "incomplete format");
    Value v;
    if (fmt[i] == '(') {
      size_t j = fmt.find(')', i);
      if (j == std::string::npos) return raise(ts, e.exc[E_ValueError], "incomplete format key");
      Value key = new_str(ts, fmt.substr(i + 1, j - i - 1));
      Root r(ts, key);
      v = getitem(ts, argv, key);
      if (!v) return v;
      i = j + 1;
    }
    Spec sp;
    std::string flags;
    while (i < fmt.size() && strchr("-+ #0", fmt[i])) {
      char f = fmt[i++];
      if (f == '-') sp.align = '<';
      else if (f == '+') sp.sign = '+';
      else if (f == ' ') { if (!sp.sign) sp.sign = ' '; }
      else if (f == '#') sp.alt = true;
      else if (f == '0') sp.zero = true;
    }
    auto next_arg = [&]() -> Value {
      if (ai >= args.size()) return raise(ts, e.exc[E_TypeError], "not enough arguments for format string");
      return args[ai++];
    };
    if (i < fmt.size() && fmt[i] == '*') {
      Value w = next_arg();
      if (!w || !as_index(ts, w, &sp.width)) return Value();
      i++;
    } else if (i < fmt.size() && isdigit(static_cast<unsigned char>(fmt[i]))) {
      sp.width = 0;
      while (i < fmt.size() && isdigit(static_cast<unsigned char>(fmt[i]))) sp.width = sp.width * 10 + (fmt[i++] - '0');
    }
    if (i < fmt.size() && fmt[i] == '.') {
      i++;
      sp.precision = 0;
      if (i < fmt.size() && fmt[i] == '*') {
        Value p = next_arg();
        if (!p || !as_index(ts, p, &sp.precision)) return Value();
        i++;
      } else {
        while (i < fmt.size() && isdigit(static_cast<unsigned char>(fmt[i]))) sp.precision = sp.precision * 10 + (fmt[i++] - '0');
      }
    }
    if (i >= fmt.size()) return raise(ts, e.exc[E_ValueError], "incomplete format");
    char type = fmt[i];
    if (type == '%') { out += '%'; continue; }
    if (!v) {
      if (is_map && !is_tuple) return raise(ts, e.exc[E_TypeError], "format requires a mapping");
      v = next_arg();
      if (!v) return v;
    }
    if (!sp.align) sp.align = '>';
    if (sp.zero && sp.align == '>' && type != 's' && type != 'r' && type != 'a') { sp.fill = '0'; sp.align = '='; }
    Value piece;
    switch (type) {
      case 's': case 'r': case 'a': {
        Value s = type == 's' ? to_str(ts, v) : type == 'a' ? ascii_repr(ts, v) : repr(ts, v);
        if (!s) return s;
        std::string t = as_str(s)->s;
        if (sp.precision >= 0) t = t.substr(0, utf8_offset(t, sp.precision));
        out += pad(sp, "", t, '>');
        continue;
      }
      case 'd': case 'i': case 'u': case 'x': case 'X': case 'o': case 'c': {
        BigNum x;
        if (type == 'c' && is_str(ts, v)) { out += pad(sp, "", as_str(v)->s, '>'); continue; }
        if (v.is_obj() && v.obj()->type->layout == Layout::Float) {
          if (type == 'c') return raise(ts, e.exc[E_TypeError], "%c requires int or char");
          double d = static_cast<FloatObj*>(v.obj())->v;
          x = BigNum::from_double(std::trunc(d));
        } else if (!is_int(ts, v)) {
          return raise(ts, e.exc[E_TypeError], std::string("%") + type + " format: a real number is required, not " + type_name(ts, v));
        } else {
          int_big_value(v, &x);
        }
        Spec s2 = sp;
        s2.type = (type == 'i' || type == 'u') ? 'd' : type;
        int64_t prec = s2.precision;
        s2.precision = -1;
        piece = format_int(ts, x, s2, "int");
        if (!piece) return piece;
        std::string t = as_str(piece)->s;
        (void)prec;
        out += t;
        continue;
      }
      case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
        double d;
        if (!as_double(ts, v, &d)) {
          take_error(ts);
          return raise(ts, e.exc[E_TypeError], "must be real number, not " + type_name(ts, v));
        }
        Spec s2 = sp;
        s2.type = type;
        piece = format_float(ts, d, s2);
        if (!piece) return piece;
        out += as_str(piece)->s;
        continue;
      }
      default: {
        char buf[128];
        snprintf(buf, sizeof buf, "unsupported format character '%c' (0x%x) at index %zu", type, static_cast<unsigned>(type), i);
        return raise(ts, e.exc[E_ValueError], buf);
      }
    }
  }
  if (ai < args.size() && !is_map) return raise(ts, e.exc[E_TypeError], "not all arguments converted during string formatting");
  return new_str(ts, std::move(out));
}

}  // namespace il
