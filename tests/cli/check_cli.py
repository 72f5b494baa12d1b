#!/usr/bin/env python3
"""check_cli.py: checks the `interleave` command line as a user sees it: options, sys.argv,
exit codes, error messages, stdin, stdout buffering modes and Ctrl-C. Registered with CTest by
tests/CMakeLists.txt for the native and the wasm (node) build.

usage: tests/cli/check_cli.py --runner "build/interleave" [-k SUBSTRING] [--python]
  --runner   command prefix of the interpreter (shell-split)
  -k         run only checks whose name contains SUBSTRING
  --python   compare with CPython instead (a check of the checks; CLI-only checks skipped)
Prints one line per check and "N passed, M failed"; exits 1 on failure. Standard library only.
"""
import argparse
import os
import re
import shlex
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ORDER_PROGRAM = 'import sys; print("a"); print("b", file=sys.stderr); print("c")'

# name, argv (after the runner), stdin, expected exit code, expected stdout (bytes or None),
# expected stderr: None, or a regex searched in stderr; env additions; flags
#   "merge": stderr goes into the same pipe as stdout; "cli": our CLI only (not CPython)
CHECKS = [
    ("c_print", ["-c", "print(6*7)"], b"", 0, b"42\n", None, {}, ""),
    ("c_argv", ["-c", "import sys; print(sys.argv)", "a", "-b"], b"", 0,
     b"['-c', 'a', '-b']\n", None, {}, ""),
    ("file_argv", ["argv.py", "x", "--y"], b"", 0, b"['argv.py', 'x', '--y']\n", None, {}, ""),
    ("sys_exit_code", ["-c", "import sys; sys.exit(3)"], b"", 3, b"", None, {}, ""),
    ("sys_exit_message", ["-c", "import sys; sys.exit('bye')"], b"", 1, b"", r"bye\n?$", {}, ""),
    ("uncaught_exception", ["-c", "print('before'); 1/0"], b"", 1, b"before\n",
     r'File "<string>", line 1[\s\S]*ZeroDivisionError: division by zero\n?$', {}, ""),
    ("traceback_file_name", ["boom.py"], b"", 1, b"",
     r'File "[^"]*boom\.py", line 2, in f[\s\S]*ValueError: boom\n?$', {}, ""),
    ("syntax_error", ["-c", "x = (1,"], b"", 1, b"", r"SyntaxError", {}, ""),
    ("missing_file", ["nope.py"], b"", 2, b"",
     r"^interleave: can't open file 'nope\.py': \[Errno 2\] No such file or directory\n$", {},
     "cli"),
    ("unknown_option", ["--bogus", "-c", "pass"], b"", 2, b"", r"unknown option --bogus", {},
     "cli"),
    ("no_program", [], b"", 2, b"", r"usage:", {}, "cli"),
    ("bad_switch_interval", ["--switch-interval", "0", "-c", "pass"], b"", 2, b"",
     r"switch-interval", {}, "cli"),
    ("bad_stdout_mode", ["--stdout", "file", "-c", "pass"], b"", 2, b"", r"--stdout", {}, "cli"),
    ("help", ["--help"], b"", 0, None, None, {}, "cli"),
    ("input_line", ["-c", "print(input().upper()); print(input())"], b"hello\nworld", 0,
     b"HELLO\nworld\n", None, {}, ""),
    ("input_eof", ["-c", "input()"], b"", 1, b"", r"EOFError: EOF when reading a line\n?$", {},
     ""),
    ("program_from_stdin", ["-", "q"], b"import sys\nprint('stdin', sys.argv)\n", 0,
     b"stdin ['-', 'q']\n", None, {}, ""),
    # Buffering, seen through one shared pipe: a pipe buffers stdout until exit; a terminal
    # (line-buffered) and unbuffered mode deliver "a" before "b".
    ("stdout_pipe_buffers", ["--stdout", "pipe", "-c", ORDER_PROGRAM], b"", 0, b"b\na\nc\n",
     None, {}, "merge cli"),
    ("stdout_tty_lines", ["--stdout", "tty", "-c", ORDER_PROGRAM], b"", 0, b"a\nb\nc\n",
     None, {}, "merge cli"),
    ("stdout_unbuffered", ["-u", "-c", ORDER_PROGRAM], b"", 0, b"a\nb\nc\n", None, {}, "merge"),
    ("pipe_is_default", ["-c", ORDER_PROGRAM], b"", 0, b"b\na\nc\n", None, {}, "merge"),
    ("pythonunbuffered_env", ["-c", ORDER_PROGRAM], b"", 0, b"a\nb\nc\n", None,
     {"PYTHONUNBUFFERED": "1"}, "merge"),
    ("flush_true", ["-c", 'import sys; print("a", flush=True); print("b", file=sys.stderr)'],
     b"", 0, b"a\nb\n", None, {}, "merge"),
    ("switch_interval_option", ["--switch-interval", "0.001", "-c",
                                "import sys; print(sys.getswitchinterval())"],
     b"", 0, b"0.001\n", None, {}, "cli"),
]

