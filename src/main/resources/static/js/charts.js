// Draws the charts of a page with ECharts (served from the app). Each chart is a
// <figure data-chart-url data-chart-kind data-label-…> (templates/dashboards/charts.html): the
// numbers are fetched as JSON from data-chart-url with the page's session, drawn, and written
// into a table below the chart as its text alternative. data-chart-state says how it went:
// loading, drawn, empty or error. Charts follow the width of the page (phones turned around).
(function () {
  'use strict';

  var CATEGORIES = ['SERVICE', 'DELIBERATION', 'SUPERVISION', 'EXEMPLARY'];
  var COLOURS = ['#b71c1c', '#1565c0', '#2e7d32', '#ef6c00', '#6d4c41', '#455a64'];

  function label(figure, name) {
    return figure.getAttribute('data-label-' + name) || name;
  }

  function quarterName(figure, quarter) {
    return label(figure, 'quarter').replace('{0}', quarter);
  }

  function categoryLabel(figure, category) {
    return label(figure, category.toLowerCase());
  }

  function setStatus(figure, state, text) {
    figure.setAttribute('data-chart-state', state);
    var status = figure.querySelector('[data-chart-status]');
    if (status) {
      status.textContent = text || '';
      status.hidden = !text;
    }
  }

  // The text alternative: a table with a header row and one row per line of data.
  function writeTable(figure, header, rows) {
    var holder = figure.querySelector('[data-chart-table]');
    if (!holder) {
      return;
    }
    var table = document.createElement('table');
    table.className = 'table table-sm lz-nowrap lz-table mb-0';
    var caption = figure.querySelector('figcaption');
    if (caption) {
      var c = document.createElement('caption');
      c.className = 'visually-hidden';
      c.textContent = caption.textContent;
      table.appendChild(c);
    }
    var head = table.createTHead().insertRow();
    header.forEach(function (text, i) {
      var th = document.createElement('th');
      th.scope = 'col';
      th.textContent = text;
      if (i > 0) {
        th.className = 'text-end';
      }
      head.appendChild(th);
    });
    var body = table.createTBody();
    rows.forEach(function (cells) {
      var tr = body.insertRow();
      cells.forEach(function (value, i) {
        var cell;
        if (i === 0) {
          cell = document.createElement('th');
          cell.scope = 'row';
          tr.appendChild(cell);
        } else {
          cell = tr.insertCell();
          cell.className = 'text-end';
        }
        cell.textContent = String(value);
      });
    });
    holder.replaceChildren(table);
  }

  function bar(name, data, extra) {
    var series = { name: name, type: 'bar', data: data, emphasis: { focus: 'series' } };
    Object.keys(extra || {}).forEach(function (k) { series[k] = extra[k]; });
    return series;
  }

  // Points by quarter and category, stacked; for a representative also the running total.
  function quarters(figure, data, cumulative) {
    var names = data.quarters.map(function (q) { return quarterName(figure, q.quarter); });
    var series = CATEGORIES.map(function (category) {
      return bar(categoryLabel(figure, category), data.quarters.map(function (q) { return q.byCategory[category]; }),
        { stack: 'points' });
    });
    series.push(bar(label(figure, 'adjustments'), data.quarters.map(function (q) { return q.adjustments; }),
      { stack: 'points' }));
    var running = 0;
    var totals = data.quarters.map(function (q) { running += q.total; return running; });
    if (cumulative) {
      series.push({ name: label(figure, 'cumulative'), type: 'line', data: totals, symbolSize: 8 });
    }
    var header = [label(figure, 'period')].concat(CATEGORIES.map(function (c) { return categoryLabel(figure, c); }),
      [label(figure, 'adjustments'), label(figure, 'total')], cumulative ? [label(figure, 'cumulative')] : []);
    var rows = data.quarters.map(function (q, i) {
      return [names[i]].concat(CATEGORIES.map(function (c) { return q.byCategory[c]; }), [q.adjustments, q.total],
        cumulative ? [totals[i]] : []);
    });
    return {
      empty: data.quarters.every(function (q) {
        return q.total === 0 && CATEGORIES.every(function (c) { return q.byCategory[c] === 0; }) && q.adjustments === 0;
      }),
      header: header,
      rows: rows,
      option: {
        color: COLOURS,
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { type: 'scroll', top: 0 },
        grid: { left: 8, right: 8, bottom: 8, top: 40, containLabel: true },
        xAxis: { type: 'category', data: names },
        yAxis: { type: 'value' },
        series: series
      }
    };
  }

  function distribution(figure, data) {
    var names = data.buckets.map(function (b) { return b.from + '–' + b.to; });
    return {
      empty: data.representatives === 0,
      header: [label(figure, 'range'), label(figure, 'count')],
      rows: data.buckets.map(function (b, i) { return [names[i], b.count]; }),
      option: {
        color: COLOURS,
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        grid: { left: 8, right: 8, bottom: 8, top: 32, containLabel: true },
        xAxis: { type: 'category', data: names, name: label(figure, 'range'), nameLocation: 'middle', nameGap: 28,
          axisLabel: { hideOverlap: true } },
        yAxis: { type: 'value', name: label(figure, 'count'), minInterval: 1 },
        series: [bar(label(figure, 'count'), data.buckets.map(function (b) { return b.count; }),
          { barCategoryGap: '10%', label: { show: true, position: 'top' } })]
      }
    };
  }

  // Workstations side by side: horizontal bars (long Chinese names read well on a phone), the
  // average per representative below, the sum on a second axis above, the district's average marked.
  function workstations(figure, data) {
    var list = data.workstations.slice().reverse();
    var names = list.map(function (w) { return w.name; });
    return {
      empty: data.workstations.length === 0,
      height: Math.max(280, 48 * list.length + 100),
      header: [label(figure, 'workstation'), label(figure, 'representatives'), label(figure, 'sum'),
        label(figure, 'average')],
      rows: data.workstations.map(function (w) { return [w.name, w.representatives, w.total, w.average]; })
        .concat([[label(figure, 'district-average'), '', '', data.districtAverage]]),
      option: {
        color: COLOURS,
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { top: 0 },
        grid: { left: 8, right: 16, bottom: 8, top: 56, containLabel: true },
        yAxis: { type: 'category', data: names, axisLabel: { width: 120, overflow: 'truncate' } },
        xAxis: [
          { type: 'value', name: label(figure, 'average'), position: 'bottom' },
          { type: 'value', name: label(figure, 'sum'), position: 'top', splitLine: { show: false } }
        ],
        series: [
          bar(label(figure, 'average'), list.map(function (w) { return w.average; }), {
            xAxisIndex: 0,
            markLine: { symbol: 'none', data: [{ name: label(figure, 'district-average'), xAxis: data.districtAverage }],
              label: { position: 'insideEndTop', formatter: label(figure, 'district-average') + ' {c}' } }
          }),
          bar(label(figure, 'sum'), list.map(function (w) { return w.total; }), { xAxisIndex: 1 })
        ]
      }
    };
  }

  var KINDS = {
    'quarters': function (figure, data) { return quarters(figure, data, false); },
    'representative-quarters': function (figure, data) { return quarters(figure, data, true); },
    'distribution': distribution,
    'workstations': workstations
  };

  var drawn = [];

  // A chart follows its box: the window turned or resized, a column of the grid wrapping.
  var observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(function (entries) {
    entries.forEach(function (entry) {
      var chart = window.echarts.getInstanceByDom(entry.target);
      if (chart) {
        chart.resize();
      }
    });
  });

  function draw(figure) {
    var kind = KINDS[figure.getAttribute('data-chart-kind')];
    var canvas = figure.querySelector('[data-chart-canvas]');
    if (!kind || !canvas || typeof window.echarts === 'undefined') {
      setStatus(figure, 'error', label(figure, 'error'));
      return;
    }
    fetch(figure.getAttribute('data-chart-url'), {
      credentials: 'same-origin',
      headers: { 'Accept': 'application/json' }
    }).then(function (response) {
      if (!response.ok) {
        throw new Error('HTTP ' + response.status);
      }
      return response.json();
    }).then(function (data) {
      var chart = kind(figure, data);
      writeTable(figure, chart.header, chart.rows);
      if (chart.empty) {
        canvas.hidden = true;
        setStatus(figure, 'empty', label(figure, 'empty'));
        return;
      }
      canvas.style.height = (chart.height || 320) + 'px';
      var instance = window.echarts.init(canvas, null, { renderer: 'canvas' });
      instance.setOption(chart.option);
      drawn.push(instance);
      if (observer) {
        observer.observe(canvas);
      }
      setStatus(figure, 'drawn', '');
    }).catch(function () {
      canvas.hidden = true;
      setStatus(figure, 'error', label(figure, 'error'));
    });
  }

  function resizeAll() {
    drawn.forEach(function (chart) { chart.resize(); });
  }

  var pending;
  window.addEventListener('resize', function () {
    clearTimeout(pending);
    pending = setTimeout(resizeAll, 100);
  });

  Array.prototype.forEach.call(document.querySelectorAll('[data-chart-url]'), draw);
})();
