"""The reading room's widgets."""

from tui.widgets.lists import ArticleView, ClaimList, ItemList, OpinionList, SummaryList
from tui.widgets.masthead import Masthead
from tui.widgets.search import SearchBar

__all__ = [
    "ArticleView",
    "ClaimList",
    "ItemList",
    "Masthead",
    "OpinionList",
    "SearchBar",
    "SummaryList",
]
