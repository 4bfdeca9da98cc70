"""Element ids shared by the layout, the callbacks, the browser modules in assets/src/ and the tests.

The page carries them all (`<body data-ids>`, see `page_attribute`: on the body, so that the head's
meta charset stays in the first 1024 bytes): the browser modules read their ids
from there (assets/src/ids.mjs), so none is written in JavaScript.
"""

import json
from html import escape

DATA = "view-data"  # the payload (dashboard/view.py), read once by assets/src/explorer.mjs
SHOWN = "view-shown"  # the data version the page shows, for the poll to compare
POLL = "data-poll"
DASH_SCRIPTS = "dash-scripts"  # Dash's own scripts, which the page loads once its map is live (dashboard/app.py)
CONTENT = "content"
LANGUAGE_LINK = "language-link"
SHARE_BUTTON = "share-button"  # opens the share / embed dialog (assets/src/share.mjs)
PRESENT_LINK = "present-link"  # the default story, in presentation mode
CONTROLS = "controls"  # filled with native form controls by assets/src/controls.mjs
SUMMARY = "summary"
KEY_FIGURES = "key-figures"
MAP = "map"  # two plotly.js figures stacked: basemap and data (assets/src/plots.mjs)
MAP_VIEWS = "map-views"  # the named views' buttons over the map (assets/src/viewbar.mjs)
LOAD_ERROR = "load-error"  # shown, with a retry button, when the data or the basemap cannot be loaded
LOAD_RETRY = "load-retry"
MAP_NOTE = "map-note"  # says when the map groups places by country
MAP_LEGEND = "map-legend"  # symbols, the consulates' shades, the home city and the chosen place, in words
PLACES = "places"  # the places shown, as links: the keyboard's way into the map (RGAA 7.3)
PLACES_SUMMARY = "places-summary"
PLACE_LIST = "place-list"
TIMELINE = "timeline"
DETAILS = "details"
TABLE = "table"
FIGURE_NOTES = "figure-notes"
FIGURE_NOTES_SECTION = "figures-notes"  # the notes' section, which the key figures link to
FIGURE_PREFIX = "figure-"  # + an official figure's id: its note
MAP_SECTION = "map-section"
DOWNLOAD_CSV = "download-csv"
DOWNLOAD_GEOJSON = "download-geojson"
DETAILS_TITLE = "details-title"  # the chosen relation's or place's heading, focused after a choice
# the controls (assets/src/controls.mjs builds them)
YEAR_SLIDER = "year-slider"
YEAR_INPUT = "year-input"
PLAY = "play"
PLAY_SPEED = "play-speed"
MODE = "mode"
CATEGORIES = "categories"
REGION_SELECT = "region-select"
RESET = "reset"
PLACE_SEARCH = "place-search"
SEARCH_RESULTS = "search-results"
SEARCH_STATUS = "search-status"
YEAR_PREVIOUS = "year-previous"  # the year's step buttons, beside its number
YEAR_NEXT = "year-next"
# compact screens (a phone, a tablet, a narrow frame): the panels open one at a time in a sheet over the map
# (assets/src/sheets.mjs); each is "sheet-" + its name, and the tab bar under the map opens them
SHEET_TABS = "sheet-tabs"
SHEET_SEARCH = "sheet-search"
SHEET_FILTERS = "sheet-filters"
SHEET_PLACES = "sheet-places"
SHEET_TABLE = "sheet-table"
SHEET_FIGURES = "sheet-figures"
SHEET_NOTES = "sheet-notes"
SHEET_DETAILS = "sheet-details"
EMBED_CREDIT = "embed-credit"  # an embed's source line, licence and link to the whole atlas
# the presentation and the share dialog
STORY_TITLE = "story-title"
SHARE_DIALOG = "share-dialog"
SHARE_TITLE = "share-title"
SHARE_PERMALINK = "share-permalink"
SHARE_IFRAME = "share-iframe"
SHARE_SCRIPT = "share-script"
SHARE_PICTURE = "share-picture"


def for_browser() -> dict[str, str]:
    """Every id above by its name in lower case ("place_list": "place-list")."""
    return {name.lower(): value for name, value in globals().items() if name.isupper() and isinstance(value, str)}


def page_attribute() -> str:
    """The ids as the page's <body> carries them: ` data-ids="{...}"`."""
    return f' data-ids="{escape(json.dumps(for_browser(), separators=(",", ":")))}"'

