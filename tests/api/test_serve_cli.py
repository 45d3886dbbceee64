"""`dyadic serve`: its help, and its refusals before binding a port."""

from __future__ import annotations

from typer.testing import CliRunner

from dyadic.cli import app


def test_serve_cli_help_lists_options():
    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--db", "--host", "--port", "--read-only"):
        assert option in result.output


def test_serve_cli_read_only_needs_an_existing_store(tmp_path):
    result = CliRunner().invoke(app, ["serve", "--read-only", "--db", str(tmp_path / "missing.duckdb")])
    assert result.exit_code == 2
    assert "does not exist" in result.output


def test_serve_cli_rejects_a_bad_port():
    assert CliRunner().invoke(app, ["serve", "--port", "70000"]).exit_code == 2
