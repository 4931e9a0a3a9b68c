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
