// First render of <brief-insights>: the widget dispatches brief-insights:ready once its first view is in
// its shadow DOM, styled and shown. performance.now() counts from navigation start (timeOrigin).
document.addEventListener(
  'brief-insights:ready',
  () => {
    window.__firstRender = performance.now();
    performance.mark('first-render');
  },
  { once: true },
);
