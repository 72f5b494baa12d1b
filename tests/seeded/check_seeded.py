#!/usr/bin/env python3
"""check_seeded.py: seeded mode, checked against a build of `interleave` (native, TSan or wasm).

- Golden runs: each tests/seeded/NAME.py runs with the seeds and options of CASES below; its
  stdout, stderr, exit code and readable trace must equal NAME.seedS.golden byte for byte. The
  golden files were written by the native build (--regen); the wasm build under node and any
  other machine must print the same bytes: that is the "same seed, same run" promise.
- Determinism: every case also runs twice, JSON trace included, with identical results.
- Exploration: over --seeds seeds, the print race (unbuffered stdout) and the lost update each
  show several distinct outcomes, at least one torn line and at least one lost update. The
  design table: pipe stdout with a small buffer and unbuffered stdout (even with flush=True)
  tear lines; tty stdout, pipe stdout with flush=True and a lock around print never do; with
  --print-switch amplified even tty stdout tears.
- Deadlocks: each deadlock_*.py ends with exit code 3 and its report (in its golden file).
- Trace: the JSON is valid Trace Event Format; GIL slices never overlap (one holder at a time),
  in seeded mode and in real mode.
- Recording the trace never changes the schedule (the same stdout with and without it).
- Step mode: scripted choices on stdin (the step log) produce a torn print line and a lost
  update, and replay to the same bytes.
usage: check_seeded.py --runner CMD [--seeds N] [--regen]
"""
import argparse
import json
import os
import re
import shlex
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))

# name -> list of (seed, extra options)
CASES = {
    "print_race": [(1, ["--stdout", "unbuffered"]), (2, ["--stdout", "unbuffered"]), (3, ["--stdout", "pipe"])],
    "lost_update": [(1, []), (2, [])],
    "virtual_time": [(1, [])],
    "producer_consumer": [(3, ["--stdout", "unbuffered"]), (4, ["--stdout", "tty"])],
    "deadlock_two_locks": [(1, [])],
    "deadlock_join_cycle": [(1, [])],
    "deadlock_lock_self": [(1, [])],
    "deadlock_condition": [(1, [])],
    "deadlock_rlock_join": [(1, [])],
    "deadlock_semaphore": [(1, [])],
}

# Step mode: name -> (choices typed on stdin, options, text the output must contain).
# The golden file holds the prompts too: the same choices replay the same run.
STEPS = {
    "step_torn_print": ("1\n0\n2\n", ["--stdout", "unbuffered"], "Hello fromHello from"),
    "step_lost_update": ("1 line\n1 line\n1 line\n0\n2\n1\n", [], "counter = 1\n"),
}

failures = []


def fail(msg):
    failures.append(msg)
    print("FAIL " + msg)


def run(runner, name, seed, opts, trace_json=None, timeout=120, stdin=b""):
    env = dict(os.environ)
    env.pop("PYTHONUNBUFFERED", None)
    cmd = runner + ["--seed", str(seed), "--trace-text"] + opts
    if trace_json:
        cmd += ["--trace", trace_json]
    cmd.append(name + ".py")
    p = subprocess.run(cmd, cwd=HERE, capture_output=True, timeout=timeout, env=env, input=stdin)
    return p.stdout.decode(errors="replace"), p.stderr.decode(errors="replace"), p.returncode


def render(out, err, rc):
    return f"{out}--- stderr (with --trace-text) ---\n{err}--- exit {rc}\n"


