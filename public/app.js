// Progressive enhancement only: every page works without this file.
(() => {
  const typing = (el) => el instanceof HTMLElement && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

  // "/" focuses the search box, as on most search sites.
  document.addEventListener('keydown', (event) => {
    if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    const box = document.getElementById('q');
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
  });

  // --- Search page: swaps of the results region -----------------------------------------------
  // A swap replaces the focused checkbox or link with a fresh copy; put focus back on its twin so
  // keyboard users keep their place. Remembered by id, or by name and value for facet checkboxes.
  let focused = null;
  document.addEventListener('htmx:before:swap', () => {
    const el = document.activeElement;
    if (!el || el === document.body) { focused = null; return; }
    focused = el.id ? { id: el.id } : el.name ? { name: el.name, value: el.value } : null;
  });
  document.addEventListener('htmx:after:swap', () => {
    const el = document.activeElement;
    if (focused && (!el || el === document.body || !el.isConnected)) {
      const twin = focused.id
        ? document.getElementById(focused.id)
        : document.querySelector(`#results [name="${CSS.escape(focused.name)}"][value="${CSS.escape(focused.value)}"]`);
      if (twin) twin.focus({ preventScroll: true });
    }
    focused = null;
    // The summary is rebuilt on each swap; say the new count in a live region that stays put.
    const summary = document.getElementById('summary');
    const announce = document.getElementById('announce');
    if (summary && announce) announce.textContent = summary.textContent.replace(/\s+/g, ' ').trim();
  });

  // --- Article page: next / previous match, the original link, back to the hit ----------------
  const nav = document.getElementById('match-nav');
  const matches = [...document.querySelectorAll('.article-body .para.matched')];
  const current = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    return id ? document.getElementById(id) : null;
  };
  const position = (el) => Number(el.id.replace(/^p-/, ''));

  function syncArticle() {
    const here = current();
    const original = document.getElementById('original-link');
    if (original && here && here.dataset.original) original.href = here.dataset.original;
    const back = document.getElementById('back-to-results');
    if (back && here && /^p-\d+$/.test(here.id)) {
      const articleId = decodeURIComponent(location.pathname.split('/').pop() || '');
      back.hash = `hit-${articleId}-${position(here)}`;
    }
    if (!nav || matches.length === 0) return;
    const at = here ? position(here) : -1;
    const next = matches.find((m) => position(m) > at) ?? matches[0];
    const prevs = matches.filter((m) => position(m) < at);
    const prev = prevs.length ? prevs[prevs.length - 1] : matches[matches.length - 1];
    nav.querySelector('.next-match')?.setAttribute('href', `#${next.id}`);
    nav.querySelector('.prev-match')?.setAttribute('href', `#${prev.id}`);
    const index = here ? matches.indexOf(here) : -1;
    const status = document.getElementById('match-status');
    if (status && index >= 0) status.textContent = `Match ${index + 1} of ${matches.length}`;
  }

  if (document.querySelector('.article-body')) {
    window.addEventListener('hashchange', syncArticle);
    syncArticle();
    document.addEventListener('keydown', (event) => {
      if (!nav || event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      const link = event.key === 'n' ? nav.querySelector('.next-match') : event.key === 'p' ? nav.querySelector('.prev-match') : null;
      if (!link) return;
      event.preventDefault();
      location.hash = link.getAttribute('href');
    });
  }
})();
