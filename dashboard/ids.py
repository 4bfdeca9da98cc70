"""Component ids shared by the layout, the callbacks, assets/atlas-dash.js and the browser tests."""

URL = "url"
DATA = "view-data"
STATE = "view-state"
CONTENT = "content"
LANGUAGE_LINK = "language-link"
INPUT = "view-input"  # control changes from assets/atlas-controls.js, via dash_clientside.set_props
CONTROLS = "controls"  # filled with native form controls by assets/atlas-controls.js
SUMMARY = "summary"
KEY_FIGURES = "key-figures"
MAP = "map"
TIMELINE = "timeline"
DETAILS = "details"
TABLE = "table"
DOWNLOAD_CSV = "download-csv"
DOWNLOAD_GEOJSON = "download-geojson"
