"""Reading articles from files, feeds, URLs and stdin into the store, in committed batches."""

from rasd.ingest.readers import Failure, read_inputs
from rasd.ingest.run import Summary, ingest

__all__ = ["Failure", "Summary", "ingest", "read_inputs"]
