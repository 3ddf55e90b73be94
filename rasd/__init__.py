"""rasd (رصد): Arabic conflict reporting to a structured, source-attributed incident database."""

__version__ = "0.1.0"
