#!/usr/bin/env python3
"""Annotate a JSON Lines corpus on Spark with Rasid.

Each line of the input is one document, {"id": ..., "text": ...}. Spark splits
the lines into partitions and pipes each partition through one
`rasid annotate - --input jsonl --format jsonl` process (RDD.pipe), so Rasid's
own engine does the work and Spark only distributes it. The report lines come
back in input order within each partition, and partitions stay in order.

  # local, two worker threads, one report file in input order
  python3 annotate_corpus.py corpus.jsonl --master 'local[2]' --single report.jsonl

  # a cluster: part files in a folder (rasid must be on every worker's PATH,
  # or give its path with --rasid; --rules must exist on every worker too)
  spark-submit annotate_corpus.py hdfs:///news/*.jsonl --out hdfs:///reports/news

Bad records are reported on the executors' standard error and skipped, like in
a local run; every other document is annotated.
"""
import argparse
import shlex
import shutil
import sys

from pyspark.sql import SparkSession


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("input", help="JSONL file(s), a folder or a glob (any path Spark reads)")
    ap.add_argument("--out", help="folder for the report's part files (saveAsTextFile)")
    ap.add_argument("--single", help="write one JSONL report file here, in input order (collected on the driver)")
    ap.add_argument("--rasid", default=shutil.which("rasid") or "rasid", help="the rasid executable on the workers")
    ap.add_argument("--rules", help="rule folder on the workers (default: rasid's own)")
    ap.add_argument("--config", help="rasid.yaml on the workers")
    ap.add_argument("--partitions", type=int, help="minimum number of partitions")
    ap.add_argument("--master", help="Spark master (default: spark-submit's, else local[*])")
    ap.add_argument("--no-text", action="store_true", help="leave document texts out of the report")
    args = ap.parse_args()
    if not args.out and not args.single:
        ap.error("give --out FOLDER or --single FILE")

    builder = SparkSession.builder.appName("rasid-annotate")
    if args.master:
        builder = builder.master(args.master)
    spark = builder.getOrCreate()
    sc = spark.sparkContext

    # One rasid per partition; Spark runs partitions in parallel, so each
    # rasid uses one thread.
    cmd = [args.rasid, "annotate", "-", "--input", "jsonl", "--format", "jsonl", "--quiet", "--jobs", "1"]
    if args.rules:
        cmd += ["--rules", args.rules]
    if args.config:
        cmd += ["--config", args.config]
    if args.no_text:
        cmd.append("--no-text")
    lines = sc.textFile(args.input, minPartitions=args.partitions) if args.partitions else sc.textFile(args.input)
    reports = lines.filter(lambda l: l.strip() != "").pipe(shlex.join(cmd))

    if args.out:
        reports.saveAsTextFile(args.out)
    if args.single:
        with open(args.single, "w", encoding="utf-8") as f:
            for line in reports.toLocalIterator():
                f.write(line + "\n")
    spark.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
