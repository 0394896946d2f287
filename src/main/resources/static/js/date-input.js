// One date input everywhere. A field marked data-date-input="day" shows and takes dd/MM/yyyy,
// "month" MM/yyyy, whatever the browser's language (a native type=date follows the browser and
// swaps day and month in English). The picker is flatpickr, in Vietnamese on Vietnamese pages.
// The server reads the same patterns (platform PageDates), so the field works without script too.
(function () {
  'use strict';

  var ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
  var ISO_MONTH = /^(\d{4})-(\d{2})$/;

  // A value an older link or form left in ISO form is shown the way people read it.
  function readable(value, month) {
    var v = (value || '').trim();
    var m = month ? ISO_MONTH.exec(v) : ISO_DAY.exec(v);
    if (!m) {
      return v;
    }
    return month ? m[2] + '/' + m[1] : m[3] + '/' + m[2] + '/' + m[1];
  }

  function day(y, m, d) {
    var date = new Date(y, m - 1, d);
    return (date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d) ? date : undefined;
  }

  // What a person types: d/M/yyyy (M/yyyy), or the ISO form; never the browser's own order.
  function parse(text, month) {
    var v = String(text).trim();
    var m;
    if (month) {
      if ((m = /^(\d{1,2})\/(\d{4})$/.exec(v))) { return day(+m[2], +m[1], 1); }
      if ((m = /^(\d{4})-(\d{1,2})$/.exec(v))) { return day(+m[1], +m[2], 1); }
      return undefined;
    }
    if ((m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(v))) { return day(+m[3], +m[2], +m[1]); }
    if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(v))) { return day(+m[1], +m[2], +m[3]); }
    return undefined;
  }

  function attach(input) {
    if (input._flatpickr || typeof window.flatpickr !== 'function') {
      return;
    }
    var month = input.getAttribute('data-date-input') === 'month';
    input.value = readable(input.value, month);
    var vietnamese = (document.documentElement.lang || '').toLowerCase().indexOf('vi') === 0;
    var options = {
      allowInput: true,
      disableMobile: true,
      dateFormat: month ? 'm/Y' : 'd/m/Y',
      parseDate: function (text) { return parse(text, month); },
      ariaDateFormat: month ? 'm/Y' : 'd/m/Y',
      locale: (vietnamese && window.flatpickr.l10ns.vn) ? window.flatpickr.l10ns.vn : { firstDayOfWeek: 1 },
      minDate: readable(input.getAttribute('data-min'), month) || null,
      maxDate: readable(input.getAttribute('data-max'), month) || null
    };
    if (month && typeof window.monthSelectPlugin === 'function') {
      options.plugins = [new window.monthSelectPlugin({ shorthand: false, dateFormat: 'm/Y', altFormat: 'm/Y' })];
    }
    var picker = window.flatpickr(input, options);
    // Typing needs no calendar over the rest of the form; the typed text is read on leaving.
    input.addEventListener('input', function () {
      if (picker.isOpen) {
        picker.close();
      }
    });
    // Enter sends the form, as it does from any text field; the server reads what was typed.
    input.addEventListener('keydown', function (event) {
      if (event.key === 'Enter' && input.form) {
        event.preventDefault();
        event.stopPropagation();
        picker.close();
        input.form.requestSubmit();
      }
    });
  }

  function attachAll(root) {
    var scope = root && root.querySelectorAll ? root : document;
    if (scope.matches && scope.matches('input[data-date-input]')) {
      attach(scope);
    }
    Array.prototype.forEach.call(scope.querySelectorAll('input[data-date-input]'), attach);
  }

  document.addEventListener('DOMContentLoaded', function () {
    attachAll(document);
  });
  // Fields that htmx swaps in later get the same picker.
  document.addEventListener('htmx:load', function (event) {
    attachAll(event.detail && event.detail.elt);
  });
}());
