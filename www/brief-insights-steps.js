/**
 * <brief-insights-steps>: scrollytelling for explainers. One <brief-insights> stays in view (sticky, by the
 * page's CSS) while the article's steps scroll past it; the step crossing the middle of the viewport decides
 * what the widget shows: one item (`data-item`, as a piece) or a whole view (`data-view`). No dependencies;
 * IntersectionObserver does the watching.
 *
 *   <script type="module" src="/brief-insights/www/brief-insights.js"></script>
 *   <script type="module" src="/brief-insights/www/brief-insights-steps.js"></script>
 *   <brief-insights-steps>
 *     <div class="steps-graphic">
 *       <brief-insights src="/briefs/sejong-2025-30.json" item="kj-new-normal">fallback…</brief-insights>
 *     </div>
 *     <div class="steps-text">
 *       <section class="step" data-item="kj-new-normal">The article's words…</section>
 *       <section class="step" data-view="partners" data-label="The partner network">…</section>
 *     </div>
 *   </brief-insights-steps>
 *
 * Attributes: `for` (id of the <brief-insights> to drive; default the first one inside). On each step:
 * `data-item` or `data-view`, and optionally `data-label` (what screen readers hear when it shows).
 * Without JavaScript, or before this script runs, the steps are plain text in order and the widget shows its
 * fallback. Each change is announced politely (aria-live), the current step gets aria-current="step", and
 * the element fires `brief-insights-steps:change` {index, item, view}. Focusing something inside a step (a
 * link, by keyboard) shows that step too. Under prefers-reduced-motion the change is instant
 * (`data-motion="reduced"`; the page's CSS animates only `data-motion="full"`).
 *
 * No HTML is built from strings and nothing is styled inline in markup, so it runs under the strict CSP
 * of www/csp.html (the visually hidden live region is styled through the CSSOM).
 */

const STEP_SELECTOR = '[data-item], [data-view]';
const VIEWS = ['overview', 'partners', 'projects', 'timeline', 'economy', 'recommendations', 'search'];
const TEXT = {
  en: { showing: (what) => `Now showing: ${what}` },
  ko: { showing: (what) => `현재 표시: ${what}` },
};
// How long the graphic is marked as changing (the page's CSS may fade it meanwhile).
const CHANGE_MS = 200;

/**
 * The `lang` of the element or its closest ancestor that has one, continuing from a shadow root's host (a
 * piece placed inside a Lit or Stencil component), as `:lang()` does; as brief-insights.js finds it.
 */
function surroundingLanguage(element) {
  const parentOf = (node) => node.parentElement ?? node.getRootNode().host ?? null;
  for (let node = element; node; node = parentOf(node)) {
    if (node.hasAttribute('lang')) return node.getAttribute('lang');
  }
  return document.documentElement.lang;
}

function uiText(element) {
  const lang = surroundingLanguage(element) ?? '';
  return lang.trim().toLowerCase().startsWith('ko') ? TEXT.ko : TEXT.en;
}

/**
 * The article's steps: the elements with `data-item` or `data-view` inside the element, but not those inside
 * a <brief-insights> (a static piece in the graphic's fallback, from `brief-insights render --item`, carries
 * `data-item` too, and shows again beside the widget's error panel) nor those inside another step (a static
 * piece quoted in a step's text).
 */
function findSteps(container) {
  return [...container.querySelectorAll(STEP_SELECTOR)].filter((step) => {
    if (step.localName === 'brief-insights') return false;
    for (let node = step.parentElement; node && node !== container; node = node.parentElement) {
      if (node.localName === 'brief-insights' || node.matches(STEP_SELECTOR)) return false;
    }
    return true;
  });
}

/** A live region that screen readers hear and nobody sees. */
function visuallyHiddenStatus() {
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  status.setAttribute('aria-live', 'polite');
  status.className = 'bi-steps-status';
  Object.assign(status.style, {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: '0',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: '0',
  });
  return status;
}

