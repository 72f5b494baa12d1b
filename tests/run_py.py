#!/usr/bin/env python3
"""run_py.py: the conformance runner. Runs tests/py/NAME.py under an interpreter (ours, native
or wasm, or python3 itself) and compares with what CPython printed when the test was recorded
(tests/record_expected.py): stdout byte for byte against NAME.expected; the exit code and the
last line of stderr against NAME.expected_err if it exists (else the exit code must be 0).

usage: tests/run_py.py [RUNNER] [NAME ...] [--runner CMD] [-j N] [--sample K] [--timeout S]
  RUNNER      an executable path (e.g. build/interleave); default: build/interleave
  NAME        tests to run: names with or without .py, or shell patterns (thread_*)
  --runner    a command prefix, split like a shell line:
              --runner "node --no-experimental-fetch build-wasm/interleave.js"
Each test runs with cwd tests/py, stdin from /dev/null and PYTHONUNBUFFERED unset. A script
with a line "# stdio: merged" runs with stderr into the same pipe as stdout (like
`python3 NAME.py > log 2>&1`), so the .expected file records how the two streams interleave;
"# stdio: merged unbuffered" also passes -u.
Prints one block per failing test and a closing line "N passed, M failed"; exits 1 on failure.
Standard library only.
"""
import argparse
import concurrent.futures
import difflib
import fnmatch
import hashlib
import os
import re
import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY_DIR = ROOT / "tests" / "py"
DIFF_LINES = 20  # lines of diff shown per failing test


def all_tests():
    """Names (without .py) of every tests/py/*.py, sorted."""
    return sorted(p.stem for p in PY_DIR.glob("*.py"))


def select(names, patterns):
    if not patterns:
        return names, []
    chosen, unknown = [], []
    for pat in patterns:
        pat = Path(pat).name if pat.endswith(".py") or "/" in pat else pat
        pat = pat[:-3] if pat.endswith(".py") else pat
        hits = [n for n in names if fnmatch.fnmatchcase(n, pat)]
        if not hits:
            unknown.append(pat)
        chosen.extend(h for h in hits if h not in chosen)
    return sorted(chosen), unknown


def sample(names, k):
    """A deterministic subset of [k] names: the same names on every machine and run."""
    keyed = sorted(names, key=lambda n: hashlib.sha1(n.encode()).hexdigest())
    return sorted(keyed[:k])


def absolutize(argv):
    """Makes the runner's path arguments absolute: tests run with another cwd."""
    out = []
    for i, a in enumerate(argv):
        p = Path(a)
        looks_like_path = i == 0 and "/" in a or i > 0 and not a.startswith("-")
        if looks_like_path and not p.is_absolute() and p.exists():
            out.append(str(p.resolve()))
        else:
            out.append(a)
    return out


def last_line(data: bytes) -> str:
    text = data.decode("utf-8", errors="replace").rstrip("\n")
    return text.split("\n")[-1].rstrip("\r") if text else ""


def short_diff(expected: bytes, actual: bytes) -> str:
    a = expected.decode("utf-8", errors="replace").splitlines(keepends=True)
    b = actual.decode("utf-8", errors="replace").splitlines(keepends=True)
    lines = list(difflib.unified_diff(a, b, "expected", "actual", n=2))
    more = len(lines) - DIFF_LINES
    lines = [l if l.endswith("\n") else l + "\n\\ no newline at end\n" for l in lines[:DIFF_LINES]]
    text = "".join("    " + l for l in lines)
    if more > 0:
        text += f"    ... {more} more diff lines\n"
    return text


def stdio_mode(script):
    """(merged, extra args) from the script's "# stdio:" line (see the docstring)."""
    m = re.search(r"^# stdio: merged( unbuffered)?\s*$", script.read_text(encoding="utf-8", errors="replace"), re.M)
    return (m is not None, ["-u"] if m and m.group(1) else [])


