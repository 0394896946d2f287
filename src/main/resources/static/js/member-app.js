// The member's phone page as an installed app (decision 0228): registers the service worker
// (/sw.js, scope /me/) that keeps this page for reading offline, tells it what the page loaded,
// shows the offline banner and turns off the buttons that need the network while offline.
(function () {
  var banner = document.getElementById('offlineBanner');
  if (!banner) {
    return;
  }
  // "true" when the service worker answered with the copy of the last visit
  var keptCopy = banner.getAttribute('data-offline-copy') === 'true';

  function show(offline) {
    banner.setAttribute('data-offline-copy', (offline || keptCopy) ? 'true' : 'false');
    Array.prototype.forEach.call(document.querySelectorAll('[data-needs-network]'), function (button) {
      button.disabled = offline || keptCopy;
    });
  }

  show(!navigator.onLine);
  window.addEventListener('offline', function () {
    show(true);
  });
  window.addEventListener('online', function () {
    if (keptCopy) {
      // back on line: the current page instead of the old copy
      window.location.reload();
    }
    else {
      show(false);
    }
  });

  if (!('serviceWorker' in navigator) || keptCopy) {
    return;
  }
  var worker = banner.getAttribute('data-worker');
  var scope = banner.getAttribute('data-scope');
  navigator.serviceWorker.register(worker, { scope: scope }).then(function () {
    return navigator.serviceWorker.ready;
  }).then(function (registration) {
    var loaded = performance.getEntriesByType('resource').map(function (entry) {
      return entry.name;
    });
    if (registration.active) {
      registration.active.postMessage({ type: 'keep', urls: [window.location.href].concat(loaded) });
    }
  }).catch(function () {
    // without a service worker the page still works, only not offline
  });
}());
