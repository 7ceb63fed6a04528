/* The oversight tab in the browser: Teams context and theme (teams-js), the viewer's picture from
 * /api/oversight, two charts (Chart.js) each with a table alternative, and a sortable table whose
 * numbers open the records behind them. Plain script, no build step. */
/* global window, document, location, fetch, URL, URLSearchParams, getComputedStyle, microsoftTeams, Chart */
'use strict';

const $ = (id) => document.getElementById(id);
const params = new URLSearchParams(location.search);
const state = { view: null, sort: { key: 'name', dir: 1 }, auth: {} };

function applyTheme(theme) {
  document.body.classList.remove('theme-dark', 'theme-contrast');
  if (theme === 'dark') document.body.classList.add('theme-dark');
  if (theme === 'contrast') document.body.classList.add('theme-contrast');
}

/** In Teams: the theme and a sign-in token. In a plain browser (local runs): ?as= and ?theme=. */
async function connect() {
  applyTheme(params.get('theme'));
  if (!window.microsoftTeams || window.parent === window)
    return { query: params.get('as') ? `?as=${encodeURIComponent(params.get('as'))}` : '' };
  await microsoftTeams.app.initialize();
  const context = await microsoftTeams.app.getContext();
  applyTheme(context.app.theme);
  microsoftTeams.app.registerOnThemeChangeHandler(applyTheme);
  const token = await microsoftTeams.authentication.getAuthToken();
  return { query: '', headers: { Authorization: `Bearer ${token}` } };
}

function cell(row, text, className) {
  const td = document.createElement(row.parentElement?.tagName === 'THEAD' ? 'th' : 'td');
  td.textContent = text;
  if (className) td.className = className;
  row.appendChild(td);
  return td;
}

function tableOf(table, headings, rows) {
  table.replaceChildren();
  const head = table.createTHead().insertRow();
  for (const h of headings) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = h;
    head.appendChild(th);
  }
  const body = table.createTBody();
  for (const r of rows) {
    const tr = body.insertRow();
    r.forEach((v, i) => cell(tr, String(v), i > 0 && typeof v === 'number' ? 'num' : ''));
  }
}

function showRecords(title, ids) {
  $('records-title').textContent = title;
  $('records-list').replaceChildren(...ids.map((id) => Object.assign(document.createElement('li'), { textContent: id })));
  $('records').showModal();
}

/** A number that opens its records (or plain, when there are none). */
function figureCell(tr, label, ids, alert) {
  const td = document.createElement('td');
  td.className = 'num';
  const button = Object.assign(document.createElement('button'), { type: 'button', className: 'figure', textContent: String(ids.length) });
  button.setAttribute('aria-label', `${ids.length} ${label}`);
  if (ids.length) button.addEventListener('click', () => showRecords(label, ids));
  else button.disabled = true;
  if (alert && ids.length) button.classList.add('alert');
  td.appendChild(button);
  tr.appendChild(td);
}

const COLUMNS = [
  { key: 'name', label: 'YOS', value: (y) => y.name },
  { key: 'division', label: 'Division', value: (y) => y.division },
  {
    key: 'vacancies',
    label: 'Open vacancies',
    ids: (y) =>
      y.vacancies.map(
        (v) =>
          `${v.vacancyId}: ${v.grade} ${v.fte} FTE, stage ${v.stage}, open ${v.daysOpen} days${v.nextDue ? `, stage ${v.nextStage} due ${v.nextDue}` : ''}`,
      ),
  },
  {
    key: 'trackers',
    label: 'Trackers late or missing',
    ids: (y) => y.trackers.filter((t) => t.status !== 'on time').map((t) => `${t.meetingDate}: ${t.status}`),
    alert: true,
  },
  {
    key: 'disputes',
    label: 'Disputes open',
    ids: (y) =>
      y.disputes.map((d) => `${d.disputeId}: ${d.ageDays} days${d.escalated ? ', escalated' : `, ${d.daysLeft} days left of 28`}`),
  },
  { key: 'ending', label: 'Ending within 6 months', ids: (y) => y.endingWithin6Months.ids },
  { key: 'past', label: 'Past 3 years', ids: (y) => y.pastMaximum.ids, alert: true },
  { key: 'reviews', label: 'Reviews overdue', ids: (y) => y.reviewsOverdue.ids, alert: true },
  { key: 'claims', label: 'Claims waiting', ids: (y) => y.claimsWaiting.ids },
  { key: 'po', label: 'PO FTE (min 0.5)', value: (y) => y.poFte },
];

function sortValue(column, y) {
  return column.ids ? column.ids(y).length : column.value(y);
}

