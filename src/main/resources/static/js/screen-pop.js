// The screen-pop of the first-level console: a call ringing for this operator shows the caller's card without a
// reload (server-sent events), and its button fills the new-ticket form with the caller.
(function () {
  'use strict';
  const panel = document.getElementById('phone-panel');
  if (!panel || !window.EventSource) {
    return;
  }
  const target = document.getElementById('screen-pop');
  const source = new EventSource(panel.dataset.events);
  source.addEventListener('ready', function () {
    panel.dataset.listening = 'true';
  });
  source.addEventListener('call', function (event) {
    const url = panel.dataset.card + encodeURIComponent(event.data) + '/scheda';
    window.htmx.ajax('GET', url, { target: target, swap: 'innerHTML' });
  });
  document.addEventListener('click', function (event) {
    const button = event.target.closest('[data-pop-fill]');
    if (!button) {
      return;
    }
    const form = document.getElementById('new-ticket');
    if (!form) {
      return;
    }
    const phone = form.querySelector('#phone');
    if (phone && button.dataset.phone && !button.dataset.citizenId) {
      phone.value = button.dataset.phone;
    }
    const channel = form.querySelector('#channel');
    if (channel) {
      channel.value = 'PHONE';
    }
    if (button.dataset.citizenId) {
      form.querySelector('#citizenId').value = button.dataset.citizenId;
      const picked = document.getElementById('citizen-picked');
      if (picked) {
        picked.textContent = button.dataset.citizenName;
      }
    }
    const subject = form.querySelector('#subject');
    if (subject) {
      subject.focus();
    }
  });
}());
