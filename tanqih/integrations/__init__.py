"""Integrations with other tools (datatrove pipelines; see docs/performance.md)."""
