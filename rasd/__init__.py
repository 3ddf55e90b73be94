"""rasd (رصد): Arabic conflict reporting to a structured, source-attributed incident database.

``rasd.extract(text, published=None)`` returns an article's events and claims.
"""

from rasd import extract  # noqa: F401  (the callable extraction layer)

__version__ = "0.1.0"
