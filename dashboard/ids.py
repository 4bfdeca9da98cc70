"""Component ids shared by the layout, the callbacks, the browser modules in assets/ and the tests."""

DATA = "view-data"  # the payload (dashboard/view.py), read once by assets/src/explorer.mjs
SHOWN = "view-shown"  # the data version the page shows, for the poll to compare
POLL = "data-poll"
CONTENT = "content"
LANGUAGE_LINK = "language-link"
SHARE_BUTTON = "share-button"  # opens the share / embed dialog (assets/src/share.mjs)
PRESENT_LINK = "present-link"  # the default story, in presentation mode
CONTROLS = "controls"  # filled with native form controls by assets/src/controls.mjs
SUMMARY = "summary"
KEY_FIGURES = "key-figures"
MAP = "map"  # two plotly.js figures stacked: basemap and data (assets/src/explorer.mjs)
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
DOWNLOAD_CSV = "download-csv"
DOWNLOAD_GEOJSON = "download-geojson"
