// Draws the governance dashboard's charts from the tables beside them (no inline script: the
// content security policy allows only the portal's own files). Each table marked data-chart
// has a holder, data-chart-holder="<table id>", hidden until a chart is drawn into it, so
// without JavaScript, or without Chart.js, the page shows the tables alone.
(function () {
  'use strict';
  if (typeof window.Chart !== 'function') {
    return;
  }

  // GOV.UK Design System colours, distinguishable from one another and against white.
  var colours = ['#1d70b8', '#d4351c', '#00703c', '#f47738', '#4c2c92', '#505a5f'];

  function valueOf(cell) {
    var text = cell.getAttribute('data-value');
    return text === null || text === '' ? null : Number(text);
  }

  function draw(table) {
    var holder = document.querySelector('[data-chart-holder="' + table.id + '"]');
    if (!holder) {
      return;
    }

    var headers = Array.prototype.slice.call(table.querySelectorAll('thead th'), 1);
    var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
    var labels = rows.map(function (row) { return row.querySelector('th').getAttribute('data-label'); });
    var kind = table.getAttribute('data-chart') === 'line' ? 'line' : 'bar';
    var datasets = [];
    headers.forEach(function (header, column) {
      if (header.getAttribute('data-charted') !== 'true') {
        return;
      }

      var colour = colours[datasets.length % colours.length];
      datasets.push({
        label: header.textContent.trim(),
        data: rows.map(function (row) { return valueOf(row.querySelectorAll('td')[column]); }),
        backgroundColor: colour,
        borderColor: colour,
        borderWidth: 2,
        spanGaps: false
      });
    });

    var caption = table.querySelector('caption');
    var canvas = document.createElement('canvas');
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', 'Chart of ' + (caption ? caption.textContent.trim() : 'the figures') + '. The table below gives the same figures.');
    holder.appendChild(canvas);
    holder.hidden = false;
    new window.Chart(canvas, {
      type: kind,
      data: { labels: labels, datasets: datasets },
      options: {
        animation: false,
        responsive: true,
        aspectRatio: 2.5,
        scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
        plugins: { legend: { position: 'bottom' } }
      }
    });
  }

  Array.prototype.forEach.call(document.querySelectorAll('table[data-chart]'), draw);
})();
