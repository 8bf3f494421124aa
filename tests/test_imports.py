"""The import graph of redact/ and redact.recognizers (recognizers/): no cycles, imports point one way.

See README, "Development".

Every import counts: at module level, inside functions, and under ``TYPE_CHECKING``; a cycle hidden
in a function is still two modules that cannot be understood (or moved) apart. The graph is read
with ``ast``, so nothing is imported to build it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

# Package name -> its folder. redact/recognizers is a symlink to recognizers/ (the wheel holds the real folder
# there), so the recognizers are read once, from recognizers/, under their import name redact.recognizers.
RECOGNIZERS = "redact.recognizers"
PACKAGES = {"redact": ROOT / "redact", RECOGNIZERS: ROOT / "recognizers"}

# What the stages never import: the gate, the review report, the evaluation and the command line.
OUTER = ("redact.check", "redact.report", "redact.evaluate", "redact.corpus", "redact.cli", "redact.__main__")
# The recognizers' shared language tools, which redact's stages may use too.
SHARED = "redact.recognizers.nlp"


def _modules() -> dict[str, Path]:
    out: dict[str, Path] = {}
    for pkg, folder in PACKAGES.items():
        for f in sorted(folder.rglob("*.py")):
            rel = f.relative_to(folder)
            if pkg == "redact" and rel.parts[0] == "recognizers":  # the symlink, read under its own name
                continue
            parts = [pkg, *rel.with_suffix("").parts]
            if parts[-1] == "__init__":
                parts = parts[:-1]
            out[".".join(parts)] = f
    return out


MODULES = _modules()


def _known(name: str) -> str | None:
    """The module of ours that ``name`` (a module, or a name inside one) refers to."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def _imports(module: str, path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(tree):  # every import statement, wherever it is
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                parts = parts[: len(parts) - (node.level - 1)]
                base = ".".join([*parts, base] if base else parts)
            # "from pkg import sub" imports the submodule pkg.sub; "from mod import name", the module mod
            names = [f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else base for a in node.names]
        else:
            continue
        for name in names:
            target = _known(name)
            if target is not None and target != module:
                found.add(target)
    return found


GRAPH = {m: _imports(m, p) for m, p in MODULES.items()}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work: list[tuple[str, list[str]]] = [(root, sorted(graph[root]))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, todo = work[-1]
            if todo:
                nxt = todo.pop()
                if nxt not in index:
                    index[nxt] = low[nxt] = counter
                    counter += 1
                    stack.append(nxt)
                    on_stack.add(nxt)
                    work.append((nxt, sorted(graph[nxt])))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                comp = []
                while True:
                    m = stack.pop()
                    on_stack.discard(m)
                    comp.append(m)
                    if m == node:
                        break
                if len(comp) > 1:
                    out.append(sorted(comp))
    return out


def _inside(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


def test_the_graph_is_read() -> None:
    assert len(MODULES) > 60
    assert "redact.pipeline" in GRAPH["redact.worker"]  # a module-level import
    assert "redact.check.baseline" in GRAPH["redact.check.gate"]
    assert RECOGNIZERS in GRAPH["redact.registry"]  # an import inside a function


def test_the_cycle_finder_finds_cycles() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert _cycles(graph) == [["a", "b", "c"]]


def test_no_import_cycles() -> None:
    cycles = _cycles(GRAPH)
    assert cycles == [], "\n".join(
        " <-> ".join(c) + ": " + "; ".join(f"{m} -> {sorted(t for t in GRAPH[m] if t in c)}" for m in c) for c in cycles
    )


def test_recognizers_never_import_redact() -> None:
    """A recognizer module imports only redact.recognizers, never the rest of redact."""
    bad = {
        m: sorted(t for t in ts if not _inside(t, RECOGNIZERS)) for m, ts in GRAPH.items() if _inside(m, RECOGNIZERS)
    }
    assert {m: ts for m, ts in bad.items() if ts} == {}


def test_only_the_registry_imports_recognizer_classes() -> None:
    """redact/ reaches recognizers through redact.registry; only their shared NLP tools are public."""
    bad = {
        m: sorted(t for t in ts if _inside(t, RECOGNIZERS) and not _inside(t, SHARED))
        for m, ts in GRAPH.items()
        if _inside(m, "redact") and not _inside(m, RECOGNIZERS) and m != "redact.registry"
    }
    assert {m: ts for m, ts in bad.items() if ts} == {}


@pytest.mark.parametrize("outer", OUTER)
def test_stages_do_not_import_the_gate_report_or_evaluation(outer: str) -> None:
    """The pipeline's stages know nothing of their callers: the gate, the report, the evaluation, the CLI."""
    bad = sorted(
        m
        for m, ts in GRAPH.items()
        if _inside(m, "redact") and not any(_inside(m, o) for o in OUTER) and any(_inside(t, outer) for t in ts)
    )
    assert bad == [], f"{outer} is imported by {bad}"


# redact.names in the order of its steps: each module imports only the ones before it (README, "Development").
NAMES_ORDER = ("keys", "given", "parts", "possessive", "render", "choose", "linker")


def test_names_modules_import_only_earlier_steps() -> None:
    modules = [f"redact.names.{n}" for n in NAMES_ORDER]
    assert {m for m in MODULES if m.startswith("redact.names.")} == set(modules)
    bad = {
        m: sorted(t for t in GRAPH[m] if t in modules[i:] or t == "redact.names")
        for i, m in enumerate(modules)
        if any(t in modules[i:] or t == "redact.names" for t in GRAPH[m])
    }
    assert bad == {}
