// Confirmation for forms and buttons marked with data-confirm (the text comes from the page).
document.addEventListener('submit', function (event) {
  var form = event.target;
  var text = form.getAttribute('data-confirm');
  if (text && !window.confirm(text)) {
    event.preventDefault();
  }
}, true);
