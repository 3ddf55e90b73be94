"""The web dashboard and HTTP API: one FastAPI application over an incident store (``rasd serve``)."""

from rasd.web.app import create_app

__all__ = ["create_app"]
