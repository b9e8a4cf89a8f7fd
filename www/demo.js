// Demo page controls: theme and language switches for the widgets on the page.
const widgets = () => document.querySelectorAll('brief-insights');

for (const control of document.querySelectorAll('[data-demo-attribute]')) {
  control.addEventListener('change', () => {
    const attribute = control.dataset.demoAttribute;
    for (const widget of widgets()) {
      if (control.value) widget.setAttribute(attribute, control.value);
      else widget.removeAttribute(attribute);
    }
  });
}

const log = document.querySelector('[data-demo-log]');
if (log) {
  document.addEventListener('brief-insights:select', (event) => {
    const { view, item, kind } = event.detail;
    log.textContent = `brief-insights:select — view: ${view}, item: ${item ?? '(none)'}, kind: ${kind}`;
  });
}
