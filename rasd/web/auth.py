"""Bearer-token check for the write endpoints: the API is read-only unless the operator sets a token."""

from __future__ import annotations

import hmac

from fastapi import HTTPException, Request


def require_token(request: Request) -> None:
    """401 without credentials, 403 with a wrong token or when no token is configured (read-only)."""
    token: str | None = request.app.state.token
    if not token:
        raise HTTPException(403, "this server is read-only: the operator has not configured a token "
                                 "(rasd serve --token or $RASD_TOKEN)")
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise HTTPException(401, "missing bearer token: send 'Authorization: Bearer <token>'",
                            headers={"WWW-Authenticate": 'Bearer realm="rasd"'})
    if not hmac.compare_digest(given.strip().encode(), token.encode()):
        raise HTTPException(403, "invalid token")
