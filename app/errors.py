"""Typed domain errors. Their message is written for the user and shown as is (GUI and CLI)."""

from __future__ import annotations


class DomainError(Exception):
    """A refusal or failure the user can understand and act on."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class NotFound(DomainError):
    pass


class InvalidInput(DomainError):
    """Bad data given by the user; `field` names the offending field where there is one."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class PermissionDenied(DomainError):
    pass


class InvalidAction(DomainError):
    """The action is not allowed in the case's present state."""


class ConcurrentChange(DomainError):
    """Someone else changed the record first."""


class ConfigurationError(DomainError):
    """The database or the environment is not in a state this client can work with."""
