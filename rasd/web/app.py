"""``create_app``: the API, the dashboard page and its assets (all shipped in the package, no CDN),
behind a strict Content-Security-Policy."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles

from rasd.store import Store, open_store
from rasd.web.api import router
from rasd.web.security import SecurityHeaders

STATIC = Path(__file__).with_name("static")
MAX_BODY = 4 * 1024 * 1024  # bytes per POST: an article is at most 1M characters
MAX_ARTICLES = 200  # per POST


def create_app(store: Store | str | None = None, *, token: str | None = None, max_body: int = MAX_BODY,
               max_articles: int = MAX_ARTICLES) -> FastAPI:
    """The application over ``store`` (a ``Store`` or a URL; default ``$RASD_DB`` or ``./rasd.db``).
    Read-only unless ``token`` is set: then ``POST /api/articles`` takes ``Authorization: Bearer <token>``."""
    app = FastAPI(title="rasd", version="0.1.0",
                  description="Incidents extracted from Arabic conflict reporting: filters, sources, "
                              "per-source figures, claims and evidence. Read-only unless the operator "
                              "configures a token.",
                  openapi_url="/api/openapi.json", docs_url=None, redoc_url=None)
    app.state.store = store if isinstance(store, Store) else open_store(store)
    app.state.token = token or None
    app.state.max_body = max_body
    app.state.max_articles = max_articles
    app.include_router(router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    @app.get("/api/docs", include_in_schema=False)
    def docs() -> FileResponse:
        """The API reference, rendered from the OpenAPI document by a script of our own (offline)."""
        return FileResponse(STATIC / "docs.html", media_type="text/html; charset=utf-8")

    @app.get("/docs", include_in_schema=False)
    def docs_redirect() -> RedirectResponse:
        return RedirectResponse("/api/docs")

    app.add_middleware(SecurityHeaders)
    return app
