// First-level console: pick a citizen from the look-up, load their history, submit with Ctrl+Enter.
(function () {
  var form = document.getElementById('new-ticket');
  if (!form) { return; }
  var citizenId = document.getElementById('citizenId');
  var picked = document.getElementById('citizen-picked');
  var fields = ['firstName', 'lastName', 'companyName', 'fiscalCode', 'phone', 'email', 'preferredChannel'];

  function loadHistory(id) {
    if (window.htmx) {
      htmx.ajax('GET', form.getAttribute('data-history-url') || '/console/history?citizenId=' + encodeURIComponent(id),
        { target: '#caller-history', swap: 'innerHTML' });
    }
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest('[data-citizen-id]');
    if (!button) { return; }
    event.preventDefault();
    var d = button.dataset;
    fields.forEach(function (name) {
      var key = name.replace(/[A-Z]/g, function (c) { return '-' + c.toLowerCase(); });
      var value = button.getAttribute('data-' + key) || '';
      var input = document.getElementById(name);
      if (input) { input.value = value; }
    });
    var kind = document.getElementById('kind-' + (d.kind || 'PERSON'));
    if (kind) { kind.checked = true; }
    citizenId.value = d.citizenId;
    picked.textContent = button.getAttribute('data-picked-label') || button.textContent.trim();
    loadHistory(d.citizenId);
    document.getElementById('subject').focus();
  });

  // Typing a different detail means a different (or new) caller: the look-up pick no longer applies.
  document.querySelectorAll('[data-citizen-field]').forEach(function (input) {
    input.addEventListener('input', function () {
      if (citizenId.value) { citizenId.value = ''; picked.textContent = ''; }
    });
  });

  // One submit at a time: Enter (or Ctrl+Enter) pressed twice must not send the form twice. The server
  // opens one ticket per form anyway (its opening key); this spares the second request. The form comes
  // back usable when the browser shows it again (Back button) or the answer never comes.
  var submit = form.querySelector('button[type="submit"]');
  var release;
  function busy(on) {
    form.setAttribute('aria-busy', on ? 'true' : 'false');
    if (submit) { submit.disabled = on; }
    clearTimeout(release);
    if (on) { release = setTimeout(function () { busy(false); }, 15000); }
  }
  form.addEventListener('submit', function (event) {
    if (form.getAttribute('aria-busy') === 'true') {
      event.preventDefault();
      return;
    }
    busy(true);
  });
  window.addEventListener('pageshow', function () { busy(false); });

  // Keyboard: from the look-up, Down arrow (or Enter) reaches the results and the arrows move among them;
  // Enter in the look-up must not submit the half-filled ticket form.
  var lookup = document.getElementById('lookup');
  function choices() {
    return Array.prototype.slice.call(document.querySelectorAll('#lookup-results [data-citizen-id]'));
  }
  if (lookup) {
    lookup.addEventListener('keydown', function (event) {
      if ((event.key === 'ArrowDown' || (event.key === 'Enter' && !event.ctrlKey && !event.metaKey))) {
        event.preventDefault();
        // Not on to the document's arrow handler too, which would move on from the first result to the second.
        event.stopPropagation();
        var first = choices()[0];
        if (first) { first.focus(); }
      }
    });
  }
  document.addEventListener('keydown', function (event) {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.requestSubmit();
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') { return; }
    var list = choices();
    var at = list.indexOf(document.activeElement);
    if (at < 0) { return; }
    event.preventDefault();
    if (event.key === 'ArrowUp' && at === 0) { lookup.focus(); return; }
    var next = list[Math.min(list.length - 1, at + (event.key === 'ArrowDown' ? 1 : -1))];
    next.focus();
  });
})();

// Directory box (S-TT7): results come as the operator types; Enter must not leave the console mid-call.
(function () {
  var box = document.querySelector('.directory-box');
  if (!box || !window.htmx) { return; }
  box.addEventListener('submit', function (event) {
    event.preventDefault();
    htmx.trigger(document.getElementById('directory-q'), 'search');
  });
})();
