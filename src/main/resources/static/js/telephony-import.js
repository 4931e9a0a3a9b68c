// The switch-data upload with a progress bar: the file is sent with XMLHttpRequest (fetch reports no upload
// progress) and the report that comes back replaces the result area. Without this script the form posts as usual.
(function () {
  'use strict';
  var form = document.getElementById('telephony-upload');
  if (!form) { return; }
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var box = document.getElementById('telephony-progress');
    var bar = document.getElementById('upload-bar');
    var status = document.getElementById('upload-status');
    var result = document.getElementById('telephony-result');
    var request = new XMLHttpRequest();
    request.open('POST', form.action);
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) { request.setRequestHeader(header.content, token.content); }
    request.setRequestHeader('X-Fragment', 'result');
    box.hidden = false;
    bar.value = 0;
    request.upload.addEventListener('progress', function (e) {
      if (e.lengthComputable) {
        bar.value = Math.round(100 * e.loaded / e.total);
        status.textContent = bar.value + ' %';
      }
    });
    request.upload.addEventListener('load', function () {
      bar.value = 100;
      status.textContent = form.dataset.processing || '100 %';
    });
    request.addEventListener('load', function () {
      result.innerHTML = request.responseText;
      status.textContent = '';
      box.hidden = true;
      var heading = result.querySelector('h2, .alert');
      if (heading) { heading.setAttribute('tabindex', '-1'); heading.focus(); }
    });
    request.send(new FormData(form));
  });
}());
