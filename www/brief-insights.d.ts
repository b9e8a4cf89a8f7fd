// Types for the <brief-insights> element (www/brief-insights.js; `brief-insights/widget` in the npm package).

export type BriefInsightsView =
  | 'overview'
  | 'partners'
  | 'projects'
  | 'timeline'
  | 'economy'
  | 'recommendations'
  | 'search';

export interface BriefInsightsState {
  view: BriefInsightsView;
  item: string | null;
  sector: string;
  query: string;
}

export interface BriefInsightsSelectDetail {
  view: BriefInsightsView;
  /** An item id, or null when only the view changed. */
  item: string | null;
  /** The item's kind (`actor`, `project`, …) or `"view"`. */
  kind: string;
}

export interface BriefInsightsErrorDetail {
  message: string;
}

/** `brief-insights:export`: a chart saved as an image (docs/explainers.md). */
export interface BriefInsightsExportDetail {
  format: 'svg' | 'png';
  /** The file name offered, e.g. "2025-30-partners.svg". */
  name: string;
  /** The SVG file's text (the PNG is drawn from it). */
  svg: string;
}

export interface BriefInsightsConfig {
  /** The reader module's .wasm (default: ../pkg/brief_insights_bg.wasm next to the widget script). */
  wasmUrl?: string | URL;
  /** The reader module's glue (default: brief_insights.js next to wasmUrl). */
  glueUrl?: string | URL;
  /** The author module's glue (default: author/brief_insights.js next to the reader glue). */
  authorGlueUrl?: string | URL;
  /** The author module's .wasm (default: brief_insights_bg.wasm next to the author glue). */
  authorWasmUrl?: string | URL;
  /** The widget's stylesheet (default: brief-insights.css next to the widget script). */
  cssUrl?: string | URL;
}

export declare class BriefInsightsElement extends HTMLElement {
  static readonly observedAttributes: string[];
  /** The configuration of the copy of the script that defined the element (BriefInsights.configure calls it). */
  static configure(options?: BriefInsightsConfig): void;
  /** The attributes as properties (null when absent; setting null or undefined removes the attribute). */
  src: string | null;
  view: BriefInsightsView | string | null;
  item: string | null;
  href: string | null;
  theme: 'light' | 'dark' | 'auto' | string | null;
  wasm: string | null;
  /** Resolves true when the widget has rendered, false when it failed. */
  readonly ready: Promise<boolean>;
  /** The current view and selection. */
  readonly state: BriefInsightsState;
}

export declare const BriefInsights: {
  /** Page-level configuration: from any script of the page that runs before DOMContentLoaded, or later
   *  before the first widget starts. */
  configure(options?: BriefInsightsConfig): void;
  readonly views: BriefInsightsView[];
  readonly elementName: 'brief-insights';
};

/** The element's events, by name. */
export interface BriefInsightsEventMap {
  'brief-insights:select': CustomEvent<BriefInsightsSelectDetail>;
  'brief-insights:ready': CustomEvent<undefined>;
  'brief-insights:error': CustomEvent<BriefInsightsErrorDetail>;
  'brief-insights:export': CustomEvent<BriefInsightsExportDetail>;
}

declare global {
  interface HTMLElementTagNameMap {
    'brief-insights': BriefInsightsElement;
  }
  interface HTMLElementEventMap extends BriefInsightsEventMap {}
  // The events bubble: a listener on the document (or the window) gets them typed too.
  interface DocumentEventMap extends BriefInsightsEventMap {}
  interface WindowEventMap extends BriefInsightsEventMap {}
}
