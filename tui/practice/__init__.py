"""Practice mode (``unspin practice``): app, screens, the views they draw, ``practice.tcss``."""
