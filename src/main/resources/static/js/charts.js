// Draws every <canvas data-chart="bar|hbar|doughnut" data-labels="a|b" data-values="1|2"> with Chart.js.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof Chart === 'undefined') {
    return;
  }
  var palette = ['#b5121b', '#f2c200', '#1f6feb', '#2da44e', '#8250df', '#d1242f', '#bf8700', '#57606a'];
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var labels = canvas.dataset.labels ? canvas.dataset.labels.split('|') : [];
    var values = canvas.dataset.values ? canvas.dataset.values.split('|').map(Number) : [];
    var kind = canvas.dataset.chart;
    var horizontal = kind === 'hbar';
    var type = horizontal ? 'bar' : kind;
    new Chart(canvas, {
      type: type,
      data: { labels: labels, datasets: [{ data: values, backgroundColor: palette.slice(0, values.length) }] },
      options: {
        responsive: true,
      maintainAspectRatio: false,
        indexAxis: horizontal ? 'y' : 'x',
        plugins: { legend: { display: type !== 'bar', position: 'bottom' } },
        scales: type === 'bar' ? (horizontal ? { x: { beginAtZero: true, ticks: { precision: 0 } } }
          : { y: { beginAtZero: true, ticks: { precision: 0 } } }) : {}
      }
    });
  });
});
