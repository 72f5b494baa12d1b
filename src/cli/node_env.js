// node_env.js: --pre-js of the node build of the `interleave` CLI. Emscripten's runtime
// starts with a fake environment and reports every standard stream as a terminal; this copies
// node's real environment in (PYTHONUNBUFFERED, os.environ) and tells main.cpp whether
// stdout really is a terminal (INTERLEAVE_STDOUT_ISATTY), before main() starts.
Module['preRun'] = [].concat(Module['preRun'] || [], function () {
  for (var key in process.env) ENV[key] = process.env[key];
  ENV['INTERLEAVE_STDOUT_ISATTY'] = require('tty').isatty(1) ? '1' : '0';
});
