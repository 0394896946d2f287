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
});
