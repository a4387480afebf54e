#!/usr/bin/env python3
"""Loading a large data CSV: Descent's reader beside numpy's loadtxt, on the same file.

    ./mvnw -q package -DskipTests
    python3 src/bench/python/csv_load.py --rows 10000000 --heap 512m

Writes the file once (an x,y header, then rows like 0.54881350,4.6440627 from a fixed seed; 10^7 rows
are about 190 MB), then times, best of --repeat runs each:
  numpy     numpy.loadtxt(file, delimiter=",", skiprows=1) in this process
  descent   java -Xmx<heap> -jar target/descent.jar train --data file --epochs 1, a whole process:
            the JVM's start, reading the file, one epoch and the log
  read      src/bench/java/dev/descent/bench/ReadCsv.java: DataCsv.read alone, --reads times in one
            JVM; the first read is cold (the JIT still compiling, what train pays), the best of the
            others warm
and prints the wall time, CPU time and peak resident memory of each. The train figure includes the
JVM's start and its JIT and GC threads, so it is an upper bound on the read.
"""
import argparse
import os
import resource
import subprocess
import sys
import time

import numpy as np


def write_csv(path, rows):
    rng = np.random.default_rng(42)
    with open(path, "w") as f:
        f.write("x,y\n")
        chunk = 1_000_000
        for start in range(0, rows, chunk):
            n = min(chunk, rows - start)
            x = rng.random(n)
            y = 3 * x + 2 + rng.normal(0, 0.5, n)
            np.savetxt(f, np.column_stack([x, y]), fmt="%.8f,%.7g")


def peak_rss_mib_self():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def time_numpy(path, repeat):
    """Best wall time and best CPU time (user + system) of numpy.loadtxt, and the rows it read."""
    best, best_cpu, rows = None, None, 0
    for _ in range(repeat):
        t, c = time.perf_counter(), time.process_time()
        a = np.loadtxt(path, delimiter=",", skiprows=1)
        dt, dc = time.perf_counter() - t, time.process_time() - c
        rows = a.shape[0]
        del a
        best = dt if best is None else min(best, dt)
        best_cpu = dc if best_cpu is None else min(best_cpu, dc)
    return best, best_cpu, rows


def children_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def time_descent(path, jar, heap, repeat):
    """Best wall time, best CPU time (all the JVM's threads) and peak RSS of the train process."""
    best, best_cpu, peak = None, None, 0.0
    for _ in range(repeat):
        t, c = time.perf_counter(), children_cpu()
        # A child per run; ru_maxrss of waited-for children is the largest of them.
        p = subprocess.run(["java", f"-Xmx{heap}", "-jar", jar, "train", "--data", path, "--epochs", "1"],
                           capture_output=True, text=True)
        dt, dc = time.perf_counter() - t, children_cpu() - c
        if p.returncode != 0:
            sys.exit(f"descent failed (exit {p.returncode}): {p.stderr.strip()}")
        peak = max(peak, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)
        best = dt if best is None else min(best, dt)
        best_cpu = dc if best_cpu is None else min(best_cpu, dc)
    return best, best_cpu, peak


def time_read(path, jar, heap, reads):
    """(cold wall, cold CPU, warm wall, warm CPU) of DataCsv.read in one JVM, in seconds."""
    src = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "java", "dev", "descent", "bench",
                       "ReadCsv.java")
    p = subprocess.run(["java", f"-Xmx{heap}", "-cp", jar, src, path, str(reads)], capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f"ReadCsv failed (exit {p.returncode}): {p.stderr.strip()}")
    runs = []
    for line in p.stdout.splitlines():
        f = line.split()
        runs.append((float(f[5]) / 1000, float(f[7]) / 1000))
    warm = min(runs[1:], key=lambda r: r[0]) if len(runs) > 1 else runs[0]
    return runs[0][0], runs[0][1], warm[0], warm[1]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--rows", type=int, default=10_000_000)
    ap.add_argument("--heap", default="512m", help="the JVM's -Xmx for descent")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--file", help="the CSV to use (written if missing); default /tmp/descent-bench-<rows>.csv")
    ap.add_argument("--jar", default="target/descent.jar")
    ap.add_argument("--reads", type=int, default=5, help="reads in one JVM for the read-only figures")
    ap.add_argument("--skip-numpy", action="store_true")
    args = ap.parse_args()

    path = args.file or f"/tmp/descent-bench-{args.rows}.csv"
    if not os.path.exists(path):
        print(f"writing {path} ({args.rows:,} rows)…", file=sys.stderr)
        write_csv(path, args.rows)
    size_mb = os.path.getsize(path) / 1e6

    print(f"file: {path}, {args.rows:,} rows, {size_mb:.0f} MB; best of {args.repeat}")
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    print(f"{'reader':<34} {'wall s':>7} {'CPU s':>7} {'rows/s (wall)':>14} {'peak RSS MiB':>13}")
    d_time, d_cpu, d_peak = time_descent(path, args.jar, args.heap, args.repeat)
    print(f"{'descent train --epochs 1 -Xmx' + args.heap:<34} {d_time:7.2f} {d_cpu:7.2f}"
          f" {args.rows / d_time:14,.0f} {d_peak:13.0f}")
    c_wall, c_cpu, w_wall, w_cpu = time_read(path, args.jar, args.heap, args.reads)
    print(f"{'descent DataCsv.read, cold':<34} {c_wall:7.2f} {c_cpu:7.2f} {args.rows / c_wall:14,.0f}")
    print(f"{'descent DataCsv.read, warm':<34} {w_wall:7.2f} {w_cpu:7.2f} {args.rows / w_wall:14,.0f}")
    if not args.skip_numpy:
        n_time, n_cpu, n_rows = time_numpy(path, args.repeat)
        assert n_rows == args.rows, n_rows
        print(f"{'numpy.loadtxt ' + np.__version__:<34} {n_time:7.2f} {n_cpu:7.2f}"
              f" {args.rows / n_time:14,.0f} {peak_rss_mib_self():13.0f}")
        print(f"numpy's time / descent's: train process {n_time / d_time:.2f}x wall, {n_cpu / d_cpu:.2f}x CPU;"
              f" cold read {n_time / c_wall:.2f}x wall, {n_cpu / c_cpu:.2f}x CPU;"
              f" warm read {n_time / w_wall:.2f}x wall, {n_cpu / w_cpu:.2f}x CPU")


if __name__ == "__main__":
    main()
