// Remembers the text size (set by CSS alone); opens folded sections linked to, and all to print.
(function () {
  var key = 'text-size', saved = null;
  try { saved = localStorage.getItem(key); } catch (e) {}
  if (saved) { var input = document.getElementById('size-' + saved); if (input) input.checked = true; }
  document.addEventListener('change', function (event) {
    var t = event.target;
    if (t && t.name === 'text-size') { try { localStorage.setItem(key, t.value); } catch (e) {} }
  });
  function reveal() {
    var el = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    for (var d = el && (el.querySelector('details') || el); d; d = d.parentElement) if (d.tagName == 'DETAILS') d.open = true;
    el && el.scrollIntoView();
  }
  addEventListener('hashchange', reveal);
  addEventListener('DOMContentLoaded', reveal);
  addEventListener('beforeprint', function () {
    document.querySelectorAll('details').forEach(function (d) { d.open = true; });
  });
})();
