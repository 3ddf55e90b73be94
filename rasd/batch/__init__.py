"""Extraction and merging as a batch job: JSONL or Parquet in, the store's tables as Parquet out.

``run(source, output, engine="local"|"spark", master=None)``; see ``docs/spark.md``.
"""

from __future__ import annotations

from typing import Any

from rasd.batch.inputs import InputError

ENGINES = ("local", "spark")


def spark_missing() -> str | None:
    """Why the Spark engine cannot run here (None when it can)."""
    import os
    import shutil

    try:
        import pyspark  # noqa: F401
    except ImportError:
        return "pyspark is not installed: pip install 'rasd[spark]'"
    if not shutil.which("java") and not os.environ.get("JAVA_HOME"):
        return "no Java runtime (java on PATH or $JAVA_HOME): Spark needs Java 17 or later"
    return None


def run(source: str, output: str, engine: str = "local", master: str | None = None,
        partitions: int | None = None) -> dict[str, Any]:
    """Run the job; returns counts (articles extracted, failures, rows per table)."""
    if engine == "local":
        from rasd.batch.local import PARTITION_SIZE, run_local

        return run_local(source, output, partition_size=partitions or PARTITION_SIZE)
    if engine == "spark":
        why = spark_missing()
        if why:
            raise RuntimeError(why)
        from rasd.batch.spark import run_spark

        return run_spark(source, output, master=master, partitions=partitions)
    raise ValueError(f"unknown engine {engine!r}; one of {', '.join(ENGINES)}")


__all__ = ["ENGINES", "InputError", "run", "spark_missing"]
