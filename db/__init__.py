"""Database layer: engine and session setup, ORM models, Alembic migrations. No rules, no screens."""
