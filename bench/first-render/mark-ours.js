// First render of <brief-insights>, loaded as a classic script at the top of the page so it watches from
// the start. performance.now() counts from navigation start (timeOrigin). Two moments, each taken in the
// animation frame that shows it, once that frame's layout is done (the paint follows within a few ms;
// timelinejs.js measures TimelineJS the same way):
//   window.__firstRender  the first frame in which the widget's opening view is visible: the first screen
//                         `brief-insights embed` renders ahead of time, or the widget's own render. Its app
//                         is `hidden` until the widget stylesheet applies, so "visible" means styled.
//   window.__ready        the frame after brief-insights:ready: the widget's own render, interactive.
(function () {
  function watch() {
    const root = document.querySelector('brief-insights')?.shadowRoot;
    const view = root?.querySelector('.bi-app [role="tabpanel"] section[data-view]');
    // checkVisibility() lays the frame out, as the frame itself is about to.
    if (view && view.checkVisibility()) {
      window.__firstRender = performance.now();
      performance.mark('first-render');
      return;
    }
    requestAnimationFrame(watch);
  }
  requestAnimationFrame(watch);
  document.addEventListener(
    'brief-insights:ready',
    (event) =>
      requestAnimationFrame(() => {
        event.target.shadowRoot.querySelector('.bi-app').getBoundingClientRect();
        window.__ready = performance.now();
        performance.mark('ready');
      }),
    { once: true },
  );
})();
