"""Component ids shared by the layout, the callbacks and the browser tests."""

URL = "url"
CONTENT = "content"
LANGUAGE_LINK = "language-link"
CATEGORY_TABLE = "category-table"
FIGURES_TABLE = "figures-table"
