// Confirmation for forms and buttons marked with data-confirm (the text comes from the page).
document.addEventListener('submit', function (event) {
  var form = event.target;
  var text = form.getAttribute('data-confirm');
  if (text && !window.confirm(text)) {
    event.preventDefault();
  }
}, true);

// Behaviour that used to sit in inline handlers, which the Content-Security-Policy forbids
// (decision 0168): copy a field's value (data-copy-from), submit a form when a field changes.
document.addEventListener('click', function (event) {
  var button = event.target.closest('[data-copy-from]');
  if (!button) {
    return;
  }
  var source = document.getElementById(button.getAttribute('data-copy-from'));
  if (source && navigator.clipboard) {
    navigator.clipboard.writeText(source.value);
  }
  var label = button.querySelector('span');
  if (label && button.dataset.done) {
    label.textContent = button.dataset.done;
  }
});
document.addEventListener('change', function (event) {
  var field = event.target;
  if (field.form && field.hasAttribute('data-submit-on-change')) {
    field.form.submit();
  }
  // A choice that implies another field's value (a progress "Đã xong" is 100 %): data-sets-field
  // names the field of the same form, data-sets-value its value; the person sees it change.
  if (field.form && field.checked && field.hasAttribute('data-sets-field')) {
    var target = field.form.elements[field.getAttribute('data-sets-field')];
    if (target) {
      target.value = field.getAttribute('data-sets-value');
    }
  }
});

// Tables marked dv-cards turn into cards on a phone (dangvu.css): each cell gets its column's
// header as data-label. Runs for the page and for what htmx swaps in.
(function () {
  function label(root) {
    var scope = root && root.querySelectorAll ? root : document;
    Array.prototype.forEach.call(scope.querySelectorAll('table.dv-cards'), function (table) {
      var heads = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) {
        return th.textContent.trim();
      });
      Array.prototype.forEach.call(table.querySelectorAll('tbody > tr'), function (row) {
        Array.prototype.forEach.call(row.children, function (cell, i) {
          if (heads[i] && !cell.hasAttribute('data-label') && !cell.classList.contains('dv-card-title')
              && !cell.classList.contains('dv-card-nolabel')) {
            cell.setAttribute('data-label', heads[i]);
          }
        });
      });
    });
  }
  document.addEventListener('DOMContentLoaded', function () { label(document); });
  document.addEventListener('htmx:load', function (event) { label(event.detail && event.detail.elt); });
}());

// A search box that fills a list (data-results names the list's id, e.g. the admission form's
// person picker): Enter or the down arrow moves to the list instead of submitting the form.
document.addEventListener('keydown', function (event) {
  var field = event.target;
  if (!field.hasAttribute || !field.hasAttribute('data-results')
      || (event.key !== 'Enter' && event.key !== 'ArrowDown')) {
    return;
  }
  var list = document.getElementById(field.getAttribute('data-results'));
  event.preventDefault();
  if (list && list.options.length > 1) {
    list.focus();
  }
});

// Signing out, and the sign-in page, delete the copies the member's phone page keeps for reading
// offline (decision 0228): on a shared phone the next person must not read them. The sign-out
// answer also carries Clear-Site-Data; this covers browsers that ignore it.
(function () {
  function forget() {
    if (!window.caches) {
      return Promise.resolve();
    }
    return window.caches.keys().then(function (names) {
      return Promise.all(names.filter(function (name) {
        return name.indexOf('dangvu-') === 0;
      }).map(function (name) {
        return window.caches.delete(name);
      }));
    }).catch(function () {
      return undefined;
    });
  }
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.hasAttribute('data-forget-offline') || event.defaultPrevented || form.dataset.forgotten) {
      return;
    }
    event.preventDefault();
    form.dataset.forgotten = 'true';
    forget().then(function () {
      form.submit();
    });
  });
  document.addEventListener('DOMContentLoaded', function () {
    if (document.querySelector('[data-forget-offline-on-load]')) {
      forget();
    }
  });
}());
