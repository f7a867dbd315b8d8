"""The reading room's widgets."""

from tui.reader.widgets.lists import ArticleView, ClaimList, ItemList, OpinionList, SummaryList
from tui.reader.widgets.masthead import Masthead
from tui.reader.widgets.search import SearchBar

__all__ = [
    "ArticleView",
    "ClaimList",
    "ItemList",
    "Masthead",
    "OpinionList",
    "SearchBar",
    "SummaryList",
]