FILES = {
    "argv.py": "import sys\nprint(sys.argv)\n",
    "boom.py": "def f():\n    raise ValueError('boom')\nf()\n",
}


def run_check(check, runner, cwd, base_env):
    name, argv, stdin, want_code, want_out, want_err, env_add, flags = check
    env = dict(base_env, **env_add)
    merge = "merge" in flags
    try:
        p = subprocess.run(runner + argv, cwd=cwd, env=env, input=stdin, capture_output=not merge,
                           stdout=subprocess.PIPE if merge else None,
                           stderr=subprocess.STDOUT if merge else None, timeout=60)
    except subprocess.TimeoutExpired:
        return ["timed out after 60 s"]
    problems = []
    err = (p.stderr or b"").decode("utf-8", errors="replace")
    if p.returncode != want_code:
        problems.append(f"exit code {p.returncode}, expected {want_code}")
    if want_out is not None and p.stdout != want_out:
        problems.append(f"stdout {p.stdout!r}, expected {want_out!r}")
    if want_err is not None and not re.search(want_err, err):
        problems.append(f"stderr does not match /{want_err}/")
    if name == "help" and b"usage:" not in p.stdout:
        problems.append("no 'usage:' in stdout")
    if problems and err:
        problems.append("stderr: " + err[-400:].replace("\n", "\n    "))
    return problems


def run_interrupt(runner, cwd, env, program):
    """Ctrl-C (SIGINT) during a run ends it with exit code 130 within 5 seconds."""
    p = subprocess.Popen(runner + ["-c", program], cwd=cwd, env=env, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, start_new_session=True)
    time.sleep(0.7)
    p.send_signal(signal.SIGINT)
    try:
        p.communicate(timeout=5)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        p.communicate()
        return ["still running 5 s after SIGINT"]
    return [] if p.returncode == 130 else [f"exit code {p.returncode} after SIGINT, expected 130"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--runner", required=False)
    ap.add_argument("-k", default="")
    ap.add_argument("--python", action="store_true")
    args = ap.parse_args()
    if args.python:
        runner, is_cpython = [sys.executable], True
    elif args.runner:
        runner, is_cpython = shlex.split(args.runner), False
        # Paths relative to the caller's cwd: the checks run in a temporary directory.
        runner = [str(Path(a).resolve()) if (i > 0 or "/" in a) and Path(a).exists() else a
                  for i, a in enumerate(runner)]
    else:
        ap.error("--runner or --python is required")
    is_node = Path(runner[0]).name.startswith("node")

    env = dict(os.environ)
    env.pop("PYTHONUNBUFFERED", None)
    passed = failed = 0
    with tempfile.TemporaryDirectory(prefix="interleave-cli-") as tmp:
        for fname, text in FILES.items():
            Path(tmp, fname).write_text(text)
        todo = [(c[0], lambda c=c: run_check(c, runner, tmp, env)) for c in CHECKS
                if not (is_cpython and "cli" in c[7])]
        if not is_node and not is_cpython:  # node turns SIGINT into its own exit
            todo.append(("sigint_cpu_loop", lambda: run_interrupt(runner, tmp, env, "while True: pass")))
            todo.append(("sigint_sleep_loop", lambda: run_interrupt(
                runner, tmp, env, "import time\nwhile True: time.sleep(0.01)")))
        for name, fn in todo:
            if args.k not in name:
                continue
            problems = fn()
            if problems:
                failed += 1
                print(f"FAIL {name}: " + "\n    ".join(problems), flush=True)
            else:
                passed += 1
                print(f"ok   {name}", flush=True)
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
