// generator.h: a generator owns a heap frame that outlives each resumption; the eval loop
// runs it until YIELD_VALUE or RETURN_VALUE. Resumption lives in vm/ceval.cpp.
#pragma once
#include <memory>

#include "vm/frame.h"

namespace il {

struct Generator : Object {
  Frame* frame = nullptr;             // owned; null once finished
  std::unique_ptr<Value[]> storage;   // the frame's locals and stack
  size_t storage_size = 0;
  bool running = false;
  bool started = false;
  bool skip_push = false;             // the next resumption pushes no sent value
  Str* name = nullptr;
  Str* qualname = nullptr;
  ~Generator() override { delete frame; }
  void trace(Tracer& t) override;
};

}  // namespace il
