// The service worker of the member's phone page (decision 0228), registered for the scope /me/ by
// /js/member-app.js, so only the member's pages go through it.
// - The page: from the network first; when the network fails, the copy of the last visit, with its
//   offline banner shown (the copy's data-offline-copy turns "true").
// - The static files the page uses: the kept copy at once, refreshed from the network behind it.
// Signing out deletes the kept copies (Clear-Site-Data on the sign-out answer, and dangvu.js).
'use strict';

var CACHE = 'dangvu-member-v1';
var STATIC = /^\/(css|js|webjars|images)\//;

self.addEventListener('install', function () {
  self.skipWaiting();
});

self.addEventListener('activate', function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (name) {
      return name.indexOf('dangvu-') === 0 && name !== CACHE;
    }).map(function (name) {
      return caches.delete(name);
    }));
  }).then(function () {
    return self.clients.claim();
  }));
});

function scopePath() {
  return new URL(self.registration.scope).pathname;
}

function isPage(url) {
  return url.origin === self.location.origin && url.pathname.indexOf(scopePath()) === 0;
}

function isStatic(url) {
  return url.origin === self.location.origin && STATIC.test(url.pathname);
}

// A page is kept under its path: one copy whatever the query (?lang=…).
function keepPage(cache, url, response) {
  if (response.ok && response.type === 'basic' && !response.redirected) {
    return cache.put(new URL(url).pathname, response);
  }
  return Promise.resolve();
}

function keepStatic(cache, request, response) {
  if (response.ok && response.type === 'basic') {
    return cache.put(request, response);
  }
  return Promise.resolve();
}

function offlineCopy(url) {
  return caches.open(CACHE).then(function (cache) {
    return cache.match(new URL(url).pathname, { ignoreVary: true });
  }).then(function (kept) {
    if (!kept) {
      return Response.error();
    }
    return kept.text().then(function (html) {
      var headers = new Headers(kept.headers);
      headers.delete('Content-Length');
      return new Response(html.replace('data-offline-copy="false"', 'data-offline-copy="true"'), {
        status: 200, statusText: 'OK', headers: headers
      });
    });
  });
}

function page(event) {
  var request = event.request;
  return fetch(request).then(function (response) {
    var copy = response.clone();
    event.waitUntil(caches.open(CACHE).then(function (cache) {
      return keepPage(cache, request.url, copy);
    }));
    return response;
  }, function () {
    return offlineCopy(request.url);
  });
}

function staticFile(event) {
  var request = event.request;
  return caches.open(CACHE).then(function (cache) {
    return cache.match(request, { ignoreVary: true }).then(function (kept) {
      var fresh = fetch(request).then(function (response) {
        return keepStatic(cache, request, response.clone()).then(function () {
          return response;
        });
      });
      if (kept) {
        event.waitUntil(fresh.catch(function () {
          return undefined;
        }));
        return kept;
      }
      return fresh;
    });
  });
}

self.addEventListener('fetch', function (event) {
  var request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  var url = new URL(request.url);
  if (request.mode === 'navigate') {
    if (isPage(url)) {
      event.respondWith(page(event));
    }
    return;
  }
  if (isStatic(url)) {
    event.respondWith(staticFile(event));
  }
});

// The page tells what it loaded (its own address and its static files) once the worker is
// active, so that the first visit is readable offline too.
self.addEventListener('message', function (event) {
  var data = event.data || {};
  if (data.type !== 'keep' || !Array.isArray(data.urls)) {
    return;
  }
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return Promise.all(data.urls.map(function (address) {
      var url = new URL(address, self.location.href);
      if (isPage(url)) {
        return fetch(url.pathname + url.search, { credentials: 'same-origin' }).then(function (response) {
          return keepPage(cache, url.href, response);
        }).catch(function () {
          return undefined;
        });
      }
      if (isStatic(url)) {
        return cache.match(url.href).then(function (kept) {
          return kept || fetch(url.href).then(function (response) {
            return keepStatic(cache, new Request(url.href), response);
          }).catch(function () {
            return undefined;
          });
        });
      }
      return undefined;
    }));
  }));
});
