"""`dyadic db info | migrate | copy` over both backends."""

from __future__ import annotations

from test_store import _result
from typer.testing import CliRunner

from dyadic.cli import app
from dyadic.store import Store, migrations, open_store


def test_store_db_cli_info_migrate_and_copy_both_ways(tmp_path, postgres_server):
    src, back, url = str(tmp_path / "a.duckdb"), str(tmp_path / "b.duckdb"), postgres_server()
    with Store(src) as store:
        store.save_batch([_result("a1"), _result("a2")])
    runner = CliRunner()
    info = runner.invoke(app, ["db", "info", "--db", src])
    assert info.exit_code == 0, info.output
    assert "duckdb" in info.stdout and f"schema version  {migrations.latest()}" in info.stdout
    empty = runner.invoke(app, ["db", "info", "--db", url])
    assert empty.exit_code == 2 and "no dyadic tables yet" in empty.output
    migrate = runner.invoke(app, ["db", "migrate", "--db", url])
    assert migrate.exit_code == 0 and "postgres" in migrate.stdout
    for a, b in ((src, url), (url, back)):
        copy = runner.invoke(app, ["db", "copy", a, b])
        assert copy.exit_code == 0, copy.output
        assert "copied 2 articles" in copy.stderr
    with Store(src, read_only=True) as a, open_store(back, read_only=True) as b:
        assert a.dump_rows(["a1", "a2"]) == b.dump_rows(["a1", "a2"])


def test_store_db_cli_bad_url_is_masked(tmp_path):
    result = CliRunner().invoke(app, ["db", "info", "--db", f"postgresql://u:hunter2@/x?host={tmp_path}"])
    assert result.exit_code == 2
    assert "u:***@" in result.output and "hunter2" not in result.output
