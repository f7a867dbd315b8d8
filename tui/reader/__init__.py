"""The reading room (``unspin read``): the app, its screens, its widgets and ``app.tcss``."""
