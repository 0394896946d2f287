// Membership statistics: admitted and converted by unit, side by side (Chart.js).
document.addEventListener('DOMContentLoaded', function () {
  var canvas = document.getElementById('membership-chart');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  var d = canvas.dataset;
  var numbers = function (text) { return text ? text.split(',').map(Number) : []; };
  new Chart(canvas, {
    type: 'bar',
    data: {
      labels: d.labels ? d.labels.split('|') : [],
      datasets: [
        { label: d.labelAdmitted, data: numbers(d.admitted), backgroundColor: '#b5121b' },
        { label: d.labelConverted, data: numbers(d.converted), backgroundColor: '#f2c200' }
      ]
    },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      plugins: { legend: { position: 'bottom' } },
      scales: { y: { beginAtZero: true, ticks: { precision: 0 } } }
    }
  });
});
