#!/usr/bin/env python3
"""bench/run.py: Interleave against CPython, side by side in one run.

Single-thread programs (bench/single/*.py): each runs under interleave and CPython
alternately; the table gives the best wall time of each and the ratio interleave/CPython,
then the geometric mean (target: at most 1.5). With --wasm, the page's engine is timed too,
under node, the way the page runs it: loaded once, warmed up, then the program's run alone
(target: within 1.3x of native). With --seeded, interleave --seed 1 is timed too:
the overhead of seeded mode against real mode (target: at most 1.10). Threading programs (bench/threads/*.py) print
their own metrics; both interpreters' values are shown next to each other. Start-up time is
`-c pass`. Outputs are compared: a benchmark whose output differs from CPython's is flagged.
usage: bench/run.py [--interleave build/interleave] [--python PY] [--repeat 3] [--wasm] [--seeded] [NAME...]
"""
import argparse
import math
import os
import shlex
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def run(cmd, path=None, timeout=600):
    t0 = time.perf_counter()
    p = subprocess.run(cmd + ([path] if path else []), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=timeout, cwd=os.path.dirname(path) if path else None)
    return time.perf_counter() - t0, p.returncode, p.stdout.decode(errors="replace"), p.stderr.decode(errors="replace")


def default_python():
    for p in ("/usr/bin/python3.11", "python3"):
        try:
            subprocess.run([p, "-c", "pass"], check=True, capture_output=True)
            return p
        except (OSError, subprocess.CalledProcessError):
            pass
    return sys.executable


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--interleave", default=os.path.join(ROOT, "build", "interleave"))
    ap.add_argument("--python", default=default_python())
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--wasm", action="store_true",
                    help="also time the page's engine under node (bench/wasm_engine.mjs: loaded once, "
                         "warmed up like the page, then the program's run alone is timed)")
    ap.add_argument("--wasm-bindings", default=os.path.join(ROOT, "build-wasm", "interleave-bindings-node.js"),
                    help="the engine --wasm times (default build-wasm/interleave-bindings-node.js)")
    ap.add_argument("--seeded", action="store_true", help="also time interleave in seeded mode (--seed 1)")
    ap.add_argument("names", nargs="*")
    a = ap.parse_args()
    il = shlex.split(a.interleave)
    py = shlex.split(a.python)
    wasm = ["node", "--no-experimental-fetch", os.path.join(HERE, "wasm_engine.mjs"), a.wasm_bindings]
    ver = subprocess.run(py + ["-c", "import sys; print(sys.version.split()[0])"], capture_output=True, text=True).stdout.strip()
    print(f"CPython: {a.python} ({ver}); interleave: {a.interleave}; best of {a.repeat}")

    singles = sorted(f for f in os.listdir(os.path.join(HERE, "single")) if f.endswith(".py"))
    if a.names:
        singles = [f for f in singles if f[:-3] in a.names]
    ratios, wratios, sratios = [], [], []
    print()
    hdr = f"{'program':<16}{'CPython s':>11}{'interleave s':>14}{'ratio':>8}"
    if a.wasm:
        hdr += f"{'wasm s':>10}{'wasm/native':>13}"
    if a.seeded:
        hdr += f"{'seeded s':>10}{'seeded/real':>13}"
    print(hdr)
    for f in singles:
        path = os.path.join(HERE, "single", f)
        best_py = best_il = best_w = best_s = float("inf")
        out_py = out_il = None
        ok = True
        for _ in range(a.repeat):
            t, rc, out, err = run(il, path)
            best_il = min(best_il, t)
            out_il = out
            ok = ok and rc == 0
            t, rc, out, err = run(py, path)
            best_py = min(best_py, t)
            out_py = out
            if a.wasm:
                _, rc, out, err = run(wasm, path)
                ms = [line.split()[1] for line in err.splitlines() if line.startswith("engine_ms ")]
                best_w = min(best_w, float(ms[-1]) / 1000 if ms else float("inf"))
                ok = ok and rc == 0 and out == out_il   # a failing wasm run is flagged, not timed quietly
            if a.seeded:
                t, rc, out, err = run(il + ["--seed", "1"], path)
                best_s = min(best_s, t)
                ok = ok and rc == 0 and out == out_il
        r = best_il / best_py
        ratios.append(r)
        flag = "" if ok and out_il == out_py else "  OUTPUT DIFFERS"
        line = f"{f[:-3]:<16}{best_py:>11.3f}{best_il:>14.3f}{r:>8.2f}"
        if a.wasm:
            wratios.append(best_w / best_il)
            line += f"{best_w:>10.3f}{best_w / best_il:>13.2f}"
        if a.seeded:
            sratios.append(best_s / best_il)
            line += f"{best_s:>10.3f}{best_s / best_il:>13.2f}"
        print(line + flag)
    if ratios:
        gm = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        print(f"{'geometric mean':<16}{'':>11}{'':>14}{gm:>8.2f}" +
              (f"{'':>10}{math.exp(sum(math.log(r) for r in wratios) / len(wratios)):>13.2f}" if wratios else "") +
              (f"{'':>10}{math.exp(sum(math.log(r) for r in sratios) / len(sratios)):>13.2f}" if sratios else ""))

    def startup(cmd):
        best = float("inf")
        for _ in range(10):
            t0 = time.perf_counter()
            subprocess.run(cmd + ["-c", "pass"], capture_output=True)
            best = min(best, time.perf_counter() - t0)
        return best * 1000
    print(f"\nstart-up (-c pass): CPython {startup(py):.1f} ms, interleave {startup(il):.1f} ms")

    threads = sorted(f for f in os.listdir(os.path.join(HERE, "threads")) if f.endswith(".py"))
    if a.names:
        threads = [f for f in threads if f[:-3] in a.names]
    if threads:
        print(f"\n{'threading metric':<34}{'CPython':>12}{'interleave':>12}")
    for f in threads:
        path = os.path.join(HERE, "threads", f)
        _, _, out_py, _ = run(py, path)
        _, rc, out_il, err = run(il, path)
        py_vals = dict(line.split(None, 1) for line in out_py.splitlines() if line.strip())
        il_vals = dict(line.split(None, 1) for line in out_il.splitlines() if line.strip())
        for k in py_vals:
            print(f"{k:<34}{py_vals[k]:>12}{il_vals.get(k, 'ERROR'):>12}")
        if rc != 0:
            print(f"  {f}: interleave exited {rc}: {err.strip().splitlines()[-1:] }")
    return 0


if __name__ == "__main__":
    sys.exit(main())
