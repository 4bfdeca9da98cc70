// What the page's window carries besides the DOM: Dash's clientside namespace and renderer, the explorer's one
// global (main.mjs), and plotly.js with its geo assets (assets/vendor/plotly-geo.min.js).
export {};

declare global {
  interface Window {
    dash_clientside: any;
    atlasExplorer: any;
    DashRenderer: any;
    Plotly: any;
    PlotlyGeoAssets: any;
  }
}
