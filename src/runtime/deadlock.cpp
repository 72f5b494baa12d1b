// deadlock.cpp: names what a thread waits for and holds, and writes the deadlock report: the
// wait-for cycle first ("Thread-1 holds Lock 'a' (line 7) and waits for Lock 'b' (line 8); ..."),
// then every other waiting thread. Reads objects and dicts only: never runs Python code, so it
// is safe while every other thread is parked.
#include <algorithm>
#include <map>

#include "runtime/thread_objects.h"
#include "vm/api.h"

namespace il {

static bool is_user_frame(const Engine& e, const Frame* f) { return e.is_user_code(f->code); }

static std::string str_key(Value k) {
  if (k.is_obj() && k.obj()->type && k.obj()->type->layout == Layout::Str) return as_str(k)->s;
  return {};
}

// The name the user's program gives [o]: a global of __main__ ("lock_a"), or a public
// attribute of one ("self.lock" of a global "bank": "bank.lock"). Empty when it has none.
static std::string label_of(Engine& e, Object* o) {
  if (!e.main_mod || !o) return {};
  Dict* g = e.main_mod->dict;
  for (const DictEntry& en : g->entries)
    if (!en.key.is_null() && en.value.is_obj() && en.value.obj() == o) return str_key(en.key);
  for (const DictEntry& en : g->entries) {
    if (en.key.is_null() || !en.value.is_obj()) continue;
    Object* holder = en.value.obj();
    if (holder->type && holder->type->layout == Layout::Module) continue;
    Dict** slot = holder->dict_slot();
    if (!slot || !*slot) continue;
    for (const DictEntry& a : (*slot)->entries) {
      if (a.key.is_null() || !a.value.is_obj() || a.value.obj() != o) continue;
      std::string attr = str_key(a.key);
      if (!attr.empty() && attr[0] != '_') return str_key(en.key) + "." + attr;   // not the library's own
    }
  }
  return {};
}

static std::string quoted_label(Engine& e, Object* o) {
  std::string l = label_of(e, o);
  return l.empty() ? std::string() : " '" + l + "'";
}

static std::string handle_thread_name(Object* handle) {
  ThreadHandle* h = static_cast<ThreadHandle*>(handle);
  if (h->func.is_obj() && h->func.obj()->type->layout == Layout::BoundMethod) {
    std::string n = thread_object_name(static_cast<BoundMethod*>(h->func.obj())->self);
    if (!n.empty()) return n;
  }
  return "Thread-" + std::to_string(h->id);
}

std::string Engine::thread_name(const ThreadState& t) const {
  if (t.id == 0) return "MainThread";
  if (t.handle.is_obj()) return handle_thread_name(t.handle.obj());
  return "Thread-" + std::to_string(t.id);
}

std::string Engine::source_line(int n) const {
  if (!main_source) return {};
  std::string_view l = main_source->line(n);
  size_t a = l.find_first_not_of(" \t"), b = l.find_last_not_of(" \t\r\n");
  return a == std::string_view::npos ? std::string() : std::string(l.substr(a, b - a + 1));
}

static bool type_named(Object* o, const char* name) { return o && o->type && o->type->name == name; }

// The library method the user's line called, when [ts] is inside one (Condition.wait,
// Event.wait, Queue.get, Thread.join, Semaphore.__enter__, ...): its receiver (`self`) and
// name. Null when the innermost frame is the user's, or no user frame is on the stack.
static Object* library_receiver(const Engine& e, const ThreadState& ts, const std::string** method) {
  Frame* callee = nullptr;
  Frame* user = nullptr;
  for (Frame* f = ts.frame; f; f = f->prev) {
    if (is_user_frame(e, f)) { user = f; break; }
    callee = f;
  }
  if (!user || !callee || !callee->func || callee->code->nlocals() == 0) return nullptr;
  Value self = callee->localsplus[0];
  if (!self.is_obj()) return nullptr;
  *method = &callee->code->name->s;
  return self.obj();
}

// A lock taken inside the library counts as the program taking the library object only when
// every library frame on the way is an acquire/release (Semaphore.acquire, Condition.__enter__
// over it): the waiter lock Condition.wait takes inside Semaphore.acquire is not the semaphore.
Object* Engine::held_as(const ThreadState& ts, Object* lock) const {
  if (!ts.frame || is_user_frame(*this, ts.frame)) return lock;
  for (Frame* f = ts.frame; f && !is_user_frame(*this, f); f = f->prev) {
    const std::string& fn = f->code->name->s;   // called on every acquire: no copies
    if (fn != "__enter__" && fn != "acquire" && fn != "__exit__" && fn != "release") return nullptr;
  }
  const std::string* fn = nullptr;
  return library_receiver(*this, ts, &fn);
}

std::string Engine::describe_object(Object* o) {
  if (!o) return "?";
  std::string kind = type_named(o, "lock") ? "Lock" : o->type->name;
  return kind + quoted_label(*this, o);
}

std::string Engine::describe_wait(ThreadState& ts, const WaitOn& on) {
  if (on.kind == WaitOn::Sleep) return "sleep";
  const std::string* m = nullptr;
  Object* o = library_receiver(*this, ts, &m);
  std::string method = m ? *m : std::string();
  if (o && o->dict_slot()) {
    bool is_thread = false;
    for (Type* t : o->type->mro) is_thread |= t->name == "Thread" && t->module == "threading";
    if (is_thread) {
      std::string n = thread_object_name(Value(o));
      return (n.empty() ? std::string("a thread") : n) + (method == "start" ? " to start" : " to finish");
    }
    return describe_object(o);
  }
  if (on.kind == WaitOn::Join && on.obj) return handle_thread_name(on.obj) + " to finish";
  if (on.kind == WaitOn::Lock || on.kind == WaitOn::RLock) return describe_object(on.obj);
  return "an event";
}

void Engine::report_deadlock(ThreadState& ts) {
  // What was printed before the deadlock reaches the terminal first.
  out->flush_at_exit(ts);
  struct Node {
    const ThreadState* t;
    std::string name, waits, holds;
    int next = -1;   // the thread id it waits for, if known
  };
  std::map<int, Node> nodes;
  std::vector<HeldLock> held;
  {
    std::lock_guard<std::mutex> g(sync_mu);
    held = held_locks;
  }
  for (ThreadState* t : threads) {
    if (t->sched.state != SchedSlot::Blocked && t != &ts) continue;
    Node n;
    n.t = t;
    n.name = thread_name(*t);
    n.waits = describe_wait(*t, t->sched.on) + " (line " + std::to_string(t->sched.line) + ")";
    Object* obj = t->sched.on.obj;
    if (t->sched.on.kind == WaitOn::Join && obj) {
      n.next = static_cast<ThreadHandle*>(obj)->id;
    } else if (obj) {
      for (const HeldLock& h : held)
        if (h.lock == obj) n.next = h.owner;
    }
    for (const HeldLock& h : held) {
      if (h.owner != t->id || !h.shown) continue;
      if (!n.holds.empty()) n.holds += ", ";
      n.holds += describe_object(h.shown) + " (line " + std::to_string(h.line) + ")";
    }
    nodes[t->id] = n;
  }
  // The wait-for cycle, if any, from its smallest thread id; then the others by id.
  std::vector<int> order;
  for (auto& [id, n] : nodes) {
    std::vector<int> path;
    int cur = id;
    while (nodes.count(cur) && std::find(path.begin(), path.end(), cur) == path.end()) {
      path.push_back(cur);
      cur = nodes[cur].next;
    }
    auto at = std::find(path.begin(), path.end(), cur);
    if (at != path.end()) {
      std::vector<int> cyc(at, path.end());
      std::rotate(cyc.begin(), std::min_element(cyc.begin(), cyc.end()), cyc.end());
      order = cyc;
      break;
    }
  }
  for (auto& [id, n] : nodes)
    if (std::find(order.begin(), order.end(), id) == order.end()) order.push_back(id);
  std::string text = "Deadlock: ";
  for (size_t i = 0; i < order.size(); i++) {
    const Node& n = nodes[order[i]];
    if (i) text += "; ";
    text += n.name + " ";
    if (!n.holds.empty()) text += "holds " + n.holds + " and ";
    text += "waits for " + n.waits;
  }
  text += "\n";
  trace(ts, Ev::Deadlock, 0, 0, text);
  deadlocked.store(true);
  sink.deliver(Stream::Stderr, ts.id, text);
}

}  // namespace il
