"""The shape of ``tui/``, checked from the source (the engine's own rules are in test_cli.py).

- ``import tui`` loads nothing (no Textual, no app): the command line finds the apps
  through the ``unspin.apps`` entry points, and the entry points still name them.
- The reading room and practice mode never import each other; both may use
  ``tui.common``, ``tui.messages`` and ``tui.workers``, which import neither app.
- No module imports an app's module except ``tui.launch`` and ``tui``'s lazy names (no
  screen imports its app, not even inside a function), and there is no import cycle among
  ``tui``'s modules,
  counting the imports inside functions (they run too) but not ``TYPE_CHECKING`` ones.
- Screens and widgets do not reach into their app: on ``self.app`` they use only
  Textual's own API (notify, push_screen, focused); what they want changed they ask
  for with a message (``tui/messages.py``).

Each rule fails on a wrong-way import added on purpose: see the ``*_catches_*`` tests.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

TUI = ROOT / "tui"
APPS = {"tui.reader.app", "tui.practice.app"}
#: The only modules that import an app: the entry points and the package's lazy names.
ENTRANCES = {"tui.launch", "tui"}
#: What a screen or widget may use of ``self.app``: Textual's API, none of unspin's state.
APP_API = {"notify", "push_screen", "focused", "bell"}


def module_name(path: Path) -> str:
    parts = list(path.relative_to(ROOT).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _type_checking(node: ast.If) -> bool:
    test = node.test
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def imports(source: str, name: str) -> set[str]:
    """The ``tui`` modules that ``source`` (module ``name``) imports when it runs."""
    found: set[str] = set()  # (tui uses no relative imports: ``name`` is for messages only)

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.If) and _type_checking(node):
            for child in node.orelse:
                visit(child)
            return
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.add(node.module)
            # `from tui.practice import views` imports the module tui.practice.views
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(source, filename=name))
    return {m for m in found if m.split(".")[0] == "tui"}


def graph(sources: dict[str, str]) -> dict[str, set[str]]:
    """Module -> the ``tui`` modules it imports (only those that exist)."""
    names = set(sources)
    return {name: imports(text, name) & names - {name} for name, text in sources.items()}


def tui_sources() -> dict[str, str]:
    return {module_name(p): p.read_text(encoding="utf-8") for p in sorted(TUI.rglob("*.py"))}


def cycle(edges: dict[str, set[str]]) -> list[str] | None:
    """One import cycle (a list of modules), or None."""
    state: dict[str, int] = {}
    stack: list[str] = []

    def walk(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for target in sorted(edges.get(node, ())):
            if state.get(target) == 1:
                return [*stack[stack.index(target) :], target]
            if target not in state:
                found = walk(target)
                if found:
                    return found
        stack.pop()
        state[node] = 2
        return None

    for node in sorted(edges):
        if node not in state:
            found = walk(node)
            if found:
                return found
    return None


def wrong_way(edges: dict[str, set[str]]) -> list[tuple[str, str]]:
    """Imports that break the rooms' rules."""
    bad = []
    for source, targets in edges.items():
        for target in targets:
            if source.startswith("tui.reader") and target.startswith("tui.practice"):
                bad.append((source, target))
            if source.startswith("tui.practice") and target.startswith("tui.reader"):
                bad.append((source, target))
            shared = ("tui.common", "tui.messages", "tui.workers")
            if source.startswith(shared) and target.startswith(("tui.reader", "tui.practice")):
                bad.append((source, target))
            if target in APPS and source not in ENTRANCES:
                bad.append((source, target))
    return sorted(bad)


def app_reaches(source: str) -> set[str]:
    """The attributes a module uses on ``self.app``."""
    used = set()
    for node in ast.walk(ast.parse(source)):
        if (
            isinstance(node, ast.Attribute)
            and isinstance(node.value, ast.Attribute)
            and node.value.attr == "app"
            and isinstance(node.value.value, ast.Name)
            and node.value.value.id == "self"
        ):
            used.add(node.attr)
    return used


# ---------------------------------------------------------------- the rules


def test_no_import_cycle_in_tui() -> None:
    assert cycle(graph(tui_sources())) is None


def test_the_rooms_do_not_import_each_other_and_nothing_imports_an_app() -> None:
    assert wrong_way(graph(tui_sources())) == []


def test_screens_and_widgets_do_not_reach_into_their_app() -> None:
    for name, source in tui_sources().items():
        if name.endswith(".app") or name.endswith(".commands") or name == "tui.common.app":
            continue  # an app is its own state; a palette provider belongs to its app
        assert app_reaches(source) <= APP_API, name


def test_importing_tui_loads_no_textual_and_no_app() -> None:
    code = (
        "import sys, tui, tui.launch\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'textual' "
        "or m.startswith(('tui.reader', 'tui.practice'))))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert out.stdout.strip() == "[]"


def test_the_entry_points_name_the_apps() -> None:
    import tomllib

    from tui import launch

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    apps = project["project"]["entry-points"]["unspin.apps"]
    assert apps == {
        "read": "tui.launch:read",
        "practice": "tui.launch:practice",
        "compare": "tui.launch:compare",
    }
    assert callable(launch.read) and callable(launch.practice) and callable(launch.compare)
    package_data = project["tool"]["setuptools"]["package-data"]["tui"]
    assert "**/*.tcss" in package_data and "**/*.toml" in package_data


# ---------------------------------------------------------------- the rules catch what they should


def test_a_cycle_added_on_purpose_is_caught() -> None:
    sources = tui_sources()
    sources["tui.common.text"] += "\nfrom tui.reader.widgets.lists import ItemList\n"
    found = cycle(graph(sources))
    assert found is not None and "tui.common.text" in found


def test_an_import_inside_a_function_counts() -> None:
    sources = tui_sources()
    sources["tui.reader.screens.detail"] += (
        "\n\ndef late():\n    from tui.reader.app import ReadingRoom\n    return ReadingRoom\n"
    )
    assert ("tui.reader.screens.detail", "tui.reader.app") in wrong_way(graph(sources))
    assert cycle(graph(sources)) is not None


def test_a_type_checking_import_does_not_count() -> None:
    source = (
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from tui.reader.app import X\n"
    )
    assert imports(source, "tui.reader.commands") == set()


@pytest.mark.parametrize(
    ("module", "line", "target"),
    [
        ("tui.practice.views", "from tui.reader.screens.detail import DetailScreen", "tui.reader"),
        ("tui.reader.screens.reader", "from tui.practice import views", "tui.practice"),
        ("tui.workers", "from tui.reader.widgets.lists import ItemList", "tui.reader"),
    ],
)
def test_a_wrong_way_import_added_on_purpose_is_caught(module: str, line: str, target: str) -> None:
    sources = tui_sources()
    sources[module] += f"\n{line}\n"
    assert any(s == module and t.startswith(target) for s, t in wrong_way(graph(sources)))


def test_a_screen_reaching_into_its_app_is_caught() -> None:
    assert app_reaches("class S:\n    def f(self):\n        return self.app.algorithm\n") == {
        "algorithm"
    }