def check_trace_json(path, label, clock="virtual"):
    try:
        with open(path) as f:
            doc = json.load(f)
    except (OSError, ValueError) as e:
        fail(f"{label}: trace JSON does not load: {e}")
        return
    evs = doc.get("traceEvents")
    if not isinstance(evs, list) or not evs:
        fail(f"{label}: no traceEvents")
        return
    slices = []
    for ev in evs:
        for key in ("name", "ph", "pid", "tid"):
            if key not in ev:
                fail(f"{label}: event without {key}: {ev}")
                return
        if ev["ph"] not in ("X", "i", "M"):
            fail(f"{label}: unexpected phase {ev['ph']}")
        if ev["ph"] in ("X", "i") and not isinstance(ev.get("ts"), (int, float)):
            fail(f"{label}: event without a numeric ts: {ev}")
        if ev["ph"] == "X":
            if not isinstance(ev.get("dur"), (int, float)) or ev["dur"] < 0:
                fail(f"{label}: complete event without a duration >= 0: {ev}")
            if ev.get("cat") == "gil":
                slices.append((ev["ts"], ev["ts"] + ev["dur"], ev["tid"]))
    if not slices:
        fail(f"{label}: no GIL slices")
    slices.sort()
    for a, b in zip(slices, slices[1:]):
        if b[0] < a[1] - 1e-9:
            fail(f"{label}: GIL slices overlap: thread {a[2]} [{a[0]}, {a[1]}] and thread {b[2]} from {b[0]}")
            break
    if doc.get("otherData", {}).get("clock") != clock:
        fail(f"{label}: the trace must say its clock is {clock}")


def real_mode_trace(runner):
    # Real mode: OS-scheduled threads, wall-clock times; GIL slices still never overlap.
    tmp = tempfile.mkdtemp(prefix="real-")
    j = os.path.join(tmp, "real.json")
    for name in ("print_race", "lost_update"):
        env = dict(os.environ)
        env.pop("PYTHONUNBUFFERED", None)
        p = subprocess.run(runner + ["--mode", "real", "--stdout", "unbuffered", "--trace", j, name + ".py"],
                           cwd=HERE, capture_output=True, timeout=120, env=env)
        if p.returncode != 0:
            fail(f"real mode {name}: exit code {p.returncode}")
        check_trace_json(j, f"real mode {name}", clock="wall")


def golden_and_determinism(runner, regen):
    tmp = tempfile.mkdtemp(prefix="seeded-")
    for name, runs in CASES.items():
        for seed, opts in runs:
            label = f"{name} --seed {seed} {' '.join(opts)}".strip()
            j1, j2 = os.path.join(tmp, "a.json"), os.path.join(tmp, "b.json")
            first = run(runner, name, seed, opts, j1)
            second = run(runner, name, seed, opts, j2)
            if first != second:
                fail(f"{label}: two runs with the same seed differ")
            with open(j1) as f1, open(j2) as f2:
                if f1.read() != f2.read():
                    fail(f"{label}: two runs with the same seed wrote different JSON traces")
            check_trace_json(j1, label)
            golden = os.path.join(HERE, f"{name}.seed{seed}.golden")
            text = render(*first)
            if regen:
                with open(golden, "w") as f:
                    f.write(text)
                continue
            try:
                with open(golden) as f:
                    want = f.read()
            except OSError:
                fail(f"{label}: no golden file {os.path.basename(golden)} (run with --regen)")
                continue
            if text != want:
                fail(f"{label}: differs from {os.path.basename(golden)}")
                for i, (x, y) in enumerate(zip(text.splitlines(), want.splitlines())):
                    if x != y:
                        print(f"  first difference at line {i + 1}:\n    got:  {x!r}\n    want: {y!r}")
                        break
            if name.startswith("deadlock_") and first[2] != 3:
                fail(f"{label}: exit code {first[2]}, a deadlock must end with 3")
            if name.startswith("deadlock_") and "Deadlock: " not in first[1]:
                fail(f"{label}: no deadlock report on stderr")


def step_mode(runner, regen):
    for name, (choices, opts, want_in_out) in STEPS.items():
        first = run(runner, name, 1, ["--step"] + opts, stdin=choices.encode())
        second = run(runner, name, 1, ["--step"] + opts, stdin=choices.encode())
        if first != second:
            fail(f"{name}: the same step log gave two different runs")
        if want_in_out not in first[0]:
            fail(f"{name}: the scripted schedule did not give {want_in_out!r}; stdout was {first[0]!r}")
        golden = os.path.join(HERE, f"{name}.golden")
        text = render(*first)
        if regen:
            with open(golden, "w") as f:
                f.write(text)
        else:
            with open(golden) as f:
                if f.read() != text:
                    fail(f"{name}: differs from {os.path.basename(golden)}")


