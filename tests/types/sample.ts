// A small program against both modules' generated declarations (pkg/*.d.ts), type-checked by
// tests/node/types.test.mjs with `tsc --noEmit --strict`. It is never run: it only has to compile, and
// the `@ts-expect-error` lines have to stay errors.

import initReader, { Brief, version } from '../../pkg/brief_insights.js';
import type {
  BriefError,
  BriefMeta,
  Diagnostic,
  Item,
  ItemSummary,
  Partner,
  Precision,
  RenderOptions,
  SearchHit,
  TimelineEntry,
  ViewName,
} from '../../pkg/brief_insights.js';
import initAuthor, { Brief as AuthorBrief, validate } from '../../pkg/author/brief_insights.js';

export async function show(text: string, element: HTMLElement): Promise<void> {
  await initReader();
  const v: string = version();
  let brief: Brief;
  try {
    brief = Brief.fromJson(text);
  } catch (error) {
    const problems: Diagnostic[] = (error as BriefError).diagnostics;
    element.textContent = problems.map((d) => `${d.path}: ${d.message}`).join('\n');
    return;
  }
  const meta: BriefMeta = brief.meta();
  const title: string = meta.title;
  const authors: string[] = meta.authors.map((a) => a.name);
  const options: RenderOptions = { lang: 'ko', idPrefix: 'w1-' };
  const view: ViewName = 'timeline';
  element.innerHTML = brief.renderShell(options) + brief.renderView(view, options);
  const timeline: TimelineEntry[] = brief.timeline();
  const periods: boolean[] = timeline.map((e) => e.isPeriod && e.precision === 'year');
  const hits: SearchHit[] = brief.search('tourism', 5);
  const ranges: [number, number][] = hits.flatMap((h) => h.matches.flatMap((m) => m.ranges));
  const partners: Partner[] = brief.partners(meta.subject ?? '');
  const names: string[] = partners.map((p) => p.partner.name + (p.incoming ? ' ←' : ' →') + p.relation.stance);
  const related: ItemSummary[] = brief.related(brief.axes()[0]?.id ?? '');
  const item: Item | undefined = brief.item(related[0]?.id ?? '');
  if (item?.kind === 'observation') {
    const indicator: string = item.indicator;
    const low: number | undefined = item.low;
    console.log(indicator, low);
  } else if (item?.kind === 'actor') {
    const name: string = item.name;
    console.log(name);
  }
  const citation: string | undefined = brief.renderCitation(related[0]?.id ?? '');
  const projects = brief.projects(brief.sectors()[0]);
  const sectors: string[] = projects.map((p) => p.sector);
  const quotes: string[] = (brief.evidence(title) ?? []).map((e) => e.quote);
  // @ts-expect-error: the static renderings are the authors' module's.
  brief.jsonLd();
  // @ts-expect-error: the readers' module has no embedded brief.
  Brief.embedded();
  // @ts-expect-error: render options are typed.
  brief.renderView('overview', { lang: 3 });
  // @ts-expect-error: view names are typed.
  brief.renderView('no-such-view');
  console.log(v, authors, periods, ranges, names, citation, sectors, quotes);
  brief.free();
}

// Every precision and diagnostic kind the crate writes is in the declared unions.
export const precisions: Precision[] = ['day', 'month', 'end', 'season', 'quarter', 'early', 'mid', 'late', 'half', 'year'];
export const kinds: Diagnostic['kind'][] = ['syntax', 'schema', 'semantic', 'limit', 'warning'];

export async function explain(text: string): Promise<Diagnostic[]> {
  await initAuthor();
  const diagnostics: Diagnostic[] = validate(text);
  const lines: number[] = diagnostics.map((d) => d.line);
  const sejong = AuthorBrief.embedded();
  const meta: BriefMeta = sejong.meta();
  const ld: string = sejong.jsonLd();
  const page: string = sejong.renderDocument({ lang: 'en' });
  console.log(lines, meta.title, ld, page);
  sejong.free();
  return diagnostics;
}
