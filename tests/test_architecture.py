"""The shape of the house, checked from the source (ARCHITECTURE.md, "One rule per room").

* Data flows one way: ingest -> segment -> summary -> perspective -> report -> render.
  No stage imports a later one, lazily inside a function or not. The report is the
  contract every stage fills in, so any stage may import it, and it imports no stage.
* The engine (``summarize/``) never imports Textual or ``tui``.
* The reading room and the practice app do not import each other.
* No import cycles in ``tui/`` at run time (imports under ``TYPE_CHECKING`` do not run).

Every check is a function of a source tree, so each is also run on a small tree made in
``tmp_path`` with the violation put there on purpose: a check that cannot fail is no check.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from tests.conftest import ROOT

# ------------------------------------------------------------------------------ reading imports


def modules(root: Path, package: str) -> dict[str, Path]:
    """Every module of ``package`` under ``root``: dotted name -> file."""
    found = {}
    for path in sorted((root / package).rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imported_names(path: Path, module: str) -> set[str]:
    """Every dotted name the file imports when it runs (``X`` and ``X.Y`` for
    ``from X import Y``), at the top or inside functions; not under ``TYPE_CHECKING``,
    and not in a module's ``__getattr__`` (PEP 562 lazy names run only when asked for)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    is_package = path.name == "__init__.py"
    names: set[str] = set()
    top = set(tree.body)

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.FunctionDef) and node.name == "__getattr__" and node in top:
            return
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = module.split(".")
                keep = len(parts) - node.level + (1 if is_package else 0)
                base = ".".join([*parts[:keep], *([base] if base else [])])
            names.add(base)
            names.update(f"{base}.{alias.name}" for alias in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return names


def graph(root: Path, package: str) -> dict[str, set[str]]:
    """module -> the modules of the tree it runs when imported (its own imports, and for
    ``a.b.c`` the packages ``a`` and ``a.b`` too, whose ``__init__`` runs first)."""
    known = modules(root, package)
    edges: dict[str, set[str]] = {}
    for name, path in known.items():
        targets = set()
        for imported in imported_names(path, name):
            parts = imported.split(".")
            for end in range(1, len(parts) + 1):
                candidate = ".".join(parts[:end])
                if candidate in known and candidate != name:
                    targets.add(candidate)
        edges[name] = targets
    return edges


# ------------------------------------------------------------------------------ the checks

#: The stages in the order data flows through them; a stage is a module or a package.
STAGES = {
    "summarize.ingest": 0,
    "summarize.segment": 1,
    "summarize.summary": 2,
    "summarize.fast": 2,  # the summary stage's vectorised engines
    "summarize.tokenizer": 2,  # the summary stage's bridge to sumy
    "summarize.perspective": 3,
    "summarize.report": 4,
    "summarize.render": 5,
}
REPORT = "summarize.report"
#: What every stage may use and that uses no stage.
SHARED = ("summarize.text", "summarize.errors", "summarize.settings", "summarize.gcpause")


def _room(module: str, rooms: tuple[str, ...] | dict[str, int]) -> str | None:
    for room in rooms:
        if module == room or module.startswith(room + "."):
            return room
    return None


def stage_violations(root: Path) -> list[str]:
    """Each import of a later stage by an earlier one, and each stage import by the
    report or a shared module."""
    found = []
    for module, targets in graph(root, "summarize").items():
        mine = _room(module, STAGES)
        for target in sorted(targets):
            theirs = _room(target, STAGES)
            if theirs is None or theirs == mine:
                continue
            if _room(module, SHARED) or mine == REPORT:
                found.append(f"{module} (shared by every stage) imports the stage {target}")
            elif mine is not None and theirs != REPORT and STAGES[theirs] > STAGES[mine]:
                found.append(f"{module} imports the later stage {target}")
    return found


def textual_in_engine(root: Path) -> list[str]:
    found = []
    for module, path in modules(root, "summarize").items():
        tops = {name.split(".")[0] for name in imported_names(path, module)}
        found += [f"{module} imports {top}" for top in sorted(tops & {"textual", "tui"})]
    return found


#: The two apps before tui/ is grouped into tui/reader/ and tui/practice/ (then the
#: packages themselves are the rooms).
READER_FILES = {
    "tui.app",
    "tui.screens.reader",
    "tui.screens.detail",
    "tui.screens.export",
    "tui.screens.algorithm",
    "tui.widgets.lists",
    "tui.widgets.search",
    "tui.widgets.masthead",
}
PRACTICE_FILES = {"tui.practice", "tui.screens.practice", "tui.widgets.practice"}


def app_rooms(root: Path) -> tuple[set[str], set[str]]:
    known = set(modules(root, "tui"))
    if (root / "tui" / "reader").is_dir() and (root / "tui" / "practice").is_dir():
        reader = {m for m in known if m == "tui.reader" or m.startswith("tui.reader.")}
        practice = {m for m in known if m == "tui.practice" or m.startswith("tui.practice.")}
        return reader, practice
    return READER_FILES & known, PRACTICE_FILES & known


def apps_importing_each_other(root: Path) -> list[str]:
    reader, practice = app_rooms(root)
    edges = graph(root, "tui")
    found = []
    for mine, theirs in ((reader, practice), (practice, reader)):
        for module in sorted(mine):
            found += [f"{module} imports {t}" for t in sorted(edges.get(module, ())) if t in theirs]
    return found


def cycles(root: Path, package: str) -> list[list[str]]:
    """The import cycles (strongly connected groups of two or more modules), sorted."""
    edges = graph(root, package)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def connect(node: str) -> None:  # Tarjan's algorithm
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for target in sorted(edges.get(node, ())):
            if target not in index:
                connect(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = []
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.append(member)
                if member == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(edges):
        if node not in index:
            connect(node)
    return sorted(groups)


# ------------------------------------------------------------------------------ the house


def test_no_stage_imports_a_later_one() -> None:
    assert stage_violations(ROOT) == []


def test_the_engine_never_imports_textual_or_tui() -> None:
    assert textual_in_engine(ROOT) == []


def test_the_reading_room_and_the_practice_app_do_not_import_each_other() -> None:
    reader, practice = app_rooms(ROOT)
    assert reader and practice
    assert apps_importing_each_other(ROOT) == []


def test_no_import_cycles_in_tui_at_run_time() -> None:
    assert cycles(ROOT, "tui") == []


# ------------------------------------------------------------------------------ each check can fail


def _tree(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


ENGINE = {
    "summarize/__init__.py": "",
    "summarize/report.py": "",
    "summarize/ingest.py": "from summarize.report import Report\n",
    "summarize/segment.py": "from summarize import ingest\n",
    "summarize/summary/__init__.py": "from summarize.segment import segment\n",
    "summarize/perspective/__init__.py": "from summarize.summary import summarize\n",
    "summarize/render.py": "from summarize.perspective import annotate\n",
    "summarize/errors.py": "",
}


def test_the_stage_check_finds_a_wrong_way_import(tmp_path: Path) -> None:
    assert stage_violations(_tree(tmp_path, ENGINE)) == []
    wrong = {
        **ENGINE,
        # lazily, inside a function: it still runs, so it still counts
        "summarize/segment.py": "def f():\n    from summarize.perspective import annotate\n",
        "summarize/report.py": "from summarize.render import render\n",
        "summarize/errors.py": "import summarize.ingest\n",
    }
    assert stage_violations(_tree(tmp_path, wrong)) == [
        "summarize.errors (shared by every stage) imports the stage summarize.ingest",
        "summarize.report (shared by every stage) imports the stage summarize.render",
        "summarize.segment imports the later stage summarize.perspective",
    ]


def test_the_engine_check_finds_textual(tmp_path: Path) -> None:
    assert textual_in_engine(_tree(tmp_path, ENGINE)) == []
    _tree(tmp_path, {"summarize/render.py": "def show():\n    from textual.app import App\n"})
    assert textual_in_engine(tmp_path) == ["summarize.render imports textual"]


@pytest.mark.parametrize("grouped", [False, True])
def test_the_apps_check_finds_one_app_importing_the_other(tmp_path: Path, grouped: bool) -> None:
    if grouped:
        files = {
            "tui/__init__.py": "",
            "tui/reader/__init__.py": "",
            "tui/reader/app.py": "",
            "tui/practice/__init__.py": "",
            "tui/practice/app.py": "from tui.common import text\n",
            "tui/common/__init__.py": "",
        }
        wrong = {"tui/practice/app.py": "from tui.reader.app import describe\n"}
        said = ["tui.practice.app imports tui.reader", "tui.practice.app imports tui.reader.app"]
    else:
        files = {
            "tui/__init__.py": "",
            "tui/app.py": "",
            "tui/practice.py": "from tui import text\n",
            "tui/text.py": "",
        }
        wrong = {"tui/practice.py": "from tui.app import describe\n"}
        said = ["tui.practice imports tui.app"]
    assert apps_importing_each_other(_tree(tmp_path, files)) == []
    assert apps_importing_each_other(_tree(tmp_path, wrong)) == said


def test_the_cycle_check_finds_a_run_time_cycle_and_ignores_type_checking(tmp_path: Path) -> None:
    files = {
        "tui/__init__.py": "",
        "tui/app.py": "from tui.screens import help\n",
        "tui/screens/__init__.py": "",
        "tui/screens/help.py": (
            "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from tui.app import App\n"
        ),
    }
    assert cycles(_tree(tmp_path, files), "tui") == []
    _tree(tmp_path, {"tui/screens/help.py": "def rows():\n    from tui.app import App\n"})
    assert cycles(tmp_path, "tui") == [["tui.app", "tui.screens.help"]]
    _tree(tmp_path, {"tui/__init__.py": "from tui.app import App\n"})  # an eager package
    assert cycles(tmp_path, "tui") == [["tui", "tui.app", "tui.screens.help"]]