// Server-side rendering imports the module in Node, which has no HTMLElement (defined below only in a browser).
class BriefInsightsStepsElement extends (globalThis.HTMLElement ?? class {}) {
  #observer = null;
  #mutations = null;
  #status = null;
  #steps = [];
  #current = -1;
  #changing = 0;
  #motionQuery = null;
  #onMotionChange = () => this.#applyMotion();
  #onFocusIn = (event) => {
    const step = event.target instanceof Element ? event.target.closest(STEP_SELECTOR) : null;
    const index = this.#steps.indexOf(step);
    if (index >= 0) this.#show(index);
  };

  /** The index of the step shown now (-1 before the first). */
  get current() {
    return this.#current;
  }

  /** The <brief-insights> this element drives. */
  get target() {
    const id = this.getAttribute('for');
    // `for` looks in the element's own tree, as <label for> does: the document, or the shadow root of the
    // component (a Lit or Stencil theme) that renders the explainer.
    const root = this.getRootNode();
    const tree = typeof root.getElementById === 'function' ? root : document;
    const target = id ? tree.getElementById(id) : this.querySelector('brief-insights');
    return target?.localName === 'brief-insights' ? target : null;
  }

  connectedCallback() {
    this.#steps = findSteps(this);
    if (!this.#status) {
      this.#status = visuallyHiddenStatus();
      this.append(this.#status);
    }
    this.#motionQuery ??= window.matchMedia?.('(prefers-reduced-motion: reduce)') ?? null;
    this.#motionQuery?.addEventListener?.('change', this.#onMotionChange);
    this.#applyMotion();
    this.addEventListener('focusin', this.#onFocusIn);
    // Steps the page adds, removes or marks later (an article body built by script, "load more"): the
    // steps are found again and watched.
    if (typeof MutationObserver === 'function') {
      this.#mutations = new MutationObserver(() => this.#findStepsAgain());
      this.#mutations.observe(this, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-item', 'data-view'] });
    }
    if (typeof IntersectionObserver === 'function') {
      // A step counts as current while it crosses the middle band of the viewport.
      this.#observer = new IntersectionObserver(
        (entries) => {
          const crossing = entries.filter((e) => e.isIntersecting).map((e) => this.#steps.indexOf(e.target));
          if (crossing.length) this.#show(Math.max(...crossing));
        },
        { rootMargin: '-45% 0px -45% 0px', threshold: 0 },
      );
    }
    this.#watchSteps();
  }

  disconnectedCallback() {
    this.#observer?.disconnect();
    this.#observer = null;
    this.#mutations?.disconnect();
    this.#mutations = null;
    this.#motionQuery?.removeEventListener?.('change', this.#onMotionChange);
    this.removeEventListener('focusin', this.#onFocusIn);
    // The mark goes with its timer: left on, it would keep the graphic faded once the element is back.
    clearTimeout(this.#changing);
    delete this.dataset.changing;
  }

  #watchSteps() {
    if (this.#observer) {
      this.#observer.disconnect();
      for (const step of this.#steps) this.#observer.observe(step);
    } else if (this.#current < 0 && this.#steps.length) {
      // Without the observer the article still reads in order; the widget shows the first step.
      this.#show(0, { announce: false });
    }
  }

  #findStepsAgain() {
    const steps = findSteps(this);
    if (steps.length === this.#steps.length && steps.every((step, i) => step === this.#steps[i])) return;
    // The current step keeps being current where it now is in the list (-1 if it is gone).
    const currentStep = this.#steps[this.#current];
    this.#steps = steps;
    this.#current = currentStep ? steps.indexOf(currentStep) : -1;
    this.#watchSteps();
  }

  #applyMotion() {
    this.dataset.motion = this.#motionQuery?.matches ? 'reduced' : 'full';
  }

  #show(index, { announce = true } = {}) {
    const step = this.#steps[index];
    const target = this.target;
    if (!step || index === this.#current) return;
    this.#current = index;
    for (const [i, s] of this.#steps.entries()) {
      if (i === index) s.setAttribute('aria-current', 'step');
      else s.removeAttribute('aria-current');
    }
    const item = step.dataset.item?.trim() || null;
    const view = VIEWS.includes(step.dataset.view) ? step.dataset.view : null;
    if (target) {
      if (this.dataset.motion === 'full') {
        this.dataset.changing = '';
        clearTimeout(this.#changing);
        this.#changing = setTimeout(() => delete this.dataset.changing, CHANGE_MS);
      }
      if (item) {
        target.setAttribute('item', item);
      } else if (view) {
        // The view first, so the whole widget opens on it when the piece gives way.
        target.setAttribute('view', view);
        target.removeAttribute('item');
      }
    }
    if (announce) this.#announce(step, item, view);
    this.dispatchEvent(new CustomEvent('brief-insights-steps:change', { bubbles: true, detail: { index, item, view } }));
  }

  /** Says what the widget shows now: the step's data-label, else the piece's own name, else the view. */
  #announce(step, item, view) {
    const label = () => {
      if (step.dataset.label?.trim()) return step.dataset.label.trim();
      const piece = this.target?.shadowRoot?.querySelector('.bi-piece');
      if (item && piece?.dataset.item === item) return piece.getAttribute('aria-label');
      return item ?? view ?? '';
    };
    const say = () => {
      // Said once the widget is ready: by then the reader may have scrolled on (past a step whose item
      // the brief lacks, which never became ready), and only the step shown now is announced.
      if (this.#steps[this.#current] !== step) return;
      const what = label();
      if (what && this.#status) this.#status.textContent = uiText(this).showing(what);
    };
    const target = this.target;
    if (target && target.dataset.state !== 'ready') {
      target.addEventListener('brief-insights:ready', say, { once: true });
    } else {
      say();
    }
  }
}

if (typeof window !== 'undefined' && 'customElements' in window && !customElements.get('brief-insights-steps')) {
  customElements.define('brief-insights-steps', BriefInsightsStepsElement);
}

export { BriefInsightsStepsElement };
