// suggestions.cpp: the ". Did you mean: 'name'?" that CPython 3.11 adds to a printed NameError
// or AttributeError: the closest candidate by its Levenshtein distance (a case change costs 1,
// any other edit 2; at most a third of the characters may change), among dir(obj) for an
// AttributeError, or the frame's locals, then globals, then builtins for a NameError. Only
// printing asks for it; it never raises.
#include <algorithm>
#include <climits>
#include <string>
#include <string_view>
#include <vector>

#include "objects/instance.h"
#include "vm/api.h"
#include "vm/engine.h"

namespace il {

namespace {

constexpr size_t kMaxCandidates = 750;
constexpr size_t kMaxStringSize = 40;
constexpr size_t kMoveCost = 2;
constexpr size_t kCaseCost = 1;

size_t substitution_cost(char a, char b) {
  if ((a & 31) != (b & 31)) return kMoveCost;   // not the same letter in another case
  if (a == b) return 0;
  if (a >= 'A' && a <= 'Z') a = static_cast<char>(a + ('a' - 'A'));
  if (b >= 'A' && b <= 'Z') b = static_cast<char>(b + ('a' - 'A'));
  return a == b ? kCaseCost : kMoveCost;
}

// The edit distance of [a] and [b], or more than [max_cost] as soon as it must exceed it.
size_t levenshtein(std::string_view a, std::string_view b, size_t max_cost) {
  while (!a.empty() && !b.empty() && a.front() == b.front()) {   // common affixes cost nothing
    a.remove_prefix(1);
    b.remove_prefix(1);
  }
  while (!a.empty() && !b.empty() && a.back() == b.back()) {
    a.remove_suffix(1);
    b.remove_suffix(1);
  }
  if (a.empty() || b.empty()) return (a.size() + b.size()) * kMoveCost;
  if (a.size() > kMaxStringSize || b.size() > kMaxStringSize) return max_cost + 1;
  if (b.size() < a.size()) std::swap(a, b);
  if ((b.size() - a.size()) * kMoveCost > max_cost) return max_cost + 1;
  size_t row[kMaxStringSize];
  for (size_t i = 0; i < a.size(); i++) row[i] = (i + 1) * kMoveCost;
  size_t result = 0;
  for (size_t bi = 0; bi < b.size(); bi++) {
    size_t distance = result = bi * kMoveCost;
    size_t minimum = SIZE_MAX;
    for (size_t i = 0; i < a.size(); i++) {
      size_t substitute = distance + substitution_cost(b[bi], a[i]);
      distance = row[i];
      size_t insert_delete = std::min(result, distance) + kMoveCost;
      result = std::min(insert_delete, substitute);
      row[i] = result;
      minimum = std::min(minimum, result);
    }
    if (minimum > max_cost) return max_cost + 1;
  }
  return result;
}

// The best of [candidates] for [name] (the first of the closest), or "".
std::string closest(const std::vector<std::string>& candidates, const std::string& name) {
  if (candidates.size() >= kMaxCandidates) return "";
  std::string best;
  size_t best_distance = SIZE_MAX;
  bool found = false;
  for (const std::string& c : candidates) {
    if (c == name) continue;
    size_t max_distance = (name.size() + c.size() + 3) * kMoveCost / 6;
    if (found) max_distance = std::min(max_distance, best_distance - 1);
    size_t d = levenshtein(name, c, max_distance);
    if (d > max_distance) continue;
    if (!found || d < best_distance) {
      best = c;
      best_distance = d;
      found = true;
    }
  }
  return best;
}

void add_keys(ThreadState& ts, Value dict, std::vector<std::string>& out) {
  if (!dict.is_obj() || dict.obj()->type->layout != Layout::Dict) return;
  for (const DictEntry& e : as<Dict>(dict)->entries)
    if (e.key && is_str(ts, e.key)) out.push_back(as_str(e.key)->s);
}

}  // namespace

std::string suggestion_for(ThreadState& ts, Value exc) {
  Engine& e = ts.eng;
  if (!exc.is_obj() || exc.obj()->type->layout != Layout::Exception) return "";
  ExceptionObj* x = as<ExceptionObj>(exc);
  Type* t = exc.obj()->type;
  Value name = x->dict ? x->dict->get_str(e.intern("name")) : Value();
  if (!name || !name.is_obj() || name.obj()->type != e.t.str) return "";
  const std::string& wanted = as_str(name)->s;
  Value saved = ts.exc;
  ts.exc = Value();
  std::string best;
  if (t->is_subtype(e.exc[E_NameError]) && x->name_scope && x->name_scope.obj()->type == e.t.tuple) {
    std::vector<Value>& scope = as<Tuple>(x->name_scope)->items;   // (local names, globals, builtins)
    for (size_t i = 0; i < scope.size() && best.empty(); i++) {
      std::vector<std::string> names;
      if (i == 0 && scope[0].is_obj() && scope[0].obj()->type == e.t.tuple) {
        for (Value v : as<Tuple>(scope[0])->items)
          if (is_str(ts, v)) names.push_back(as_str(v)->s);
      } else {
        add_keys(ts, scope[i], names);
      }
      best = closest(names, wanted);
    }
  } else if (t->is_subtype(e.exc[E_AttributeError])) {
    Value obj = x->dict ? x->dict->get_str(e.intern("obj")) : Value();
    Value dir = obj ? e.builtins_mod->dict->get_str(e.intern("dir")) : Value();
    Value listed = dir ? call1(ts, dir, obj) : Value();
    if (listed && listed.is_obj() && listed.obj()->type == e.t.list) {
      std::vector<std::string> names;
      for (Value v : as<List>(listed)->items)
        if (is_str(ts, v)) names.push_back(as_str(v)->s);
      best = closest(names, wanted);
    }
  }
  ts.exc = saved;
  return best;
}

}  // namespace il