def tracing_is_invisible(runner):
    # Recording the event stream must not change the schedule: the same stdout with and
    # without --trace-text, for every golden case.
    env = dict(os.environ)
    env.pop("PYTHONUNBUFFERED", None)
    for name, runs in CASES.items():
        for seed, opts in runs:
            plain = subprocess.run(runner + ["--seed", str(seed)] + opts + [name + ".py"], cwd=HERE,
                                   capture_output=True, timeout=120, env=env)
            traced = run(runner, name, seed, opts)
            if plain.stdout.decode(errors="replace") != traced[0] or plain.returncode != traced[2]:
                fail(f"{name} --seed {seed}: recording the trace changed the run")


def torn_lines(out):
    # A print is "Hello from N\n"; anything else is a torn line (two prints interleaved).
    return sum(1 for line in out.split("\n")[:-1] if not re.fullmatch(r"Hello from \d", line))


def exploration(runner, seeds):
    outs, torn = set(), 0
    for s in range(seeds):
        out, err, rc = run(runner, "print_race", s, ["--stdout", "unbuffered"])
        outs.add(out)
        torn += torn_lines(out) > 0
        if sorted(re.findall(r"Hello from \d", out)) != sorted(f"Hello from {i}" for i in range(5) for _ in range(3)):
            fail(f"print_race --seed {s}: a print's text is missing or doubled")
    print(f"print_race, unbuffered: {len(outs)} distinct outputs over {seeds} seeds, {torn} with torn lines")
    if len(outs) < 3 or torn < 1:
        fail("print_race: the seeds do not explore the race (need >= 3 outcomes, >= 1 torn)")
    # The design table (shared/design.md): which stdout modes tear a print, over the seeds.
    n = max(3, min(20, seeds // 5))   # 20 natively; fewer under node and TSan, where runs are slow
    never = [("print_race", ["--stdout", "tty"]), ("print_race", ["--stdout", "pipe"]),
             ("print_race_flush", ["--stdout", "pipe", "--buffer-size", "32"]),
             ("print_race_flush", ["--stdout", "tty"])]
    never += [("print_race_lock", ["--stdout", m, "--buffer-size", "32"]) for m in ("tty", "pipe", "unbuffered")]
    for name, opts in never:
        for s in range(n):
            out, _, _ = run(runner, name, s, opts)
            if torn_lines(out):
                fail(f"{name} {' '.join(opts)} --seed {s}: a line tore; the design table says never")
    for name, opts in [("print_race", ["--stdout", "pipe", "--buffer-size", "32"]),
                       ("print_race_flush", ["--stdout", "unbuffered"])]:
        torn = sum(torn_lines(run(runner, name, s, opts)[0]) > 0 for s in range(n))
        print(f"{name} {' '.join(opts)}: {torn} of {n} seeds tear a line")
        if torn < 1:
            fail(f"{name} {' '.join(opts)}: no seed tore a line; the design table says it tears")
    amplified_torn = 0
    for s in range(min(seeds, 20)):
        out, _, _ = run(runner, "print_race", s, ["--stdout", "tty", "--print-switch", "amplified"])
        amplified_torn += torn_lines(out) > 0
    print(f"print_race, tty, amplified: {amplified_torn} of {min(seeds, 20)} seeds tear a line")
    if amplified_torn < 1:
        fail("print_race --print-switch amplified: a write boundary never switched threads")
    counts = {}
    for s in range(seeds):
        out, err, rc = run(runner, "lost_update", s, [])
        counts[out.strip()] = counts.get(out.strip(), 0) + 1
    lost = sum(n for v, n in counts.items() if v != "4000")
    print(f"lost_update: {len(counts)} distinct totals over {seeds} seeds, {lost} runs lost updates")
    if len(counts) < 3 or lost < 1:
        fail("lost_update: the seeds do not show lost updates")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--runner", required=True)
    ap.add_argument("--seeds", type=int, default=100)
    ap.add_argument("--regen", action="store_true")
    a = ap.parse_args()
    runner = shlex.split(a.runner)
    golden_and_determinism(runner, a.regen)
    step_mode(runner, a.regen)
    real_mode_trace(runner)
    tracing_is_invisible(runner)
    if not a.regen:
        exploration(runner, a.seeds)
    print("check_seeded: " + ("all passed" if not failures else f"{len(failures)} failed"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
