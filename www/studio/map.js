// The brief's map (`map`) in the studio: which countries it shows, whether its outline is there, and the
// places the brief's projects name, each with whether the outline covers it. The outline itself is
// generated data (`node tools/make-map.mjs BRIEF.json` draws it from Natural Earth), so the studio edits
// the list of countries and says how to regenerate the outline; it does not draw maps.

import { el } from './form.js';
import { titleOf, KINDS } from './model.js';

const PROJECTS = KINDS.find((k) => k.key === 'projects');

/** Whether the outline's area covers a point. An outline across the antimeridian has lonMax above 180
 *  (tools/make-map.mjs shifts western longitudes by 360), so a negative longitude is shifted too. */
export function covers(outline, lat, lon) {
  const within = (x) => x >= outline.lonMin && x <= outline.lonMax;
  return lat >= outline.latMin && lat <= outline.latMax && (within(lon) || (outline.lonMax > 180 && within(lon + 360)));
}

/** The outline when it has the numbers a projection needs, else null. */
function usableOutline(map) {
  const o = map?.outline;
  const numbers = ['lonMin', 'lonMax', 'latMin', 'latMax'].every((k) => typeof o?.[k] === 'number');
  return numbers ? o : null;
}

/**
 * The places the brief's projects name: `{ path, project, name, coordinates, status }` with status
 * 'on' (the outline covers it), 'outside', 'noOutline' (coordinates, but no outline to place them on) or
 * 'noCoordinates' (listed by the widget, never mapped).
 */
export function mapPlaces(brief) {
  const outline = usableOutline(brief?.map);
  const out = [];
  (Array.isArray(brief?.projects) ? brief.projects : []).forEach((project, i) => {
    const place = project?.place;
    if (!place || typeof place !== 'object') return;
    const c = place.coordinates;
    const located = c && typeof c.lat === 'number' && typeof c.lon === 'number';
    let status = 'noCoordinates';
    if (located) status = outline ? (covers(outline, c.lat, c.lon) ? 'on' : 'outside') : 'noOutline';
    out.push({
      path: ['projects', i],
      project: titleOf({ item: project, kind: PROJECTS }, ''),
      name: String(place.name ?? ''),
      coordinates: located ? { lat: c.lat, lon: c.lon } : null,
      status,
    });
  });
  return out;
}

/** Country codes from what the author typed: two letters each, upper case, separated by anything else. */
export function parseCountries(text) {
  const codes = String(text).toUpperCase().split(/[^A-Z]+/).filter(Boolean);
  return [...new Set(codes)];
}

const degrees = (x) => (Math.round(x * 100) / 100).toString();

/**
 * The map panel. `ctx`: { brief, labels, briefFile (the exported file's name), onCountries(codes),
 * onOpen(path) }.
 */
export function buildMapPanel(ctx) {
  const { brief, labels } = ctx;
  const map = brief.map && typeof brief.map === 'object' ? brief.map : null;
  const countries = Array.isArray(map?.countries) ? map.countries : [];
  const outline = usableOutline(map);
  const panel = el('div', { class: 'map-panel' });

  // The countries: the one part of the map an author decides.
  const input = el('input', { id: 'map-countries', type: 'text', 'data-path': '$.map.countries', 'aria-describedby': 'map-countries-help', autocomplete: 'off', spellcheck: 'false' });
  input.value = countries.join(' ');
  input.addEventListener('input', () => ctx.onCountries(parseCountries(input.value)));
  panel.append(
    el('div', { class: 'field' }, el('label', { for: 'map-countries', text: labels.mapCountries }), input, el('p', { id: 'map-countries-help', class: 'help', text: labels.mapCountriesHelp })),
  );

  // The outline: there or not, and how to make it again.
  const status = outline
    ? labels.mapOutline(degrees(outline.lonMin), degrees(outline.lonMax), degrees(outline.latMin), degrees(outline.latMax), String(outline.attribution ?? ''))
    : labels.mapNoOutline;
  panel.append(
    el('p', { class: 'map-outline', id: 'map-outline', text: status }),
    el('p', { class: 'help' }, labels.mapRegenerate, ' ', el('code', { id: 'map-command', text: `node tools/make-map.mjs ${ctx.briefFile}` }), ' ', labels.mapRegenerateAfter),
  );

  // The places: each project's, and whether the outline covers it.
  const places = mapPlaces(brief);
  const count = (s) => places.filter((p) => p.status === s).length;
  panel.append(el('h4', { text: labels.mapPlacesHeading }), el('p', { id: 'map-summary', text: labels.mapSummary(places.length, count('on'), count('outside'), count('noCoordinates') + count('noOutline')) }));
  if (places.length > 0) {
    const table = el('table', { class: 'map-places' });
    table.append(
      el('thead', {}, el('tr', {}, ...[labels.mapProject, labels.mapPlace, labels.mapCoordinates, labels.mapOnMap].map((text) => el('th', { scope: 'col', text })))),
    );
    const body = el('tbody');
    for (const place of places) {
      const open = el('button', { type: 'button', class: 'link-button', text: place.project || labels.untitled });
      open.addEventListener('click', () => ctx.onOpen(place.path));
      body.append(
        el('tr', { 'data-status': place.status },
          el('td', {}, open),
          el('td', { text: place.name }),
          el('td', { text: place.coordinates ? `${degrees(place.coordinates.lat)}, ${degrees(place.coordinates.lon)}` : '—' }),
          el('td', { class: `map-status ${place.status}`, text: labels.mapStatus[place.status] })),
      );
    }
    table.append(body);
    panel.append(table);
  }
  return panel;
}
