"""unspin's tests: the tui room (see tests/test_architecture.py for the layout rules)."""


async def footers_drawn(pilot, patience: float = 5.0) -> None:
    """Wait until the screen's footers hold their keys: a footer redraws its keys after a
    refresh once a screen's bindings change, and a busy machine can take a snapshot
    before that (the footer row came out blank under load)."""
    from textual.widgets import Footer

    waited = 0.0
    while waited < patience:
        if all(footer.children for footer in pilot.app.screen.query(Footer)):
            return
        await pilot.pause(0.05)
        waited += 0.05
