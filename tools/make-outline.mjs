#!/usr/bin/env node
// Regenerates assets/north-korea-outline.json: the outline of North Korea as one SVG path, projected
// into a fixed viewBox, with the projection parameters the Rust renderer needs to place project pins.
//
// Source: Natural Earth 1:50m admin-0 countries as redistributed by the npm package world-atlas
// (TopoJSON; North Korea is id "408"). Output is deterministic: same input, same bytes, so a rerun in CI
// shows no diff unless world-atlas changes.
//
// Usage: node tools/make-outline.mjs [--check]
//   --check  exit 1 if the committed file differs from what would be generated (nothing is written).

import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const topojson = require("topojson-client");

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const OUT = join(ROOT, "assets", "north-korea-outline.json");
const ATLAS = join(ROOT, "node_modules", "world-atlas", "countries-50m.json");
const COUNTRY_ID = "408";

// Width of the viewBox; the height follows from the projection so the country is not stretched.
const WIDTH = 400;
// Margin around the country's bounding box, in degrees, so pins on the coast are not clipped.
const PAD_DEGREES = 0.3;
// Douglas–Peucker tolerance in viewBox units: well under a pixel at the largest widget size.
const TOLERANCE = 0.6;
// Rings whose area (viewBox units²) is below this are dropped: specks of islands add points, not meaning.
const MIN_RING_AREA = 4;

const atlas = JSON.parse(readFileSync(ATLAS, "utf8"));
const atlasVersion = JSON.parse(readFileSync(join(ROOT, "node_modules", "world-atlas", "package.json"), "utf8")).version;
const geometry = atlas.objects.countries.geometries.find((g) => String(g.id) === COUNTRY_ID);
if (!geometry) throw new Error(`country ${COUNTRY_ID} not found in ${ATLAS}`);
const feature = topojson.feature(atlas, geometry);
const polygons = feature.geometry.type === "Polygon" ? [feature.geometry.coordinates] : feature.geometry.coordinates;

let lonMin = Infinity, lonMax = -Infinity, latMin = Infinity, latMax = -Infinity;
for (const polygon of polygons)
  for (const ring of polygon)
    for (const [lon, lat] of ring) {
      lonMin = Math.min(lonMin, lon);
      lonMax = Math.max(lonMax, lon);
      latMin = Math.min(latMin, lat);
      latMax = Math.max(latMax, lat);
    }
const round = (v, digits) => Number(v.toFixed(digits));
lonMin = round(lonMin - PAD_DEGREES, 2);
lonMax = round(lonMax + PAD_DEGREES, 2);
latMin = round(latMin - PAD_DEGREES, 2);
latMax = round(latMax + PAD_DEGREES, 2);

// Equirectangular with the cosine of the middle latitude: at these latitudes a degree of longitude is
// about three quarters of a degree of latitude, and ignoring that makes the country look squat.
const cosLat = Math.cos((((latMin + latMax) / 2) * Math.PI) / 180);
const HEIGHT = round((WIDTH * (latMax - latMin)) / ((lonMax - lonMin) * cosLat), 1);
const project = ([lon, lat]) => [
  ((lon - lonMin) / (lonMax - lonMin)) * WIDTH,
  ((latMax - lat) / (latMax - latMin)) * HEIGHT,
];

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

// The path is written compactly, as the module carries it: each point rounded to a tenth of a unit, the
// first point of a ring absolute and the rest relative (`l`), numbers without leading zeros and separated
// only where a minus sign does not already separate them. Deltas are taken between the rounded points, so
// rounding does not drift along a ring. 2,115 bytes in absolute form, 1,516 here (951 and 658 gzipped).
const tenths = (v) => Math.round(Number(v.toFixed(1)) * 10);
const number = (t) => {
  const s = (Math.abs(t) / 10).toString().replace(/^0\./, ".");
  return t < 0 ? "-" + s : s;
};
const numbers = (list) => list.map(number).reduce((out, s) => out + (out && !s.startsWith("-") ? " " : "") + s, "");

let d = "";
let pointCount = 0;
for (const polygon of polygons) {
  for (const ring of polygon) {
    const projected = ring.map(project);
    if (ringArea(projected) < MIN_RING_AREA) continue;
    // A closed ring repeats its first point; split it so Douglas–Peucker keeps both halves' shape.
    const open = projected.slice(0, -1);
    const half = Math.floor(open.length / 2);
    const simplified = [
      ...douglasPeucker(open.slice(0, half + 1), TOLERANCE).slice(0, -1),
      ...douglasPeucker([...open.slice(half), open[0]], TOLERANCE).slice(0, -1),
    ];
    if (simplified.length < 3) continue;
    pointCount += simplified.length;
    const points = simplified.map(([x, y]) => [tenths(x), tenths(y)]);
    const deltas = points.slice(1).flatMap(([x, y], i) => [x - points[i][0], y - points[i][1]]);
    d += "M" + numbers(points[0]) + "l" + numbers(deltas) + "Z";
  }
}

const outline = {
  name: "North Korea",
  attribution: "Natural Earth via world-atlas",
  source: `world-atlas ${atlasVersion} countries-50m.json, id ${COUNTRY_ID} (Natural Earth 1:50m, public domain)`,
  projection: {
    type: "equirectangular",
    lonMin,
    lonMax,
    latMin,
    latMax,
    width: WIDTH,
    height: HEIGHT,
  },
  points: pointCount,
  d,
};
const text = JSON.stringify(outline, null, 2) + "\n";

if (process.argv.includes("--check")) {
  let committed = "";
  try {
    committed = readFileSync(OUT, "utf8");
  } catch {}
  if (committed !== text) {
    console.error(`${OUT} is out of date; run: node tools/make-outline.mjs`);
    process.exit(1);
  }
  console.log(`${OUT} is up to date (${pointCount} points)`);
} else {
  mkdirSync(dirname(OUT), { recursive: true });
  writeFileSync(OUT, text);
  console.log(`wrote ${OUT}: ${pointCount} points, viewBox 0 0 ${WIDTH} ${HEIGHT}, ${text.length} bytes`);
}
