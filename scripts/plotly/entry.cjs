/* The atlas's plotly.js: plotly.js's own core (src/core.js of the pinned version, MIT, © Plotly, Inc.)
 * with only the traces and components the atlas draws, so the page evaluates less code before its live
 * map. Traces: scatter (the timeline), scattergeo and choropleth (the map). Components: shapes (the
 * timeline's year mark), colorscale and colorbar (the consulate shades), legend (fx's defaults read it),
 * fx (hover), modebar (the tool bar). Left out, as the atlas uses none of them: annotations, images,
 * selections, sliders, update menus, range sliders and selectors, grid, error bars, calendars.
 * Built by scripts/build_plotly into assets/vendor/plotly-geo.min.js. */
'use strict';

exports.version = require('plotly.js/src/version').version;

require('plotly.js/build/plotcss');  // plotly.js's own style sheet, injected into the page

var Registry = require('plotly.js/src/registry');
var register = exports.register = Registry.register;

var plotApi = require('plotly.js/src/plot_api');
Object.keys(plotApi).forEach(function(name) {
    if(name.charAt(0) !== '_') exports[name] = plotApi[name];
    register({moduleType: 'apiMethod', name: name, fn: plotApi[name]});
});

register(require('plotly.js/src/traces/scatter'));
register([
    require('plotly.js/src/components/shapes'),
    require('plotly.js/src/components/colorscale'),
    require('plotly.js/src/components/colorbar'),
    require('plotly.js/src/components/legend'),  // after shapes, as in plotly.js's core
    require('plotly.js/src/components/fx'),  // after legend
    require('plotly.js/src/components/modebar')
]);
register([require('plotly.js/src/locale-en'), require('plotly.js/src/locale-en-us')]);
register([require('plotly.js/src/traces/scattergeo'), require('plotly.js/src/traces/choropleth')]);

exports.Icons = require('plotly.js/src/fonts/ploticon');

var Fx = require('plotly.js/src/components/fx');
var Plots = require('plotly.js/src/plots/plots');
exports.Plots = {resize: Plots.resize, graphJson: Plots.graphJson, sendDataToCloud: Plots.sendDataToCloud};
exports.Fx = {hover: Fx.hover, unhover: Fx.unhover, loneHover: Fx.loneHover, loneUnhover: Fx.loneUnhover};
exports.PlotSchema = require('plotly.js/src/plot_api/plot_schema');
