// Types for the <brief-insights-steps> element (www/brief-insights-steps.js; `brief-insights/steps` in the
// npm package): scrollytelling steps that drive a <brief-insights> (docs/explainers.md).

import type { BriefInsightsElement, BriefInsightsView } from './brief-insights.js';

/** `brief-insights-steps:change`: the step now shown. */
export interface BriefInsightsStepsChangeDetail {
  /** The step's index among the element's steps. */
  index: number;
  /** The step's data-item, or null. */
  item: string | null;
  /** The step's data-view when it names a view, else null. */
  view: BriefInsightsView | null;
}

export declare class BriefInsightsStepsElement extends HTMLElement {
  /** The index of the step shown now (-1 before the first). */
  readonly current: number;
  /** The <brief-insights> this element drives (its `for` attribute's, else the one inside it). */
  readonly target: BriefInsightsElement | null;
}

/** The element's events, by name. */
export interface BriefInsightsStepsEventMap {
  'brief-insights-steps:change': CustomEvent<BriefInsightsStepsChangeDetail>;
}

declare global {
  interface HTMLElementTagNameMap {
    'brief-insights-steps': BriefInsightsStepsElement;
  }
  interface HTMLElementEventMap extends BriefInsightsStepsEventMap {}
  // The events bubble: a listener on the document (or the window) gets them typed too.
  interface DocumentEventMap extends BriefInsightsStepsEventMap {}
  interface WindowEventMap extends BriefInsightsStepsEventMap {}
}
