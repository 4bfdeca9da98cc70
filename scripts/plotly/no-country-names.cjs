/* Stands in for the country-iso-search package in the atlas's plotly.js: plotly.js uses it only for
 * locationmode "country names", and the atlas's choropleth names countries by ISO 3166 alpha-3 code
 * (locationmode "ISO-3"); its tables and regular expressions cost ~14 ms at every page load. */
'use strict';

exports.COUNTRIES = [];
exports.createLookup = function() {
    return {lookupAlpha3: function() { return undefined; }};
};
