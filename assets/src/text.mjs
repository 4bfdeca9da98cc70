/* Words and numbers: the catalogue's strings in each language, plural rules, dates and numbers at
 * their precision, text from the data made safe for plotly.js's hover labels. */
/** @typedef {import("./payload").Payload} Payload */
/** @typedef {import("./payload").Relation} Relation */

/**
 * @param {string} lang
 */
function pick(pair, lang) {
  if (pair === null || typeof pair !== "object") return pair;
  return lang in pair ? pair[lang] : pair[Object.keys(pair)[0]];  // the first is the reference language
}

/**
 * @param {Payload} payload
 * @param {string} lang
 * @param {string} key
 */
function t(payload, lang, key) {
  const table = payload.strings[lang] || payload.strings[payload.languages[0].code];
  return key in table ? table[key] : key;
}

const pluralRules = {};

/** A counted text by the language's plural rules (CLDR, through Intl): key.one, key.other...
 * @param {Payload} payload
 * @param {string} lang
 * @param {string} key
 */
function tn(payload, lang, key, count) {
  return plural(payload, lang, key, count).replace("{count}", formatNumber(count, lang));
}

/** key's form for a count (key.one, key.few... else key.other, else key itself), as it is.
 * @param {Payload} payload
 * @param {string} lang
 * @param {string} key
 * @param {number} count
 */
function plural(payload, lang, key, count) {
  const code = payload.strings[lang] ? lang : payload.languages[0].code;
  const rules = pluralRules[code] || (pluralRules[code] = new Intl.PluralRules(locale(code)));
  const table = payload.strings[code];
  const form = key + "." + rules.select(count);
  return form in table ? table[form] : table[key + ".other"] || table[key] || key;
}

/** Text from the data files as plotly.js shows it: its hover labels read <b>, <a href> and a few other
 * tags, so a title is escaped (entities display as the characters they stand for). */
function plain(text) {
  return String(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

// Each language's BCP 47 tag for dates and numbers ("en" -> "en-GB"), from the payload's languages.
const TAGS = {};

/** Learn the payload's languages; returns the reference one (the default).
 * @param {Payload} payload
 */
function useLanguages(payload) {
  payload.languages.forEach(function (language) { TAGS[language.code] = language.locale; });
  return payload.languages[0].code;
}

/**
 * @param {string} lang
 */
function locale(lang) {
  return TAGS[lang] || lang;
}

// Intl formatters are costly to create: one per language and precision, reused.
const formatters = {};

/**
 * @param {string} lang
 */
function formatter(kind, lang) {
  const key = kind + lang;
  if (!formatters[key]) {
    formatters[key] = kind === "number" ? new Intl.NumberFormat(locale(lang))
      : new Intl.DateTimeFormat(locale(lang), kind === "month"
        ? { month: "long", year: "numeric", timeZone: "UTC" }
        : { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  }
  return formatters[key];
}

/** A date at its own precision: "1958", "mai 2024", "8 mai 2024".
 * @param {string} iso
 * @param {string} precision
 * @param {string} lang
 */
function formatDate(iso, precision, lang) {
  if (!iso) return "";
  const parts = iso.split("-").map(Number);
  if (precision === "year" || parts.length === 1) return String(parts[0]);
  const date = new Date(Date.UTC(parts[0], parts[1] - 1, parts[2] || 1));
  return formatter(precision === "month" ? "month" : "day", lang).format(date);
}

/**
 * @param {number} value
 * @param {string} lang
 */
function formatNumber(value, lang) {
  return formatter("number", lang).format(value);
}

/**
 * @param {Relation} rel
 * @param {string} lang
 * @param {Payload} payload
 */
function formatSpan(rel, lang, payload) {
  const start = formatDate(rel.start, rel.start_precision, lang);
  const end = formatDate(rel.end, rel.end_precision, lang);
  if (!start && !end) return t(payload, lang, "details.date_unknown");
  if (!end) return start;
  return start === end ? start : start + " – " + end;
}

export { pick, t, tn, plural, plain, useLanguages, formatDate, formatNumber, formatSpan };
