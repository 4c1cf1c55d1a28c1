// Remembers the reader's text size (the control itself works without JavaScript, through CSS).
(function () {
  var key = 'text-size';
  var saved = null;
  try { saved = localStorage.getItem(key); } catch (e) {}
  if (saved) { var input = document.getElementById('size-' + saved); if (input) input.checked = true; }
  document.addEventListener('change', function (event) {
    var target = event.target;
    if (target && target.name === 'text-size') { try { localStorage.setItem(key, target.value); } catch (e) {} }
  });
})();
