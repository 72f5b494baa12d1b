#!/usr/bin/env python3
"""record_expected.py: records what CPython prints for tests/py/NAME.py, the oracle that
tests/run_py.py compares our interpreter with. For each script it runs, with cwd tests/py,
stdin from /dev/null and PYTHONUNBUFFERED unset (stdout into a file is block-buffered, as ours
is into a pipe):
    python3 NAME.py > NAME.expected
and writes NAME.expected_err (exit code on line 1, last line of stderr on line 2) when the
exit code is not 0 (a stale one is removed when it is 0). A script with a line
"# stdio: merged" runs as `python3 NAME.py > NAME.expected 2>&1` (stderr into the same file),
"# stdio: merged unbuffered" as `python3 -u ...`: they record how the streams interleave.

Every script runs twice; if the two runs differ, its output is not deterministic and nothing
is recorded for it. Scripts are skipped (their files are maintained by hand) when they
contain a line "# record: skip" or an intentional difference marked "# expect:".

usage: tests/record_expected.py [NAME ...] [--python PY] [--once] [--timeout S]
  NAME       names with or without .py, or shell patterns; default: every tests/py/*.py
  --python   the CPython to record with (default: python3; its version is printed)
  --missing  record only scripts that have no .expected yet
Exits 1 if any script could not be recorded.
"""
import argparse
import fnmatch
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY_DIR = ROOT / "tests" / "py"
SKIP_MARKERS = ("# record: skip", "# expect:")


def last_line(data: bytes) -> str:  # the same rule as run_py.py
    text = data.decode("utf-8", errors="replace").rstrip("\n")
    return text.split("\n")[-1].rstrip("\r") if text else ""


def run(python, name, timeout, env):
    """Returns (exit code, stdout bytes, last stderr line), or None after a timeout."""
    source = (PY_DIR / f"{name}.py").read_text(encoding="utf-8", errors="replace")
    m = re.search(r"^# stdio: merged( unbuffered)?\s*$", source, re.M)
    extra = ["-u"] if m and m.group(1) else []
    try:
        p = subprocess.run([python, *extra, f"{name}.py"], cwd=PY_DIR, env=env,
                           stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                           stderr=subprocess.STDOUT if m else subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        return None
    return p.returncode, p.stdout, last_line(p.stderr or b"")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("names", nargs="*")
    ap.add_argument("--python", default="python3")
    ap.add_argument("--once", action="store_true", help="run once: skip the determinism check")
    ap.add_argument("--missing", action="store_true", help="only scripts without .expected")
    ap.add_argument("--timeout", type=float, default=60.0)
    args = ap.parse_args()

    all_names = sorted(p.stem for p in PY_DIR.glob("*.py"))
    if args.names:
        names = []
        for pat in args.names:
            pat = Path(pat).name
            pat = pat[:-3] if pat.endswith(".py") else pat
            hits = [n for n in all_names if fnmatch.fnmatchcase(n, pat)]
            if not hits:
                print(f"record_expected: no script matches {pat!r}", file=sys.stderr)
                return 2
            names += [h for h in hits if h not in names]
    else:
        names = all_names
    if args.missing:
        names = [n for n in names if not (PY_DIR / f"{n}.expected").exists()]

    env = dict(os.environ)
    env.pop("PYTHONUNBUFFERED", None)
    version = subprocess.run([args.python, "--version"], capture_output=True, text=True)
    print(f"record_expected: {len(names)} scripts with {args.python} "
          f"({(version.stdout or version.stderr).strip()})")

    bad = 0
    for name in names:
        source = (PY_DIR / f"{name}.py").read_text(encoding="utf-8", errors="replace")
        marker = next((m for m in SKIP_MARKERS if m in source), None)
        if marker:
            print(f"skip {name}: contains {marker!r} (expected files kept by hand)")
            continue
        first = run(args.python, name, args.timeout, env)
        second = first if args.once or first is None else run(args.python, name, args.timeout, env)
        if first is None or second is None:
            print(f"NOT recorded {name}: timed out after {args.timeout:g} s")
            bad += 1
            continue
        if first != second:
            what = "stdout" if first[1] != second[1] else "exit code or stderr"
            print(f"NOT recorded {name}: {what} differs between two runs (not deterministic)")
            bad += 1
            continue
        code, out, err_last = first
        (PY_DIR / f"{name}.expected").write_bytes(out)
        err_file = PY_DIR / f"{name}.expected_err"
        if code != 0:
            err_file.write_text(f"{code}\n{err_last}\n", encoding="utf-8")
            print(f"recorded {name} (exit {code}: {err_last})")
        else:
            if err_file.exists():
                err_file.unlink()
            print(f"recorded {name}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
