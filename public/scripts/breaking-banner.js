// Keeps the breaking-news banner current in open pages: every 30 s it asks the service's
// breaking-news endpoint and shows, replaces or removes the item. Text is set as text, never
// as HTML. Without JavaScript the server-rendered banner is shown as it was at load.
(function () {
  var region = document.querySelector('[data-breaking-source]');
  if (!region || !window.fetch) return;
  var REFRESH_MS = 30000;
  var label = region.getAttribute('data-breaking-label');

  function render(item) {
    var current = region.querySelector('.breaking');
    if (!item) {
      if (current) current.remove();
      return;
    }
    if (current && current.getAttribute('data-breaking-id') === String(item.id) && current.textContent.indexOf(item.text) !== -1) return;
    var section = document.createElement('section');
    section.className = 'breaking';
    section.setAttribute('aria-label', label);
    section.setAttribute('data-breaking-id', String(item.id));
    var strong = document.createElement('strong');
    strong.className = 'breaking-label';
    strong.textContent = label;
    section.appendChild(strong);
    var text = document.createElement(item.link ? 'a' : 'span');
    if (item.link && /^(\/(?!\/)|https:\/\/)/.test(item.link)) text.setAttribute('href', item.link);
    text.textContent = item.text;
    section.appendChild(text);
    if (current) current.replaceWith(section);
    else region.insertBefore(section, region.firstChild);
  }

  function refresh() {
    fetch(region.getAttribute('data-breaking-source'), { cache: 'no-store' })
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (data) {
        if (data) render(data.item);
      })
      .catch(function () {
        /* offline: keep what the reader sees */
      });
  }

  setInterval(refresh, REFRESH_MS);
})();
