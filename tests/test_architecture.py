"""The package's structure (ARCHITECTURE.md): stages import earlier stages' packages only,
and the event coder stays small enough to live in."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "dyadic"
#: Stages in data-flow order; a stage may import only those before it (and itself).
ORDER = [
    "ingest", "nlp", "actors", "quotes", "geo", "events", "pipeline", "evaluation", "store",
    "relations", "scale", "api", "web", "server", "cli",
]  # fmt: skip
#: Modules every stage may import.
SHARED = {"records", "errors", "config", "extras", ""}
#: ``api`` and ``web`` use the server's shared state and settings; the server composes them.
ALLOWED = {("api", "server"), ("web", "server")}


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module]


def _stage(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def test_architecture_stages_import_only_earlier_packages():
    problems = []
    for path in SRC.rglob("*.py"):
        stage = path.relative_to(SRC).parts[0].removesuffix(".py")
        for module in _imports(path):
            if not module.startswith("dyadic"):
                continue
            target = _stage(module)
            if target == stage or target in SHARED or (stage, target) in ALLOWED:
                continue
            if module.count(".") > 1:
                problems.append(f"{path.relative_to(SRC)} imports {module} (another stage's module)")
            elif stage in ORDER and target in ORDER and ORDER.index(target) > ORDER.index(stage):
                problems.append(f"{path.relative_to(SRC)} imports {module} (a later stage)")
    assert problems == []


def test_architecture_event_coder_modules_and_functions_are_small():
    for path in (SRC / "events").glob("*.py"):
        lines = path.read_text(encoding="utf-8").count("\n")
        assert lines <= 500, f"{path.name} has {lines} lines"
    for name in ("coder.py", "candidates.py", "arbitrate.py", "arguments.py"):
        tree = ast.parse((SRC / "events" / name).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.FunctionDef):
                size = (node.end_lineno or node.lineno) - node.lineno + 1
                assert size <= 80, f"{name}:{node.name} has {size} lines"


def test_architecture_tokens_are_compared_by_index_not_identity():
    # spaCy makes a new Token object on each access (doc[0] is doc[0] is False), so "tok.head is tok"
    # never holds and a root check or "the same token" test written with "is" silently fails
    import re

    identity = re.compile(r"\.head is (not )?\w|\bis (not )?(tok|verb|noun)\b(?!\.)")
    found = [
        f"{path.relative_to(SRC)}:{n}: {line.strip()}"
        for path in sorted(SRC.rglob("*.py"))
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if identity.search(line)
    ]
    assert found == []
