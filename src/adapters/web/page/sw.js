// The web chat's service worker: it only shows a reminder sent by Web Push as a notification
// and opens (or brings forward) the page when the person taps it. It caches nothing and makes
// no request of its own.
'use strict';
self.addEventListener('push', function (event) {
  var data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch (_) {
    data = {};
  }
  event.waitUntil(
    self.registration.showNotification(data.title || '退款教练 · Refund coach', {
      body: data.body || '',
      tag: data.tag || 'reminder',
      icon: '/favicon.svg',
    }),
  );
});

self.addEventListener('notificationclick', function (event) {
  event.notification.close();
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then(function (list) {
      for (var i = 0; i < list.length; i++) if ('focus' in list[i]) return list[i].focus();
      return self.clients.openWindow('/');
    }),
  );
});
