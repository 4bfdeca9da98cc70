// Written by scripts/write_fixtures.py from dashboard/contract.py: do not edit.
// The payload's shape, for the JSDoc types that tsc --checkJs checks the browser modules with.

/** One row of relations.csv as the browser reads it */
export interface Relation {
  id: string;
  category: string;
  status: string;
  title: Record<string, string>;
  description: Record<string, string>;
  consular_rank?: string;
  country?: string;
  start?: string;
  start_precision?: "year" | "month" | "day";
  end?: string;
  end_precision?: "year" | "month" | "day";
  amount_eur?: number;
  people?: number;
  people_what?: Record<string, string>;
  flags?: string[];
  sources?: string[];
  place?: string;
  where?: string;
  partner?: string;
}

/** A point a relation is drawn at, happened at or is with: a city, a country, the home city, a spot */
export interface Place {
  lat: number;
  lon: number;
  country: string;
  iso3: string | null;
  region: string | null;
  subregion: string;
  name: Record<string, string>;
  country_name: Record<string, string>;
  distance_km: number;
  is_city?: boolean;
  home?: boolean;
  spot?: boolean;
  approx?: boolean;
  town?: Record<string, string>;
  aka?: string[];
}

export interface Home {
  lat: number;
  lon: number;
  key: string;
}

/** How a category looks and behaves, from categories.csv */
export interface CategoryLook {
  colour: string;
  symbol: string;
  glyph: string;
  lasting: boolean;
  arcs: boolean;
  layer: "point" | "country";
}

export interface Region {
  key: string;
  subs: string[];
}

export interface Milestone {
  kind: string;
  date: string;
  status: string;
  note: Record<string, string>;
  sources: string[];
}

export interface Apart {
  flag: string;
  ids: string[];
}

/** An official figure, who states it and when, and what the data holds beside it (in_data) */
export interface OfficialFigure {
  id: string;
  label: Record<string, string>;
  display: Record<string, string>;
  value: number | null;
  categories: string[];
  measure: string | null;
  in_data: number | null;
  sources: string[];
  as_of: number | null;
  attribution: string;
  said_by: Record<string, string>;
  flags: string[];
  apart: Apart[];
  note?: Record<string, string>;
  relation?: string;
  same_sources?: boolean;
  undated?: number;
  today?: number;
  lead?: boolean;
  compare_from?: number | null;
  compare_to?: number | null;
}

/** A chapter of a story, from stories.csv */
export interface Chapter {
  chapter: number;
  title: Record<string, string>;
  text: Record<string, string>;
  year: number;
  year_end: number | null;
  mode: "inforce" | "happened";
  categories: string[];
  region: string;
  relations: string[];
  figures: string[];
  view: string;
  notes: Record<string, string>;
}

/** A named view of the map (data/atlas.toml's [[views]]): a button, and ?view=<id>; the first opens */
export interface MapView {
  id: string;
  name: Record<string, string>;
  geo: Record<string, any>;
}

export interface Language {
  code: string;
  locale: string;
}

/** Everything the explorer draws from, for any filter, in every language */
export interface Payload {
  version: string;
  home: Home;
  views: MapView[];
  presentationView: string;
  address: PublicAddress | null;
  fileStem: string;
  years: number[];
  categories: string[];
  categoryInfo: Record<string, CategoryLook>;
  plotly: Record<string, any>;
  relations: Relation[];
  places: Record<string, Place>;
  regions: Region[];
  milestones: Record<string, Milestone[]>;
  figures: OfficialFigure[];
  stories: Record<string, Chapter[]>;
  languages: Language[];
  strings: Record<string, Record<string, string>>;
}

