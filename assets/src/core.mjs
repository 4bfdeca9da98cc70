/* The explorer's pure core, as one face: state <-> URL, filtering, figures, words. No DOM, no Dash.
 * The modules it gathers are used by the page's modules and by node --test (tests/js). */
export { yearOf } from "./util.mjs";
export { pick, t, tn, plain, formatDate, formatNumber, formatSpan } from "./text.mjs";
export { style, look, rankShades, isCountryLayer } from "./look.mjs";
export { homePlace, partnerKey, whereKey, atHome, placeName, whereName, partnerName, placeHistory } from "./places.mjs";
export { shownIn, visibleRelations, categoryCounts, categoryTotals, yearCounts } from "./rules.mjs";
export { defaultState, relationAtPlace, applyPatch, revealPatch } from "./state.mjs";
export { parseState, toSearch, embedOptions, isStill, isPresenter, opensOnDefault, requestedStory, storySearch, MIGRATIONS } from "./url.mjs";
export { baseMapFigure, fitFrame, boundsFrame } from "./mapview.mjs";
export { mapFigure, placeTotal, placeCount } from "./map.mjs";
export { homeList } from "./home.mjs";
export { timelineRows, timelineFigure, yearMark } from "./timeline.mjs";
export { summary, mapDescription, timelineDescription, placeList, keyFigures, officialFigure, categoryNoun } from "./words.mjs";
export { tableRows, toCSV, toGeoJSON } from "./downloads.mjs";
export { fold, searchPlaces, searchAll } from "./search.mjs";
export { labelCandidates, placeLabels, fewNames } from "./labels.mjs";
export { overlapping, groupPlaces } from "./groups.mjs";