def run_one(name, runner, timeout, env):
    """Returns (name, ok, message, seconds)."""
    script = PY_DIR / f"{name}.py"
    merged, extra = stdio_mode(script)
    expected_out = PY_DIR / f"{name}.expected"
    expected_err = PY_DIR / f"{name}.expected_err"
    start = time.monotonic()
    try:
        proc = subprocess.Popen(runner + extra + [script.name], cwd=PY_DIR, env=env,
                                stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                stderr=subprocess.STDOUT if merged else subprocess.PIPE,
                                start_new_session=True)
    except OSError as e:
        return name, False, f"cannot start runner: {e}", 0.0
    try:
        out, err = proc.communicate(timeout=timeout)
        err = err or b""
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        return name, False, f"timed out after {timeout:g} s", time.monotonic() - start
    secs = time.monotonic() - start

    problems = []
    want_code, want_last = 0, None
    if expected_err.exists():
        lines = expected_err.read_text(encoding="utf-8").split("\n")
        want_code = int(lines[0].strip())
        if len(lines) > 1:
            want_last = lines[1].rstrip("\r")
    if proc.returncode != want_code:
        problems.append(f"exit code {proc.returncode}, expected {want_code}")
    if want_last is not None and last_line(err) != want_last:
        problems.append(f"last line of stderr:\n    expected: {want_last!r}\n"
                        f"    actual:   {last_line(err)!r}")
    want_out = expected_out.read_bytes()
    if out != want_out:
        problems.append("stdout differs:\n" + short_diff(want_out, out))
    if problems and proc.returncode != want_code and err:
        tail = err.decode("utf-8", errors="replace").rstrip("\n").split("\n")[-6:]
        problems.append("stderr (end):\n" + "".join(f"    {l}\n" for l in tail))
    return name, not problems, "\n  ".join(p.rstrip("\n") for p in problems), secs


def known_failures():
    """tests/py/known_failures.txt: "NAME  reason" per line; these scripts document open
    bugs or missing features. They still run; a failure does not fail the layer."""
    path = PY_DIR / "known_failures.txt"
    out = {}
    if path.exists():
        for line in path.read_text().splitlines():
            line = line.strip()
            if line and not line.startswith("#"):
                name, _, reason = line.partition(" ")
                out[name.removesuffix(".py")] = reason.strip()
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("items", nargs="*", metavar="RUNNER|NAME")
    ap.add_argument("--runner", help="command prefix (shell-split)")
    ap.add_argument("-j", "--jobs", type=int, default=min(4, os.cpu_count() or 1))
    ap.add_argument("--sample", type=int, metavar="K", help="run a deterministic subset of K tests")
    ap.add_argument("--timeout", type=float, default=30.0, help="seconds per test (default 30)")
    ap.add_argument("-v", "--verbose", action="store_true", help="also list passing tests")
    ap.add_argument("--list", action="store_true", help="list the selected tests and exit")
    ap.add_argument("--exclude", action="append", default=[], metavar="PATTERN",
                    help="leave out tests matching PATTERN (repeatable)")
    args = ap.parse_args()

    names = all_tests()
    items = list(args.items)
    runner = shlex.split(args.runner) if args.runner else None
    if runner is None and items:
        first = items[0]
        if first not in names and first.removesuffix(".py") not in names and (
                "/" in first or (Path(first).exists() and not first.endswith(".py"))):
            runner = [items.pop(0)]
    if runner is None:
        runner = [str(ROOT / "build" / "interleave")]
    runner = absolutize(runner)

    names, unknown = select(names, items)
    if unknown:
        print(f"run_py: no test matches {', '.join(unknown)} (in {PY_DIR})", file=sys.stderr)
        return 2
    names = [n for n in names if not any(fnmatch.fnmatchcase(n, pat) for pat in args.exclude)]
    unrecorded = [n for n in names if not (PY_DIR / f"{n}.expected").exists()]
    names = [n for n in names if n not in unrecorded]
    if args.sample is not None:
        names = sample(names, args.sample)
    if args.list:
        print("\n".join(names))
        return 0
    if not names:
        print("run_py: no recorded tests selected")
        print("0 passed, 0 failed")
        return 0 if not items else 1

    env = dict(os.environ)
    env.pop("PYTHONUNBUFFERED", None)  # recorded without it: stdout into a pipe is buffered

    print(f"run_py: {len(names)} tests, runner: {shlex.join(runner)}"
          + (f" ({len(unrecorded)} .py without .expected skipped)" if unrecorded else ""),
          flush=True)
    xfail = known_failures()
    passed = failed = expected_fail = 0
    unexpected_pass = []
    started = time.monotonic()
    with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
        futures = [pool.submit(run_one, n, runner, args.timeout, env) for n in names]
        for fut in futures:  # in name order, so the report is stable
            name, ok, message, secs = fut.result()
            if ok:
                passed += 1
                if name in xfail:
                    unexpected_pass.append(name)
                if args.verbose:
                    print(f"ok   {name} ({secs:.2f} s)", flush=True)
            elif name in xfail:
                expected_fail += 1
                if args.verbose:
                    print(f"xfail {name}: {xfail[name]}", flush=True)
            else:
                failed += 1
                print(f"FAIL {name} ({secs:.2f} s)\n  {message}", flush=True)
    print(f"run_py: {time.monotonic() - started:.1f} s")
    if expected_fail:
        print(f"run_py: {expected_fail} known failures (tests/py/known_failures.txt)")
    for name in unexpected_pass:
        print(f"run_py: {name} passes now: remove it from tests/py/known_failures.txt")
    print(f"{passed} passed, {failed} failed" + (f", {expected_fail} skipped" if expected_fail else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
