// Progressive enhancement only: the page works without this file.
// "/" focuses the search box, as on most search sites.
document.addEventListener('keydown', (event) => {
  if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
  const target = event.target;
  if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
  const box = document.getElementById('q');
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});
