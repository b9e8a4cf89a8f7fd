// First render of TimelineJS: the first frame after the first slide with its headline text is in the
// DOM (a MutationObserver), or TimelineJS's own `loaded` event, whichever comes first. performance.now()
// counts from navigation start.
// As for ours (mark-ours.js), the time is taken in the animation frame that shows it, once that frame's
// layout is done. __inDom keeps the moment it entered the DOM.
function stamp() {
  if (window.__inDom !== undefined) return;
  window.__inDom = performance.now();
  requestAnimationFrame(() => {
    container.getBoundingClientRect();
    window.__firstRender = performance.now();
    performance.mark('first-render');
  });
}
const container = document.getElementById('timeline-embed');
const observer = new MutationObserver(() => {
  const headline = container.querySelector('.tl-slide .tl-headline');
  if (headline && headline.textContent.trim()) {
    observer.disconnect();
    stamp();
  }
});
observer.observe(container, { childList: true, subtree: true, characterData: true });
const timeline = new TL.Timeline('timeline-embed', 'sejong-events.timeline.json', {
  script_path: new URL('../node_modules/@knight-lab/timelinejs/dist/js/', document.baseURI).href,
});
timeline.on('loaded', stamp);
