// Send the CSRF token with every htmx request, as Spring Security expects on unsafe methods.
document.addEventListener('htmx:configRequest', function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// A directory search that gets no answer (network, server) must not leave the previous people, with their
// "put the call through" buttons, on screen: the list is replaced by the failure notice. A listener here, not an
// hx-on attribute, because the Content-Security-Policy allows no inline or evaluated script.
function directorySearchFailed(event) {
  var box = event.target && event.target.closest ? event.target.closest('.directory-box') : null;
  var results = document.getElementById('directory-results');
  var notice = document.getElementById('directory-failed');
  if (box && results && notice) {
    results.replaceChildren(notice.content.cloneNode(true));
  }
}
document.addEventListener('htmx:sendError', directorySearchFailed);
document.addEventListener('htmx:responseError', directorySearchFailed);

// A refused form: the focus goes to its first wrong field, the target of the error summary's first link (the
// summary, a live alert, is read out all the same); a summary without field links (an action refused as a whole)
// takes the focus itself. On a page load and on a form swapped in by htmx.
function focusFirstWrongField(root) {
  var summary = root.id === 'error-summary' ? root : root.querySelector('#error-summary');
  if (!summary) {
    return;
  }
  var link = summary.querySelector('a[href^="#"]');
  var field = link ? document.getElementById(decodeURIComponent(link.getAttribute('href').slice(1))) : null;
  (field || summary).focus();
}
document.addEventListener('DOMContentLoaded', function () {
  focusFirstWrongField(document.body);
});
document.addEventListener('htmx:afterSettle', function (event) {
  if (event.target && event.target.querySelector) {
    focusFirstWrongField(event.target);
  }
});

// Learning from use: a choice made from a search's results (a call put through, a sheet quoted) is sent back with
// the search's id, so that later searches with the same text rank that entry higher. The form carries
// data-search-id, data-choice-type and data-choice-id; the choice travels on its own request (kept alive while the
// form's own submission leaves the page) and never holds the form back.
document.addEventListener('submit', function (event) {
  var form = event.target;
  var searchId = form && form.getAttribute ? form.getAttribute('data-search-id') : null;
  if (!searchId || !form.getAttribute('data-choice-id') || event.defaultPrevented) {
    return;
  }
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  var headers = { 'Content-Type': 'application/x-www-form-urlencoded' };
  if (token && header) {
    headers[header.content] = token.content;
  }
  var body = new URLSearchParams({ searchId: searchId, type: form.getAttribute('data-choice-type') || '',
    id: form.getAttribute('data-choice-id') });
  fetch('/search/choices', { method: 'POST', headers: headers, body: body, keepalive: true, credentials: 'same-origin' })
    .catch(function () { /* the choice only teaches the search: the operator's action goes on regardless */ });
});
