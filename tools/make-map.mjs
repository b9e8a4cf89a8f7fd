#!/usr/bin/env node
// Prepares a brief's map: reads `map.countries` (ISO 3166-1 alpha-2 codes) from the brief, draws those
// countries' outlines as one SVG path in a fixed-width viewBox with an equirectangular projection, and
// writes it into the brief as `map.outline = { attribution, lonMin, lonMax, latMin, latMax, width, height, d }`.
// The widget then downloads only this brief's outline, with the brief, and places project pins with the
// projection: x = (lon - lonMin) / (lonMax - lonMin) * width, y = (latMax - lat) / (latMax - latMin) * height.
//
// Source: Natural Earth 1:50m admin-0 countries as redistributed by the npm package world-atlas
// (countries-50m.json, TopoJSON keyed by ISO 3166-1 numeric code); the alpha-2 -> numeric table comes from
// the npm package i18n-iso-countries. Output is deterministic: same brief and packages, same bytes, so
// `--check` in CI shows no difference unless world-atlas changes.
//
// An area that crosses the antimeridian (Fiji, Russia, the United States with the Aleutians) is drawn in
// one piece: its western longitudes are shifted by 360, so lonMax is then above 180 and a pin's negative
// longitude needs the same +360 to be placed.
//
// The rest of the brief is kept byte for byte: the file must be laid out as JSON.stringify(brief, null, 2)
// writes it (the committed briefs are), and the script checks that only the `map` member's lines change.
//
// Usage: node tools/make-map.mjs BRIEF.json [--check]
//   --check  exit 1 if map.outline in the file differs from what would be generated (nothing is written).
// Exit status: 0 written or up to date, 1 out of date (--check), 2 the brief or the arguments are wrong.

import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

// Width of the viewBox; the height follows from the projection so the area is not stretched.
const WIDTH = 400;
// Margin around the countries' bounding box, in degrees, so pins on the coast are not clipped.
const PAD_DEGREES = 0.3;
// Douglas–Peucker tolerance in viewBox units: well under a pixel at the largest widget size.
const TOLERANCE = 0.6;
// Rings whose area (viewBox units²) is below this are dropped: specks of islands add points, not meaning.
// A country keeps its largest ring even when that one is smaller, so every listed country is drawn.
const MIN_RING_AREA = 4;
const ATTRIBUTION = "Natural Earth via world-atlas";

class UsageError extends Error {}

function parseArgs(argv) {
  const args = argv.filter((a) => a !== "--check");
  const check = args.length !== argv.length;
  const unknown = args.filter((a) => a.startsWith("-"));
  if (unknown.length) throw new UsageError(`unknown option ${unknown[0]}; usage: node tools/make-map.mjs BRIEF.json [--check]`);
  if (args.length !== 1) throw new UsageError("usage: node tools/make-map.mjs BRIEF.json [--check]");
  return { file: args[0], check };
}

