/* Small helpers the core modules share. */

function yearOf(iso) {
  return iso ? parseInt(iso.slice(0, 4), 10) : null;
}

function clamp(value, low, high) {
  return Math.min(high, Math.max(low, value));
}

function sum(a, b) {
  return a + b;
}

export { yearOf, clamp, sum };