function renderSummary() {
  const table = $('summary');
  table.replaceChildren();
  const head = table.createTHead().insertRow();
  for (const column of COLUMNS) {
    const th = document.createElement('th');
    th.scope = 'col';
    const sorted = state.sort.key === column.key;
    th.setAttribute('aria-sort', sorted ? (state.sort.dir > 0 ? 'ascending' : 'descending') : 'none');
    const button = Object.assign(document.createElement('button'), { type: 'button', textContent: column.label });
    button.addEventListener('click', () => {
      state.sort = { key: column.key, dir: sorted ? -state.sort.dir : 1 };
      renderSummary();
      table.querySelector(`th:nth-child(${COLUMNS.indexOf(column) + 1}) button`).focus();
    });
    th.appendChild(button);
    head.appendChild(th);
  }
  const column = COLUMNS.find((c) => c.key === state.sort.key);
  const rows = [...state.view.yos].sort((a, b) => {
    const x = sortValue(column, a);
    const y = sortValue(column, b);
    return (typeof x === 'number' ? x - y : String(x).localeCompare(String(y))) * state.sort.dir;
  });
  const body = table.createTBody();
  for (const y of rows) {
    const tr = body.insertRow();
    for (const c of COLUMNS) {
      if (c.ids) figureCell(tr, `${c.label}, ${y.name}`, c.ids(y), c.alert);
      else cell(tr, String(c.value(y)), c.key === 'po' ? `num${y.poBelowMinimum ? ' alert' : ''}` : '');
    }
  }
}

function chartColours() {
  const style = getComputedStyle(document.body);
  return {
    fg: style.getPropertyValue('--fg').trim(),
    brand: style.getPropertyValue('--brand').trim(),
    danger: style.getPropertyValue('--danger').trim(),
    warning: style.getPropertyValue('--warning').trim(),
    success: style.getPropertyValue('--success').trim(),
  };
}

function renderCharts() {
  const { view } = state;
  const colours = chartColours();
  Chart.defaults.color = colours.fg;
  const stageLabels = ['Not started', 'Stage 1', 'Stage 2', 'Stage 3', 'Stage 4', 'Stage 5'];
  const byStage = stageLabels.map((_, i) => view.yos.reduce((n, y) => n + y.vacanciesByStage[i], 0));
  new Chart($('stages-chart'), {
    type: 'bar',
    data: { labels: stageLabels, datasets: [{ label: 'Open vacancies', data: byStage, backgroundColor: colours.brand }] },
    options: { animation: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
  });
  tableOf(
    $('stages-table'),
    ['Stage', 'Open vacancies'],
    stageLabels.map((l, i) => [l, byStage[i]]),
  );
  $('stages-text').textContent = stageLabels.map((l, i) => `${l}: ${byStage[i]}`).join('; ');
  const statuses = [
    ['on time', colours.success],
    ['late', colours.warning],
    ['missing', colours.danger],
  ];
  const counts = (status) =>
    view.meetings.map((m) => view.yos.filter((y) => y.trackers.find((t) => t.meetingDate === m)?.status === status).length);
  new Chart($('trackers-chart'), {
    type: 'bar',
    data: { labels: view.meetings, datasets: statuses.map(([s, c]) => ({ label: s, data: counts(s), backgroundColor: c })) },
    options: { animation: false, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } } } },
  });
  tableOf(
    $('trackers-table'),
    ['Meeting', 'On time', 'Late', 'Missing'],
    view.meetings.map((m, i) => [m, ...statuses.map(([s]) => counts(s)[i])]),
  );
  $('trackers-text').textContent =
    view.meetings.map((m, i) => `${m}: ${statuses.map(([s]) => `${counts(s)[i]} ${s}`).join(', ')}`).join('; ') ||
    'No Governance Board meetings recorded yet.';
}

async function exportCsv() {
  const res = await fetch(`/api/oversight.csv${state.auth.query}`, { headers: state.auth.headers });
  const url = URL.createObjectURL(await res.blob());
  Object.assign(document.createElement('a'), { href: url, download: `yos-oversight-${state.view.asOf}.csv` }).click();
  URL.revokeObjectURL(url);
}

async function main() {
  try {
    state.auth = await connect();
    const res = await fetch(`/api/oversight${state.auth.query}`, { headers: state.auth.headers });
    const body = await res.json();
    if (!res.ok) throw new Error(body.error || 'The picture could not be loaded.');
    state.view = body.view;
    $('scope').textContent = `As of ${body.view.asOf}: ${body.view.yos.length} YOS (${body.basis}).`;
    for (const id of ['summary-section', 'stages-section', 'trackers-section', 'pso-section']) $(id).hidden = false;
    renderSummary();
    renderCharts();
    tableOf(
      $('pso'),
      ['Head of LDU', 'YOS', 'PSO FTE', 'Below 0.2'],
      body.view.psoClusters.map((c) => [c.headOfLdu, c.yosIds.join(', '), c.psoFte, c.belowMinimum ? 'yes' : 'no']),
    );
    $('export').addEventListener('click', exportCsv);
  } catch (err) {
    $('scope').textContent = '';
    $('problem').textContent = err.message;
    $('problem').hidden = false;
  }
  $('records-close').addEventListener('click', () => $('records').close());
}

main();
