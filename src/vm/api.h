// api.h: the object protocol every part of the engine uses (CPython's abstract.h in spirit):
// constructors, raising, attribute access, calls, operators, iteration. All functions require
// the GIL; those returning Value return null with an exception pending on failure.
#pragma once
#include <string>
#include <string_view>
#include <vector>

#include "vm/engine.h"

namespace il {

// ---- constructors ----
Value make_int(ThreadState& ts, int64_t v);
Value int_from_digits(ThreadState& ts, std::string_view digits, int base);   // null: too large
Value new_float(ThreadState& ts, double d);
Value new_str(ThreadState& ts, std::string s);
Value new_bytes(ThreadState& ts, std::string s);
Tuple* new_tuple(ThreadState& ts, std::vector<Value> items);
List* new_list(ThreadState& ts, std::vector<Value> items = {});
Dict* new_dict(ThreadState& ts);
Value new_set(ThreadState& ts);
bool set_add(ThreadState& ts, Value set, Value v);
bool dict_update_from(ThreadState& ts, Dict* d, Value src);
// Stable sort of [items] by key (may be null) with Python's < ; false with an error pending.
bool sort_values(ThreadState& ts, std::vector<Value>& items, Value key, bool reverse);
Value alloc_instance(ThreadState& ts, Type* t);
Value new_native(ThreadState& ts, const char* name, NativeFn fn, Value data = Value());
Value new_bound_method(ThreadState& ts, Value func, Value self);
inline Value bool_value(ThreadState& ts, bool b);
// Adds a native method [name] to builtin type [t]: args[0] is self.
void add_method(ThreadState& ts, Type* t, const char* name, NativeFn fn);
// Adds a read-only attribute [name] to builtin type [t]: [fn] gets args[0] = the instance.
void add_getter(ThreadState& ts, Type* t, const char* name, NativeFn fn);
void add_function(ThreadState& ts, Dict* d, const char* name, NativeFn fn, Value data = Value());

// The shared type of a kind of native iterator ("list_iterator", ...), made on first use.
Type* iterator_type(ThreadState& ts, const char* name);
// A builtin type of native objects, made on first use and found again by [key]; not
// subclassable, no constructor until the caller sets slots.new_.
Type* native_type(ThreadState& ts, const char* key, const char* name, const char* module,
                  Layout layout = Layout::Native);

// ---- errors ----
Value raise(ThreadState& ts, Type* type, const std::string& msg);
Value raise_exc(ThreadState& ts, Value exc);              // [exc] an exception instance
Value raise_no_memory(ThreadState& ts);
// OSError([err], [strerror], [filename]) as the subclass [err] names (FileNotFoundError for
// 2, ...); [filename] may be null.
Value raise_oserror(ThreadState& ts, int err, const std::string& strerror, Value filename);
Value raise_stop(ThreadState& ts);                          // unwinding for stop/teardown
bool error_matches(ThreadState& ts, Type* type);           // pending exception is a [type]
Value take_error(ThreadState& ts);                         // returns and clears it
Value new_exception(ThreadState& ts, Type* type, const std::string& msg);
bool is_exception_type(ThreadState& ts, Value v);
// The whole report CPython prints for an uncaught [exc], chained exceptions included.
std::string format_exception(ThreadState& ts, Value exc);
// What of a traceback to show (traceback.py's `limit` and `chain`): the first [limit] frames,
// outermost first, or the last -[limit] when negative.
struct TbFormat {
  bool has_limit = false;
  int64_t limit = 0;
  bool chain = true;
};
// The report of format_exception cut where traceback.format_exception cuts it: one string per
// header, frame, repeat line, chaining message and exception line. [tb] (innermost first,
// without its [skip] outermost entries) stands for [exc]'s own traceback.
void format_exception_chunks(ThreadState& ts, Value exc, const std::vector<TbEntry>& tb, size_t skip,
                             const TbFormat& how, std::vector<std::string>& out);
// The entries of [tb] (innermost first) that [how] shows, outermost first, without the [skip]
// outermost ones; and each one's text ("  File ..., line N, in f" + source line + carets).
std::vector<const TbEntry*> tb_entries(const std::vector<TbEntry>& tb, size_t skip, const TbFormat& how);
std::string tb_entry_text(const TbEntry& t);
// Appends the entry texts [entries] to [out], a run of more than three identical ones
// collapsed into "[Previous line repeated N more times]".
// Whether [tb] is a traceback object: a view of [exc]'s traceback from its [depth]th entry.
bool traceback_view(Value tb, Value* exc, size_t* depth);
void collapse_repeats(const std::vector<std::string>& entries, std::vector<std::string>& out);
// "Type: message" line for [exc] (message omitted when empty).
std::string exception_only(ThreadState& ts, Value exc);
// CPython 3.11's "Did you mean" candidate for a NameError or AttributeError, or "".
std::string suggestion_for(ThreadState& ts, Value exc);
void traceback_add(ThreadState& ts, Frame* f);

// ---- type helpers ----
inline Type* type_of(ThreadState& ts, Value v);
std::string type_name(ThreadState& ts, Value v);
bool is_instance(ThreadState& ts, Value v, Type* t);
Value type_lookup(Type* t, Str* name);                     // along the MRO, no binding (cached)
// type(name, bases, ns, **kw): a new class; [kwvals] are the values of the class keywords
// [kwnames] (null: none), which go to the parent's __init_subclass__.
Value make_class(ThreadState& ts, Type* meta, Str* name, Tuple* bases, Dict* ns, Value* kwvals = nullptr,
                 Tuple* kwnames = nullptr);
// The most derived of [meta] and the metaclasses of [bases] (CPython's
// _PyType_CalculateMetaclass); null with TypeError pending on a metaclass conflict.
Type* calculate_metaclass(ThreadState& ts, Type* meta, Tuple* bases);
// Invalidates every cached type_lookup (a class's dict gained or lost a key).
void bump_type_attr_epoch();

// ---- conversions and basics ----
Value repr(ThreadState& ts, Value v);                      // a Str
Value ascii_repr(ThreadState& ts, Value v);                // ascii(v): repr with non-ASCII escaped
Value to_str(ThreadState& ts, Value v);                    // a Str
bool repr_text(ThreadState& ts, Value v, std::string& out);
bool str_text(ThreadState& ts, Value v, std::string& out);
bool hash(ThreadState& ts, Value v, int64_t* out);
int truth(ThreadState& ts, Value v);                       // -1 error, 0, 1
int64_t length(ThreadState& ts, Value v);                  // -1 error
bool as_index(ThreadState& ts, Value v, int64_t* out, const char* what = nullptr);
bool as_double(ThreadState& ts, Value v, double* out);

// ---- attributes ----
Value getattr(ThreadState& ts, Value o, Str* name);       // raises AttributeError
Value getattr_opt(ThreadState& ts, Value o, Str* name);   // null without error when missing
bool setattr(ThreadState& ts, Value o, Str* name, Value v);
bool delattr(ThreadState& ts, Value o, Str* name);
Value generic_getattr(ThreadState& ts, Value o, Str* name);  // object.__getattribute__, null if missing
bool generic_setattr(ThreadState& ts, Value o, Str* name, Value v);
// LOAD_METHOD: sets [meth]+[self] for an unbound method, or [meth]=null and [self]=attribute.
bool load_method(ThreadState& ts, Value o, Str* name, Value* meth, Value* self);

// ---- calls ----
Value call(ThreadState& ts, Value callable, Value* args, int nargs, Tuple* kwnames = nullptr);
Value call0(ThreadState& ts, Value f);
Value call1(ThreadState& ts, Value f, Value a);
Value call2(ThreadState& ts, Value f, Value a, Value b);
Value call_method(ThreadState& ts, Value o, Str* name, Value* args, int nargs);
Value call_with_tuple(ThreadState& ts, Value f, Tuple* args, Dict* kwargs);

// ---- operators ----
Value binary_op(ThreadState& ts, Value a, Value b, int op);   // op: BinOp, or + kInplaceBase
Value unary_op(ThreadState& ts, Value a, UnOp op);
Value compare(ThreadState& ts, Value a, Value b, CmpOp op);
int compare_bool(ThreadState& ts, Value a, Value b, CmpOp op);  // -1 error
int equals(ThreadState& ts, Value a, Value b);                   // -1 error
int contains(ThreadState& ts, Value container, Value v);         // -1 error

// ---- items and iteration ----
Value getitem(ThreadState& ts, Value o, Value k);
bool setitem(ThreadState& ts, Value o, Value k, Value v);
bool delitem(ThreadState& ts, Value o, Value k);
Value get_iter(ThreadState& ts, Value o);
Value iter_next(ThreadState& ts, Value it);                // null + no error: exhausted
// Collects every item of [o] into [out].
bool collect_iterable(ThreadState& ts, Value o, std::vector<Value>& out);

// ---- argument parsing for native functions ----
// Fills [out] (size = number of names) from positional and keyword arguments. Missing
// optional ones stay null. [required]: how many leading names are required.
bool parse_args(ThreadState& ts, const char* fname, Value* args, int nargs, Tuple* kwnames,
                std::initializer_list<const char*> names, int required, Value* out);
bool no_kwargs(ThreadState& ts, const char* fname, Tuple* kwnames);
bool check_nargs(ThreadState& ts, const char* fname, int nargs, int min, int max);

// ---- inline definitions ----
inline Type* type_of(ThreadState& ts, Value v) { return ts.eng.type_of(v); }
inline Value bool_value(ThreadState& ts, bool b) { return b ? ts.eng.True : ts.eng.False; }
inline bool is_none(ThreadState& ts, Value v) { return v == ts.eng.None; }
inline Str* as_str(Value v) { return static_cast<Str*>(v.obj()); }
template <class T> inline T* as(Value v) { return static_cast<T*>(v.obj()); }
inline bool is_type(ThreadState&, Value v, Type* t) { return v.is_obj() && v.obj()->type == t; }
inline bool is_str(ThreadState&, Value v) { return v.is_obj() && v.obj()->type->layout == Layout::Str; }
inline bool is_int(ThreadState&, Value v) {
  return v.is_small() || (v.obj()->type->layout == Layout::Int || v.obj()->type->layout == Layout::Bool);
}

}  // namespace il
