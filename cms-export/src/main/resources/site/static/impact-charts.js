// Draws the impact charts with Apache ECharts from each chart's data-chart attribute, on the exported site and on the
// staff pages. Canvas rendering and rich-text tooltips: no inline style attributes, which the pages' CSP refuses.
// The table after each chart carries the same figures for those who cannot see it.
(function () {
  'use strict';
  function draw() {
    if (!window.echarts) {
      return;
    }
    var lang = document.documentElement.lang || 'id';
    var number = new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'id-ID');
    document.querySelectorAll('.impact-chart[data-chart]').forEach(function (el) {
      var spec = JSON.parse(el.getAttribute('data-chart'));
      var format = function (v) { return (spec.money ? 'Rp' : '') + number.format(v); };
      el.style.height = Math.max(140, 34 * spec.labels.length + 48) + 'px';
      var chart = window.echarts.init(el, null, { renderer: 'canvas' });
      chart.setOption({
        animation: false,
        textStyle: { fontFamily: 'system-ui, sans-serif' },
        grid: { left: 8, right: 72, top: 8, bottom: 8, containLabel: true },
        xAxis: { type: 'value', minInterval: 1, axisLabel: { formatter: format } },
        yAxis: { type: 'category', data: spec.labels, inverse: true,
          axisLabel: { width: 180, overflow: 'truncate', color: '#222' } },
        tooltip: { trigger: 'axis', renderMode: 'richText', valueFormatter: format },
        series: [{ type: 'bar', data: spec.values, barMaxWidth: 22, itemStyle: { color: '#2171b5' },
          label: { show: true, position: 'right', color: '#222', formatter: function (p) { return format(p.value); } } }]
      });
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
