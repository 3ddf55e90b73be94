"""Alembic migrations, shipped with the package and run by ``open_store``."""
