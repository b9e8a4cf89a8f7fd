// First render of <brief-insights>, loaded as a classic script at the top of the page so it watches from
// the start. performance.now() counts from navigation start (timeOrigin). Two moments, each taken just
// after the frame that shows it (a message posted from requestAnimationFrame runs once that frame is out):
//   window.__firstRender  the first frame in which the widget's opening view is visible: the first screen
//                         `brief-insights embed` renders ahead of time, or the widget's own render. Its app
//                         is `hidden` until the widget stylesheet applies, so "visible" means styled.
//   window.__ready        the frame after brief-insights:ready: the widget's own render, interactive.
(function () {
  function afterThisFrame(record) {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => record(performance.now());
    channel.port2.postMessage(0);
  }
  function watch() {
    const root = document.querySelector('brief-insights')?.shadowRoot;
    const view = root?.querySelector('.bi-app [role="tabpanel"] section[data-view]');
    if (view && view.checkVisibility()) {
      afterThisFrame((t) => {
        window.__firstRender = t;
        performance.mark('first-render');
      });
      return;
    }
    requestAnimationFrame(watch);
  }
  requestAnimationFrame(watch);
  document.addEventListener(
    'brief-insights:ready',
    () =>
      requestAnimationFrame(() =>
        afterThisFrame((t) => {
          window.__ready = t;
          performance.mark('ready');
        }),
      ),
    { once: true },
  );
})();
