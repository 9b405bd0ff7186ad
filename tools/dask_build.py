#!/usr/bin/env python3
"""dask_build.py: kg-build as a map and a reduce on a Dask cluster.

Splits a JSON Lines article file into partitions (contiguous runs of
lines), runs `kg-build - --input-format jsonl -o PART.json` on each
partition as a Dask task (the map: one subprocess per partition, articles
on standard input), then `kg-build merge` over the fragments (the reduce).
The result is byte-identical to `kg-build - --input-format jsonl -o OUT <
INPUT` when every record has an `id` (see docs/scale-out.md).

    dask_build.py corpus.jsonl -o graph.json --kg-build build/kg-build
    dask_build.py corpus.jsonl -o graph.json --scheduler tcp://host:8786 \\
        --work-dir /shared/quotegraph-run --kg-build /shared/bin/kg-build

Without --scheduler a LocalCluster with --workers workers runs the tasks.
With --scheduler, --work-dir and --kg-build must be visible to every worker
at the same path (shared storage).  Runs with Debian's python3-distributed.
"""

import argparse
import os
import subprocess
import sys
import tempfile


def split_partitions(input_path, partitions, work_dir):
    """Writes `partitions` files of contiguous lines; returns their paths."""
    size = os.path.getsize(input_path)
    paths = [os.path.join(work_dir, "part-%05d.jsonl" % k) for k in range(partitions)]
    outs = [open(p, "wb") for p in paths]
    try:
        offset = 0
        with open(input_path, "rb") as f:
            for line in f:
                # A line goes to the partition its first byte falls in.
                k = min(partitions - 1, offset * partitions // max(size, 1))
                outs[k].write(line)
                offset += len(line)
    finally:
        for o in outs:
            o.close()
    return [p for p in paths if os.path.getsize(p) > 0]


def map_partition(kg_build, partition, extra_args):
    """The map: builds one partition's graph fragment; returns its path."""
    out = partition[: -len(".jsonl")] + ".json"
    with open(partition, "rb") as stdin:
        proc = subprocess.run(
            [kg_build, "-q", "-", "--input-format", "jsonl", "-o", out] + extra_args,
            stdin=stdin, stderr=subprocess.PIPE, check=False)
    if proc.returncode != 0:
        message = proc.stderr.decode("utf-8", "replace").strip().splitlines() or ["failed"]
        raise RuntimeError("%s: %s" % (partition, message[0]))
    return out


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("input", help="JSON Lines article file")
    parser.add_argument("-o", "--output", action="append", required=True,
                        help="output file(s) of the merge, as kg-build merge -o")
    parser.add_argument("--kg-build", default="kg-build", help="path of kg-build")
    parser.add_argument("--partitions", type=int, default=0,
                        help="number of partitions (default: 4 per worker)")
    parser.add_argument("--workers", type=int, default=2,
                        help="LocalCluster workers (ignored with --scheduler)")
    parser.add_argument("--scheduler", help="address of a running dask-scheduler")
    parser.add_argument("--work-dir", help="directory for partitions and fragments "
                        "(default: a temporary directory, removed afterwards)")
    parser.add_argument("--map-arg", action="append", default=[],
                        help="extra kg-build argument for every map task (repeatable)")
    args = parser.parse_args(argv)

    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as e:
        print("dask_build.py: dask.distributed is not installed: %s" % e, file=sys.stderr)
        return 1
    if not os.path.isfile(args.input):
        print("dask_build.py: %s: no such file" % args.input, file=sys.stderr)
        return 1

    temp = None
    work_dir = args.work_dir
    if work_dir is None:
        temp = tempfile.TemporaryDirectory(prefix="quotegraph-dask-")
        work_dir = temp.name
    os.makedirs(work_dir, exist_ok=True)
    try:
        if args.scheduler:
            client = Client(args.scheduler)
            cluster = None
            workers = max(1, len(client.scheduler_info().get("workers", {})))
        else:
            cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1,
                                   processes=False, dashboard_address=None)
            client = Client(cluster)
            workers = args.workers
        try:
            partitions = args.partitions or 4 * workers
            parts = split_partitions(args.input, partitions, work_dir)
            futures = client.map(map_partition, [args.kg_build] * len(parts), parts,
                                 [args.map_arg] * len(parts), pure=False)
            fragments = client.gather(futures)
        finally:
            client.close()
            if cluster is not None:
                cluster.close()
        cmd = [args.kg_build, "merge", "-q"] + fragments
        for out in args.output:
            cmd += ["-o", out]
        proc = subprocess.run(cmd, stderr=subprocess.PIPE, check=False)
        if proc.returncode != 0:
            message = proc.stderr.decode("utf-8", "replace").strip().splitlines() or ["failed"]
            raise RuntimeError(message[0])
    except Exception as e:  # one line, non-zero exit
        print("dask_build.py: %s" % e, file=sys.stderr)
        return 1
    finally:
        if temp is not None:
            temp.cleanup()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
