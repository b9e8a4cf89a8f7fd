// Types for the <brief-insights-library> element (www/brief-insights-library.js; `brief-insights/library`
// in the npm package). docs/library.md describes the element, its attributes and events.

/** `brief-insights-library:results` and what `search()` resolves to. */
export interface BriefInsightsLibraryResultsDetail {
  query: string;
  /** The results found; while `countExact` is false, the results taken so far. */
  count: number;
  countExact: boolean;
  /** The in-memory search for the first page, in milliseconds. */
  searchMs: number;
  /** What this search fetched, as the network sent it. */
  fetchedBytes: number;
  /** Set once the exact count is known, when it came after the first page. */
  countMs?: number;
}

/** `brief-insights-library:count`: the exact number of results, after the first page. */
export interface BriefInsightsLibraryCountDetail {
  query: string;
  count: number;
  countMs: number;
}

export declare class BriefInsightsLibrary extends HTMLElement {
  static readonly observedAttributes: string[];
  /**
   * Searches the insights of every brief and shows the first page of results; resolves to the results'
   * detail when they are shown, or null before the library has started or when a newer search won.
   */
  search(query: string): Promise<BriefInsightsLibraryResultsDetail | null>;
  /** Shows one actor's timeline across briefs (its key from actors.json). */
  showActor(key: string): Promise<void>;
}

/** The element's events, by name. */
export interface BriefInsightsLibraryEventMap {
  'brief-insights-library:ready': CustomEvent<undefined>;
  'brief-insights-library:results': CustomEvent<BriefInsightsLibraryResultsDetail>;
  'brief-insights-library:count': CustomEvent<BriefInsightsLibraryCountDetail>;
}

declare global {
  interface HTMLElementTagNameMap {
    'brief-insights-library': BriefInsightsLibrary;
  }
  interface HTMLElementEventMap extends BriefInsightsLibraryEventMap {}
  // The events bubble: a listener on the document (or the window) gets them typed too.
  interface DocumentEventMap extends BriefInsightsLibraryEventMap {}
  interface WindowEventMap extends BriefInsightsLibraryEventMap {}
}
