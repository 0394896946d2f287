// Programme charts (decision 0272): per area, activities by due month (done and not done, stacked),
// and indicators as the percent of their target reached. Each chart has a data table beside it.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof Chart === 'undefined') {
    return;
  }
  var numbers = function (text) { return text ? text.split(',').map(Number) : []; };
  // A long indicator name on several lines of at most 24 characters, so that on a phone the
  // label is read whole rather than cut at the chart's left edge.
  var lines = function (label) {
    var result = [];
    label.split(' ').forEach(function (word) {
      var last = result.length - 1;
      if (last >= 0 && (result[last] + ' ' + word).length <= 24) {
        result[last] += ' ' + word;
      } else {
        result.push(word);
      }
    });
    return result;
  };
  document.querySelectorAll('canvas.dv-programme-chart').forEach(function (canvas) {
    var d = canvas.dataset;
    var labels = d.labels ? d.labels.split('|') : [];
    if (d.kind === 'timeline') {
      new Chart(canvas, {
        type: 'bar',
        data: {
          labels: labels,
          datasets: [
            { label: d.labelDone, data: numbers(d.done), backgroundColor: '#198754' },
            { label: d.labelOpen, data: numbers(d.open), backgroundColor: '#adb5bd' }
          ]
        },
        options: {
          responsive: true,
          maintainAspectRatio: false,
          plugins: { legend: { position: 'bottom' } },
          scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } }
        }
      });
    } else {
      new Chart(canvas, {
        type: 'bar',
        data: {
          labels: labels.map(lines),
          datasets: [{ label: d.labelPercent, data: numbers(d.percent), backgroundColor: '#b5121b' }]
        },
        options: {
          indexAxis: 'y',
          responsive: true,
          maintainAspectRatio: false,
          plugins: { legend: { position: 'bottom' } },
          scales: { x: { beginAtZero: true, suggestedMax: 100 } }
        }
      });
    }
  });
});