function loadPackages() {
  try {
    return {
      topojson: require("topojson-client"),
      countries: require("i18n-iso-countries"),
      atlas: JSON.parse(readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8")),
    };
  } catch (e) {
    throw new UsageError(`the npm devDependencies are missing (${e.message.split("\n")[0]}); run: cd ${ROOT} && npm ci`);
  }
}

/** The brief's `map.countries`, checked: a non-empty list of distinct ISO 3166-1 alpha-2 codes. */
function countryCodes(brief, file, isoCountries) {
  if (brief === null || typeof brief !== "object" || Array.isArray(brief)) throw new UsageError(`${file}: not a brief (the top level is not an object)`);
  if (!("map" in brief))
    throw new UsageError(
      `${file} has no "map" member, so there is no map to make. Add the countries it shows at the top level, ` +
        `e.g. "map": { "countries": ["KP"] } (ISO 3166-1 alpha-2 codes), then run this again.`,
    );
  const map = brief.map;
  if (map === null || typeof map !== "object" || Array.isArray(map)) throw new UsageError(`${file}: "map" must be an object like { "countries": ["KP"] }`);
  const codes = map.countries;
  if (!Array.isArray(codes) || codes.length === 0)
    throw new UsageError(`${file}: "map.countries" must list at least one ISO 3166-1 alpha-2 code, e.g. ["KP"] or ["VN", "LA", "KH"]`);
  const seen = new Set();
  for (const code of codes) {
    if (typeof code !== "string" || !/^[A-Z]{2}$/.test(code))
      throw new UsageError(`${file}: map.countries: ${JSON.stringify(code)} is not an ISO 3166-1 alpha-2 code (two capital letters, e.g. "KP")`);
    if (!isoCountries.isValid(code)) throw new UsageError(`${file}: map.countries: "${code}" is not an assigned ISO 3166-1 alpha-2 code`);
    if (seen.has(code)) throw new UsageError(`${file}: map.countries: "${code}" is listed twice`);
    seen.add(code);
  }
  return codes;
}

/** Each country's polygons (lists of rings of [lon, lat]), in the order the brief lists the countries. */
function countryPolygons(codes, file, { topojson, countries, atlas }) {
  const geometries = atlas.objects.countries.geometries;
  return codes.map((code) => {
    const numeric = countries.alpha2ToNumeric(code);
    // Some codes share a numeric id with a speck drawn separately (Australia and Ashmore and Cartier
    // Islands): every geometry with the id belongs to the country.
    const found = geometries.filter((g) => g.id !== undefined && String(g.id) === numeric);
    if (!found.length)
      throw new UsageError(
        `${file}: map.countries: world-atlas has no outline of its own for "${code}" (${countries.getName(code, "en") ?? "?"}, ` +
          `ISO numeric ${numeric}); Natural Earth draws it as part of another country or not at all. List that country instead.`,
      );
    const polygons = [];
    for (const geometry of found) {
      const g = topojson.feature(atlas, geometry).geometry;
      if (g.type === "Polygon") polygons.push(g.coordinates);
      else if (g.type === "MultiPolygon") polygons.push(...g.coordinates);
    }
    return { code, polygons };
  });
}

/**
 * The longitude shift that keeps the area in one piece: 0, or 360 for western longitudes when that gives
 * a narrower span (the area crosses the antimeridian).
 */
function antimeridianShift(allPoints) {
  const span = (shift) => {
    let min = Infinity, max = -Infinity;
    for (const [lon] of allPoints) {
      const x = lon < 0 ? lon + shift : lon;
      min = Math.min(min, x);
      max = Math.max(max, x);
    }
    return max - min;
  };
  return span(360) < span(0) ? 360 : 0;
}

const round = (v, digits) => Number(v.toFixed(digits));

function perpendicularDistance([px, py], [ax, ay], [bx, by]) {
  const dx = bx - ax, dy = by - ay;
  const len = Math.hypot(dx, dy);
  if (len === 0) return Math.hypot(px - ax, py - ay);
  return Math.abs(dy * px - dx * py + bx * ay - by * ax) / len;
}

function douglasPeucker(points, tolerance) {
  if (points.length < 3) return points.slice();
  const keep = new Array(points.length).fill(false);
  keep[0] = keep[points.length - 1] = true;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop();
    let maxDistance = 0, index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = perpendicularDistance(points[i], points[first], points[last]);
      if (d > maxDistance) [maxDistance, index] = [d, i];
    }
    if (index !== -1 && maxDistance > tolerance) {
      keep[index] = true;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

function ringArea(points) {
  let a = 0;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) a += points[j][0] * points[i][1] - points[i][0] * points[j][1];
  return Math.abs(a / 2);
}

// The path is written compactly, as it travels with the brief: each point rounded to a tenth of a unit, the
// first point of a ring absolute and the rest relative (`l`), numbers without leading zeros and separated
// only where a minus sign does not already separate them. Deltas are taken between the rounded points, so
// rounding does not drift along a ring.
const tenths = (v) => Math.round(Number(v.toFixed(1)) * 10);
const number = (t) => {
  const s = (Math.abs(t) / 10).toString().replace(/^0\./, ".");
  return t < 0 ? "-" + s : s;
};
const numbers = (list) => list.map(number).reduce((out, s) => out + (out && !s.startsWith("-") ? " " : "") + s, "");

/** The outline of the countries: projection and path. `warnings` collects countries too small to draw. */
function makeOutline(countries, warnings) {
  const allPoints = countries.flatMap((c) => c.polygons.flat(2));
  const shift = antimeridianShift(allPoints);
  const lonOf = (lon) => (lon < 0 ? lon + shift : lon);

  let lonMin = Infinity, lonMax = -Infinity, latMin = Infinity, latMax = -Infinity;
  for (const [lon, lat] of allPoints) {
    lonMin = Math.min(lonMin, lonOf(lon));
    lonMax = Math.max(lonMax, lonOf(lon));
    latMin = Math.min(latMin, lat);
    latMax = Math.max(latMax, lat);
  }
  lonMin = round(lonMin - PAD_DEGREES, 2);
  lonMax = round(lonMax + PAD_DEGREES, 2);
  latMin = round(Math.max(latMin - PAD_DEGREES, -90), 2);
  latMax = round(Math.min(latMax + PAD_DEGREES, 90), 2);

  // Equirectangular with the cosine of the middle latitude: away from the equator a degree of longitude is
  // shorter than a degree of latitude, and ignoring that makes the area look squat.
  const cosLat = Math.cos((((latMin + latMax) / 2) * Math.PI) / 180);
  const height = round((WIDTH * (latMax - latMin)) / ((lonMax - lonMin) * cosLat), 1);
  const project = ([lon, lat]) => [((lonOf(lon) - lonMin) / (lonMax - lonMin)) * WIDTH, ((latMax - lat) / (latMax - latMin)) * height];

  let d = "";
  for (const { code, polygons } of countries) {
    const rings = polygons.flat(1).map((ring) => ring.map(project));
    const areas = rings.map(ringArea);
    const largest = areas.indexOf(Math.max(...areas));
    let drawn = 0;
    rings.forEach((projected, r) => {
      if (areas[r] < MIN_RING_AREA && r !== largest) return;
      // A closed ring repeats its first point; split it so Douglas–Peucker keeps both halves' shape.
      const open = projected.slice(0, -1);
      const half = Math.floor(open.length / 2);
      const simplified = [
        ...douglasPeucker(open.slice(0, half + 1), TOLERANCE).slice(0, -1),
        ...douglasPeucker([...open.slice(half), open[0]], TOLERANCE).slice(0, -1),
      ];
      if (simplified.length < 3) return;
      const points = simplified.map(([x, y]) => [tenths(x), tenths(y)]);
      const deltas = points.slice(1).flatMap(([x, y], i) => [x - points[i][0], y - points[i][1]]);
      d += "M" + numbers(points[0]) + "l" + numbers(deltas) + "Z";
      drawn++;
    });
    if (!drawn) warnings.push(`${code} is too small to draw at this scale; it is left out of the outline`);
  }
  return { attribution: ATTRIBUTION, lonMin, lonMax, latMin, latMax, width: WIDTH, height, d };
}

/** The line where two texts first differ (1-based), for messages. */
function firstDifferentLine(a, b) {
  const x = a.split("\n"), y = b.split("\n");
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return i + 1;
}

/**
 * Checks that `after` differs from `before` only inside the top-level `map` member (both laid out by
 * JSON.stringify with 2 spaces, where a top-level member starts on a line indented by exactly two spaces).
 */
function assertOnlyMapChanged(before, after) {
  const mapLines = (text) => {
    const lines = text.split("\n");
    const start = lines.findIndex((l) => l.startsWith('  "map": '));
    let end = start;
    while (end >= 0 && end + 1 < lines.length && lines[end + 1].startsWith("   ")) end++;
    if (start >= 0 && end + 1 < lines.length && /^  \},?$/.test(lines[end + 1])) end++;
    return { lines, start, end };
  };
  const a = mapLines(before), b = mapLines(after);
  let head = 0;
  while (head < a.lines.length && head < b.lines.length && a.lines[head] === b.lines[head]) head++;
  let tail = 0;
  while (
    tail < a.lines.length - head &&
    tail < b.lines.length - head &&
    a.lines[a.lines.length - 1 - tail] === b.lines[b.lines.length - 1 - tail]
  )
    tail++;
  if (head === a.lines.length && head === b.lines.length) return;
  const inside = (m, changedFrom, changedTo) => m.start >= 0 && changedFrom >= m.start && changedTo <= m.end;
  const okBefore = head >= a.lines.length - tail || inside(a, head, a.lines.length - 1 - tail);
  const okAfter = head >= b.lines.length - tail || inside(b, head, b.lines.length - 1 - tail);
  if (!okBefore || !okAfter) throw new Error(`internal error: rewriting the brief would change line ${head + 1}, outside "map"; nothing written`);
}

