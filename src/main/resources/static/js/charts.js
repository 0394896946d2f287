// Draws every <canvas data-chart="bar|hbar|line|doughnut" data-labels="a|b" data-values="1|2"> with Chart.js.
// An empty value is a gap (a month without data); data-max fixes the top of the scale (100 for percents);
// data-colors="#hex|#hex" gives each value its colour (grades: good green, poor red) instead of the palette.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof Chart === 'undefined') {
    return;
  }
  var palette = ['#b5121b', '#f2c200', '#1f6feb', '#2da44e', '#8250df', '#d1242f', '#bf8700', '#57606a'];
  document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
    var labels = canvas.dataset.labels ? canvas.dataset.labels.split('|') : [];
    var values = canvas.dataset.values ? canvas.dataset.values.split('|').map(function (v) {
      return v === '' ? null : Number(v);
    }) : [];
    var kind = canvas.dataset.chart;
    var horizontal = kind === 'hbar';
    var type = horizontal ? 'bar' : kind;
    var line = type === 'line';
    var max = canvas.dataset.max ? Number(canvas.dataset.max) : undefined;
    var colors = canvas.dataset.colors ? canvas.dataset.colors.split('|') : palette;
    var dataset = line
      ? { data: values, borderColor: colors[0], backgroundColor: colors[0], spanGaps: false, tension: 0.2 }
      : { data: values, backgroundColor: colors.slice(0, values.length) };
    new Chart(canvas, {
      type: type,
      data: { labels: labels, datasets: [dataset] },
      options: {
        responsive: true,
        maintainAspectRatio: false,
        indexAxis: horizontal ? 'y' : 'x',
        plugins: { legend: { display: type === 'doughnut', position: 'bottom' } },
        scales: (type === 'bar' || line) ? (horizontal ? { x: { beginAtZero: true, max: max, ticks: { precision: 0 } } }
          : { y: { beginAtZero: true, max: max, ticks: { precision: 0 } } }) : {}
      }
    });
  });
});
