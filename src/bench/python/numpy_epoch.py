#!/usr/bin/env python3
"""One full-batch epoch of the affine model (cost and gradient, float64) in numpy, timed next to Descent.

Usage:
    python3 src/bench/python/numpy_epoch.py --points 10000000 --java target/descent.jar

Without --java it times numpy alone. With it, it alternates rounds of numpy and of
`java -jar DESCENT_JAR bench --points N --json`, so that both see the same machine load, and prints
the medians side by side with the ratios. Figures are ns per point; "read" is a plain pass over x and y
(numpy: x.sum() + y.sum(); Java: the bench command's streaming read), the memory-bandwidth floor.
"""
import argparse
import json
import statistics
import subprocess
import sys
import time

import numpy as np


def make_data(n):
    rng = np.random.default_rng(2026)
    x = rng.uniform(-2.0, 2.0, n)
    y = 2.0 * x + 1.0 + 0.5 * (rng.uniform(0.0, 1.0, n) - 0.5)
    return x, y


def epoch_expression(x, y, w, b):
    """The form most code writes: temporaries for every step."""
    r = w * x + b - y
    n = x.size
    return r @ r / n, 2.0 * (x @ r) / n, 2.0 * r.sum() / n


def make_epoch_buffered(n):
    """The fastest form found: one preallocated residual buffer, in-place ufuncs, BLAS dot products."""
    buf = np.empty(n)
    ones = np.ones(n)

    def epoch(x, y, w, b):
        r = np.multiply(x, w, out=buf)
        np.add(r, b, out=r)
        np.subtract(r, y, out=r)
        return r @ r / n, 2.0 * (x @ r) / n, 2.0 * (r @ ones) / n

    return epoch


def python_loop(xs, ys, w, b):
    """The lecture's own loop, point by point in Python."""
    cost = gw = gb = 0.0
    for x, y in zip(xs, ys):
        r = w * x + b - y
        cost += r * r
        gw += 2 * x * r
        gb += 2 * r
    n = len(xs)
    return cost / n, gw / n, gb / n


def median_ns_per_point(fn, n, repeats, warmup=2):
    for _ in range(warmup):
        fn()
    times = []
    for _ in range(repeats):
        t0 = time.perf_counter_ns()
        fn()
        times.append(time.perf_counter_ns() - t0)
    return statistics.median(times) / n


def numpy_round(x, y, repeats):
    n = x.size
    buffered = make_epoch_buffered(n)
    return {
        "numpy_expression": median_ns_per_point(lambda: epoch_expression(x, y, 0.5, 0.25), n, repeats),
        "numpy_buffered": median_ns_per_point(lambda: buffered(x, y, 0.5, 0.25), n, repeats),
        "numpy_read": median_ns_per_point(lambda: x.sum() + y.sum(), n, repeats),
    }


def java_round(jar, n):
    out = subprocess.run(["java", "-jar", jar, "bench", "--points", str(n), "--json"],
                         check=True, capture_output=True, text=True).stdout
    j = json.loads(out)
    return {
        "java_full_batch": j["full_batch_epoch_ns_per_point"],
        "java_read": j["memory_read_ns_per_point"],
        "java_minibatch": j["minibatch_epoch_ns_per_point"],
        "java_sgd": j["sgd_epoch_ns_per_point"],
        "java_statistics": j["full_batch_statistics_epoch_ns_per_point"],
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--points", type=int, default=10_000_000)
    ap.add_argument("--repeats", type=int, default=9)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--java", metavar="DESCENT_JAR", help="also run DESCENT_JAR's bench command, alternately")
    ap.add_argument("--python-loop-points", type=int, default=100_000,
                    help="size for timing the plain Python loop (0 to skip)")
    args = ap.parse_args()
    if args.points < 1000:
        sys.exit("numpy_epoch.py: --points must be at least 1000")

    x, y = make_data(args.points)
    rounds = []
    for _ in range(args.rounds):
        r = numpy_round(x, y, args.repeats)
        if args.java:
            r.update(java_round(args.java, args.points))
        rounds.append(r)
    result = {k: statistics.median(r[k] for r in rounds) for k in rounds[0]}
    if args.python_loop_points:
        m = args.python_loop_points
        xs, ys = x[:m].tolist(), y[:m].tolist()
        result["python_loop"] = median_ns_per_point(lambda: python_loop(xs, ys, 0.5, 0.25), m, 3, warmup=1)
    result = {"points": args.points, "rounds": args.rounds, "numpy": np.__version__,
              **{k: round(v, 4) for k, v in result.items()}}
    print(json.dumps(result))

    if args.java:
        best_numpy = min(result["numpy_expression"], result["numpy_buffered"])
        java = result["java_full_batch"]
        read = result["java_read"]
        print(f"\nfull-batch affine epoch, {args.points:,} points, medians of {args.rounds} alternating rounds"
              " (ns per point):", file=sys.stderr)
        for name, v in [("Java, blocked one-pass kernel", java),
                        ("numpy, best form (buffered, BLAS dot)", result["numpy_buffered"]),
                        ("numpy, plain expression", result["numpy_expression"]),
                        ("read x and y once (Java)", read),
                        ("read x and y once (numpy sum)", result["numpy_read"])]:
            print(f"  {name:40s} {v:8.3f}", file=sys.stderr)
        print(f"  numpy best / Java = {best_numpy / java:.1f}x;  Java at {100 * read / java:.0f} % of the read speed",
              file=sys.stderr)


if __name__ == "__main__":
    main()