export function run(argv, log = console.log, warn = console.error) {
  const { file, check } = parseArgs(argv);
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch (e) {
    throw new UsageError(`cannot read ${file}: ${e.message}`);
  }
  let brief;
  try {
    brief = JSON.parse(text);
  } catch (e) {
    throw new UsageError(`${file} is not valid JSON: ${e.message}`);
  }
  const packages = loadPackages();
  const codes = countryCodes(brief, file, packages.countries);

  const canonical = JSON.stringify(brief, null, 2) + "\n";
  if (canonical !== text)
    throw new UsageError(
      `${file} is not laid out as JSON.stringify(brief, null, 2) writes it (first difference at line ` +
        `${firstDifferentLine(text, canonical)}), so rewriting it would change more than "map". ` +
        `Lay it out that way first (2-space indentation, one value per line, LF line endings, final newline).`,
    );

  const warnings = [];
  const outline = makeOutline(countryPolygons(codes, file, packages), warnings);
  for (const w of warnings) warn(`${file}: warning: ${w}`);
  // Spreading keeps the members' order: an existing outline is replaced where it is, a new one goes last.
  const updated = { ...brief, map: { ...brief.map, outline } };
  const output = JSON.stringify(updated, null, 2) + "\n";
  assertOnlyMapChanged(text, output);

  const summary = `${codes.join(", ")}: viewBox 0 0 ${outline.width} ${outline.height}, ${outline.d.length} bytes of path`;
  if (check) {
    if (output !== text) {
      warn(`${file}: map.outline is ${brief.map.outline ? "out of date" : "missing"}; run: node tools/make-map.mjs ${file}`);
      return 1;
    }
    log(`${file}: map.outline is up to date (${summary})`);
    return 0;
  }
  if (output === text) log(`${file}: map.outline already up to date (${summary})`);
  else {
    writeFileSync(file, output);
    log(`${file}: wrote map.outline (${summary})`);
  }
  return 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  try {
    process.exitCode = run(process.argv.slice(2));
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    console.error(`make-map: ${e.message}`);
    process.exitCode = 2;
  }
}
