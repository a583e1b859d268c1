"""The file to give ``spark-submit``: runs ``newsscores spark-ingest`` with its arguments.

spark-submit wants a ``.py`` file, not a console script::

    JOB=$(python -c 'import newsscores.spark_submit as m; print(m.__file__)')
    spark-submit --master yarn "$JOB" warcs.txt --out s3a://bucket/newsscores-out

(the manifest is read by the driver, so it is a local file; the paths in it may be
``s3a://`` or ``hdfs://`` URLs).
"""

from __future__ import annotations

import sys

__all__ = ["run"]


def run(argv: list[str]) -> None:
    """``newsscores spark-ingest ARGV...``."""
    from newsscores.cli import main

    main(["spark-ingest", *argv], prog_name="newsscores spark-ingest")


if __name__ == "__main__":
    run(sys.argv[1:])
