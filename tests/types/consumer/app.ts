// A strict TypeScript app using the npm package the way its README says: by the package's name and its
// subpath exports (`brief-insights`, `/author`, `/widget`, `/steps`, `/library`), the element typed by
// `document.querySelector`. tests/node/types.test.mjs assembles the package into node_modules/ next to a
// copy of this file and runs `tsc --strict --noEmit` on it; the `@ts-expect-error` lines must stay errors.

import initReader, { Brief } from 'brief-insights';
import type { BriefError, RenderOptions } from 'brief-insights';
import { validate } from 'brief-insights/author';
import { BriefInsights, BriefInsightsElement } from 'brief-insights/widget';
import type { BriefInsightsSelectDetail, BriefInsightsView } from 'brief-insights/widget';
import 'brief-insights/steps';
import type { BriefInsightsStepsChangeDetail } from 'brief-insights/steps';
import { BriefInsightsLibrary } from 'brief-insights/library';
import type { BriefInsightsLibraryResultsDetail } from 'brief-insights/library';

BriefInsights.configure({ wasmUrl: new URL('/assets/brief_insights_bg.wasm', 'https://example.org'), cssUrl: '/bi.css' });
// @ts-expect-error a URL is a string or a URL
BriefInsights.configure({ wasmUrl: 42 });
// @ts-expect-error no such option
BriefInsights.configure({ wasm: '/x.wasm' });
const name: 'brief-insights' = BriefInsights.elementName;
const views: BriefInsightsView[] = BriefInsights.views;

const widget = document.querySelector('brief-insights');
if (widget) {
  const element: BriefInsightsElement = widget;
  const ready: Promise<boolean> = element.ready;
  const view: BriefInsightsView = element.state.view;
  const item: string | null = element.state.item;
  // @ts-expect-error the state is read-only
  element.state = { view: 'overview', item: null, sector: '', query: '' };
  element.addEventListener('brief-insights:select', (event) => {
    const detail: BriefInsightsSelectDetail = event.detail;
    const chosen: BriefInsightsView = event.detail.view;
    // @ts-expect-error an item may be null
    const id: string = event.detail.item;
    console.log(detail, chosen, id);
  });
  element.addEventListener('brief-insights:error', (event) => console.error(event.detail.message.toUpperCase()));
  element.addEventListener('brief-insights:export', (event) => {
    const format: 'svg' | 'png' = event.detail.format;
    console.log(format, event.detail.name, event.detail.svg.length);
  });
  console.log(ready, view, item, name, views);
}
for (const created of [document.createElement('brief-insights')]) {
  const state: { view: BriefInsightsView } = created.state;
  console.log(state);
}

// The events bubble (and the widget's and library's are composed): typed on the document and the window too.
document.addEventListener('brief-insights:select', (event) => console.log(event.detail.kind));
window.addEventListener('brief-insights:error', (event) => console.log(event.detail.message));
document.addEventListener('brief-insights-library:results', (event) => console.log(event.detail.query));
document.addEventListener('brief-insights-steps:change', (event) => console.log(event.detail.index + 1));
document.addEventListener('click', (event) => console.log(event.clientX), { once: true });

const steps = document.querySelector('brief-insights-steps');
steps?.addEventListener('brief-insights-steps:change', (event) => {
  const detail: BriefInsightsStepsChangeDetail = event.detail;
  const index: number = event.detail.index;
  const driven: BriefInsightsElement | null = steps.target;
  console.log(detail, index, driven, steps.current);
});

const library = document.querySelector('brief-insights-library');
if (library) {
  const element: BriefInsightsLibrary = library;
  element.addEventListener('brief-insights-library:results', (event) => {
    const detail: BriefInsightsLibraryResultsDetail = event.detail;
    console.log(detail.count.toFixed(0), detail.countExact, detail.fetchedBytes);
  });
  element.addEventListener('brief-insights-library:count', (event) => console.log(event.detail.count.toFixed(0)));
  void element.search('tourism').then((detail) => console.log(detail?.count));
  // @ts-expect-error search takes the query as a string
  void element.search(42);
  void element.showActor('china');
}

export async function load(text: string): Promise<string> {
  await initReader();
  try {
    const brief = Brief.fromJson(text);
    const options: RenderOptions = { lang: 'ko' };
    const html: string = brief.renderView('timeline', options);
    brief.free();
    return html;
  } catch (error) {
    return (error as BriefError).diagnostics.map((d) => `${d.path}: ${d.message}`).join('\n') + validate(text).length;
  }
}
