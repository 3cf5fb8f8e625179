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
    if (!el || el === document.body) {
      focused = null;
      return;
    }
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

  // --- Search page: a collapsed hit's copies, unfolded in place ---------------------------------
  // The first click on "also in N other articles" lets htmx fetch the list into the hit; once it
  // is there, the link and "Hide copies" only show and hide it, without asking the server again.
  // The link keeps the focus throughout; "Hide copies" hands it back to the link.
  const copiesToggle = (list) => document.querySelector(`.copies-toggle[aria-controls="${CSS.escape(list.id)}"]`);
  const showCopies = (list, open) => {
    list.hidden = !open;
    copiesToggle(list)?.setAttribute('aria-expanded', String(open));
  };
  document.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target : null;
      const hide = target?.closest('.copies-hide');
      const list = hide ? hide.closest('.copy-list') : null;
      if (list) {
        showCopies(list, false);
        copiesToggle(list)?.focus();
        return;
      }
      const toggle = target?.closest('.copies-toggle');
      const own = toggle ? document.getElementById(toggle.getAttribute('aria-controls')) : null;
      if (own?.dataset.loaded !== 'true' || event.ctrlKey || event.metaKey || event.shiftKey) return;
      // Captured before htmx sees the click: no second request, no navigation.
      event.preventDefault();
      event.stopPropagation();
      showCopies(own, own.hidden);
    },
    true,
  );
  document.addEventListener('htmx:after:swap', (event) => {
    const toggle = event.target instanceof Element ? event.target.closest('.copies-toggle') : null;
    const list = toggle ? document.getElementById(toggle.getAttribute('aria-controls')) : null;
    if (!list) return;
    // An error message (busy, gone) is shown too, but the next click asks again.
    if (list.querySelector('.copies-list, .copies-none')) list.dataset.loaded = 'true';
    showCopies(list, true);
  });

  // --- Search page: history ----------------------------------------------------------------------
  // Typing in the box replaces the current history entry, so a word typed with pauses is one entry
  // and one Back leaves it, not a letter. The first search of a burst of typing still gets an entry
  // of its own (the state typing started from stays reachable); submitting, a filter, the sort, a
  // page or a link push as usual. An entry made by typing is marked in history.state, so this holds
  // after Back and Forward too. A URL equal to the current one never makes a second entry.
  let swapTyped = false;
  let entryTyped = false;
  document.addEventListener('htmx:config:request', (event) => {
    const ctx = event.detail.ctx;
    ctx.typed = ctx.sourceEvent?.type === 'input' && ctx.sourceEvent.target?.id === 'q';
  });
  // Fired just before htmx updates the history for this swap: remember what caused it.
  document.addEventListener('htmx:before:swap', (event) => {
    swapTyped = event.detail.ctx?.typed === true;
  });
  document.addEventListener('htmx:before:history:update', (event) => {
    const action = event.detail.history;
    const to = new URL(action.path, location.href);
    const same = to.pathname + to.search === location.pathname + location.search;
    const current = history.state?.typed === true;
    if (same || (swapTyped && current)) action.type = 'replace';
    // Typing that changed nothing keeps the entry as it was; a submit on the same URL settles it.
    entryTyped = same && swapTyped ? current : swapTyped;
  });
  document.addEventListener('htmx:after:history:update', () => {
    history.replaceState({ ...history.state, typed: entryTyped }, '');
  });

  // --- Search page: the filter panel -----------------------------------------------------------
  // On a narrow screen the filters are a <details> above the results, closed until tapped; on a
  // wide one they are always open (app.css hides the toggle). Each swap brings a fresh panel, so
  // the reader's choice is put on it before it is shown.
  const narrow = window.matchMedia('(max-width: 48rem)');
  let panelOpen = false;
  const panelState = (panel) => {
    if (panel) panel.open = !narrow.matches || panelOpen;
  };
  document.addEventListener(
    'toggle',
    (event) => {
      if (event.target.id === 'filter-panel' && narrow.matches) panelOpen = event.target.open;
    },
    true,
  );
  document.addEventListener('htmx:before:swap', (event) => {
    for (const task of event.detail.tasks ?? []) panelState(task.fragment?.querySelector?.('#filter-panel'));
  });
  narrow.addEventListener('change', () => panelState(document.getElementById('filter-panel')));
  panelState(document.getElementById('filter-panel'));

  // --- Article page: next / previous match, the original link, back to the hit ----------------
  const nav = document.getElementById('match-nav');
  const matches = [...document.querySelectorAll('.article-body .para.matched')];
  const current = () => {
    const id = decodeURIComponent(location.hash.slice(1));
    return id ? document.getElementById(id) : null;
  };
  const position = (el) => Number(el.id.replace(/^p-/, ''));

  // "Back to results" goes to the results page holding the last match shown (the reader may have
  // stepped to a match on another page than the one they came from): the server finds that page.
  let lastMatch = null;
  function syncArticle() {
    const here = current();
    const original = document.getElementById('original-link');
    if (original && here?.dataset.original) original.href = here.dataset.original;
    const back = document.getElementById('back-to-results');
    if (here?.classList.contains('matched')) lastMatch = here;
    if (back && lastMatch) {
      const url = new URL(`${location.pathname}/in-results${location.search}`, location.href);
      url.searchParams.set('position', String(position(lastMatch)));
      back.href = url.pathname + url.search;
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
