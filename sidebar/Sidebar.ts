/**
 * The report sidebar, in the browser. One server call brings the whole report of a period
 * (sidebarGetReport); another writes the summary sheet. Every text comes from the message
 * catalogue, and the DOM is built with textContent only: agency names and explanations are
 * user text. The picture of the groups is inline SVG, so nothing is fetched from outside.
 */
import { reportMessages as T } from '../src/core/messages/report';
import { sharingMessages as S } from '../src/core/messages/sharing';
import { STATUS_COLOURS } from '../src/core/report/palette';
import type { CycleAgency, CycleView } from '../src/core/cycle/cycle';
import {
  type DetailsRequest,
  type PackedDetails,
  type PackedSidebar,
  type Unpacked,
  unpackSidebar,
} from '../src/core/report/sidebar-pack';
import type { PeriodOption, SidebarFailure, SidebarReport, WriteResult } from '../src/core/report/sidebar-payload';
import type { AgencyView, GroupView, ReportView, TierView, UnmetView } from '../src/core/report/view';
import type { RpcFailure } from '../src/appsscript/rpc';
import type { AccountAccess, SharingView } from '../src/sheets/sharing';
import { callServer } from './rpc';

const SVG = 'http://www.w3.org/2000/svg';
const BAR_WIDTH = 270;

const byId = <E extends HTMLElement>(id: string) => document.getElementById(id) as E;
const periodSelect = byId<HTMLSelectElement>('period');
const refreshButton = byId<HTMLButtonElement>('refresh');
const writeButton = byId<HTMLButtonElement>('write');
const statusBox = byId<HTMLDivElement>('status');
const noticeBox = byId<HTMLDivElement>('notice');
const reportBox = byId<HTMLElement>('report');
const writeBox = byId<HTMLDivElement>('write-result');
const closeButton = byId<HTMLButtonElement>('close');
const sharingBox = byId<HTMLElement>('sharing');
const sharingList = byId<HTMLDivElement>('sharing-list');
const sharingResult = byId<HTMLDivElement>('sharing-result');
const shareButton = byId<HTMLButtonElement>('share');
const sharingByHand = byId<HTMLDivElement>('sharing-by-hand');
/** The accounts the share button's confirmation names: exactly what the server is asked to share. */
let toShare: string[] = [];

let current: SidebarReport | null = null;
/** The payload shown, the details asked for since, and both unpacked (core/report/sidebar-pack.ts). */
let packed: PackedSidebar | null = null;
let details: PackedDetails[] = [];
let unpacked: Unpacked | null = null;
/** Answers to older requests are dropped: the person may switch periods quickly. */
let request = 0;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text = ''): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text) node.textContent = text;
  return node;
}

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number>,
): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}

const _percent = (share: number) => `${Math.round(share * 100)}%`;

function showNotice(box: HTMLDivElement, text: string, kind: '' | 'error' | 'done' = ''): void {
  box.hidden = !text;
  box.className = kind ? `notice ${kind}` : 'notice';
  box.textContent = text;
}

function setBusy(text: string): void {
  const busy = !!text;
  periodSelect.disabled = busy;
  refreshButton.disabled = busy;
  writeButton.disabled = busy || !current?.report;
  closeButton.disabled = busy;
  statusBox.replaceChildren();
  if (busy) statusBox.append(el('span', 'spinner'), el('span', '', text));
}

function fillPeriods(periods: PeriodOption[], chosen: string): void {
  periodSelect.replaceChildren(
    ...periods.map((p) => {
      const option = el('option', '', p.closed ? `${p.name} (${T.sidebarClosedMark})` : p.name);
      option.value = p.name;
      option.selected = p.name === chosen;
      return option;
    }),
  );
}

function tile(kind: string, label: string, value: number, sub = ''): HTMLElement {
  const box = el('div', `tile ${kind}`);
  box.dataset.total = kind;
  box.append(el('div', 'label', label), el('div', 'value', String(value)));
  if (sub) box.append(el('div', 'sub', sub));
  return box;
}

function totals(view: ReportView): HTMLElement {
  const t = view.totals;
  const box = el('div', 'tiles');
  box.append(
    tile('indicators', T.sidebarTotalIndicators, t.total),
    tile('met', T.reportStatus.met, t.met, T.sidebarMetOfWhichExceeded(t.exceeded)),
    tile('unmet', T.reportStatus.unmet, t.unmet),
    tile('missing', T.reportStatus.missing, t.missing),
  );
  return box;
}

const SEGMENTS = [
  { key: 'met', colour: STATUS_COLOURS.met, label: T.reportStatus.met },
  { key: 'unmet', colour: STATUS_COLOURS.unmet, label: T.reportStatus.unmet },
  { key: 'missing', colour: STATUS_COLOURS.missing, label: T.reportStatus.missing },
] as const;

function legend(): HTMLElement {
  const box = el('div', 'legend');
  for (const s of SEGMENTS) {
    const item = el('span', '', s.label);
    const swatch = el('i');
    swatch.style.background = s.colour;
    item.prepend(swatch);
    box.append(item);
  }
  return box;
}

/** One stacked bar per group (met, unmet, not reported), as a share of the group's indicators. */
function groupBar(group: GroupView): SVGSVGElement {
  const picture = svg('svg', { width: BAR_WIDTH, height: 14, viewBox: `0 0 ${BAR_WIDTH} 14`, role: 'img' });
  const title = svg('title', {});
  title.textContent = `${group.label}: ${SEGMENTS.map((s) => `${s.label} ${group[s.key]}`).join(', ')}`;
  picture.append(title, svg('rect', { x: 0, y: 0, width: BAR_WIDTH, height: 14, fill: '#f1f3f4' }));
  let x = 0;
  for (const s of SEGMENTS) {
    const width = group.total ? (group[s.key] / group.total) * BAR_WIDTH : 0;
    if (width > 0) picture.append(svg('rect', { x, y: 0, width, height: 14, fill: s.colour, 'data-segment': s.key }));
    x += width;
  }
  return picture;
}

function groups(view: ReportView): HTMLElement {
  const box = el('div');
  box.setAttribute('aria-label', T.sidebarGroupsChart);
  box.append(legend());
  for (const group of view.groups) {
    const row = el('div', 'group');
    row.dataset.group = group.label;
    const counts = el('div', 'counts');
    SEGMENTS.forEach((s, i) => {
      const part = el('span', '', `${i ? ' · ' : ''}${s.label} `);
      const number = el('b', '', String(group[s.key]));
      number.dataset.count = s.key;
      part.append(number);
      counts.append(part);
    });
    row.append(el('div', '', group.label), groupBar(group), counts);
    box.append(row);
  }
  return box;
}

function tiers(list: TierView[]): HTMLElement {
  const box = el('ol');
  for (const t of list) {
    const item = el('li', t.passed ? 'passed' : t.reported ? 'failed' : 'absent');
    item.dataset.unit = t.unit;
    item.dataset.rank = String(t.rank);
    item.value = t.rank;
    item.append(el('b', '', t.unit), el('span', '', ` — ${t.verdict}`));
    box.append(item);
  }
  return box;
}

function lateLines(a: AgencyView): HTMLElement {
  if (a.reported === 0) return el('div', 'muted', T.summaryNothingReported(a.assigned));
  const list = el('ul');
  for (const line of a.missingLines) list.append(el('li', '', line.code ? `${line.code}. ${line.text}` : line.text));
  return list;
}

/**
 * A details box whose content may wait for the server: filled at once when the lines came with
 * the report, else on first opening (sidebarGetDetails), then filled again from the answer.
 */
function onDemand(box: HTMLDetailsElement, sheet: string, fill: () => HTMLElement): void {
  let body = fill();
  box.append(body);
  if (!unpacked?.pending.has(sheet)) return;
  const mine = packed;
  box.addEventListener('toggle', function loadOnce() {
    if (!box.open) return;
    box.removeEventListener('toggle', loadOnce);
    const loading = el('div', 'muted', T.sidebarLoadingLines);
    body.replaceWith(loading);
    // No unmet page with the lines: those come with the "more" button, in order.
    fetchDetails({ sheets: [sheet], unmetFrom: Number.MAX_SAFE_INTEGER }, mine).then(() => {
      body = fill();
      loading.replaceWith(body);
    });
  });
}

function lateAgency(a: AgencyView): HTMLElement {
  const box = el('details');
  box.dataset.agency = a.name;
  const summary = el('summary', '', `${a.name} `);
  summary.append(el('span', 'count', `(${T.sidebarLateCount(a.reported, a.assigned)})`));
  box.append(summary);
  onDemand(box, a.sheet, () => lateLines(agencyNamed(a.sheet) ?? a));
  return box;
}

const agencyNamed = (sheet: string) => unpacked?.response.report?.agencies.find((x) => x.sheet === sheet);
const chasedNamed = (sheet: string) => unpacked?.response.cycle?.agencies.find((x) => x.sheet === sheet);

/** Asks for what the payload left out and merges it in; resolves once merged (or dropped). */
function fetchDetails(ask: DetailsRequest, forPayload: PackedSidebar | null): Promise<void> {
  if (!forPayload) return Promise.resolve();
  return callServer('sidebarGetDetails', forPayload.period, ask).then(
    (answer: PackedDetails | SidebarFailure | RpcFailure) => {
      if (packed !== forPayload) return;
      if (!answer.ok) {
        showNotice(noticeBox, answer.message, 'error');
        return;
      }
      details.push(answer);
      unpacked = unpackSidebar(forPayload, details);
      current = unpacked.response;
    },
    () => {
      if (packed === forPayload) showNotice(noticeBox, T.sidebarTransportError, 'error');
    },
  );
}

function unmetCard(indicator: UnmetView): HTMLElement {
  const card = el('div', 'card');
  card.dataset.indicator = indicator.code;
  card.append(el('div', 'title', indicator.code ? `${indicator.code}. ${indicator.text}` : indicator.text));
  if (indicator.section) card.append(el('div', 'muted', indicator.section));
  for (const line of indicator.lines) {
    const row = el('div', 'line');
    row.dataset.agency = line.agency;
    row.append(
      el('div', '', line.agency),
      el(
        'div',
        'muted',
        `${T.sidebarTarget}: ${line.target} · ${T.sidebarResult}: ${line.result} (${line.statusText})`,
      ),
    );
    if (line.evidence) row.append(el('div', 'muted evidence', `${T.sidebarEvidence}: ${line.evidence}`));
    row.append(
      el(
        'div',
        line.explanation ? 'explanation' : 'explanation muted',
        line.explanation ? `${T.sidebarExplanation}: ${line.explanation}` : T.sidebarNoExplanation,
      ),
    );
    card.append(row);
  }
  return card;
}

function section(title: string, content: HTMLElement | string, name: string): HTMLElement {
  const box = el('section');
  box.dataset.section = name;
  box.append(el('h2', '', title), typeof content === 'string' ? el('div', 'muted', content) : content);
  return box;
}

function reminderBody(a: CycleAgency): HTMLElement {
  const body = el('div');
  if (a.mailto) {
    const link = el('a', 'mail', T.sidebarSendReminder);
    link.href = a.mailto;
    link.target = '_blank';
    body.append(link);
  } else {
    body.append(el('div', 'muted', T.sidebarNoEmail));
  }
  const text = el('textarea');
  text.readOnly = true;
  text.value = `${a.subject}\n\n${a.body}`;
  text.setAttribute('aria-label', T.sidebarReminderText);
  body.append(text);
  return body;
}

/** One agency to chase: what is missing, a mailto reminder, and the text to copy. */
function reminder(a: CycleAgency): HTMLElement {
  const box = el('details');
  box.dataset.reminder = a.name;
  const summary = el('summary', '', `${a.name} `);
  summary.append(el('span', 'count', `(${a.statusText})`));
  box.append(summary);
  onDemand(box, a.sheet, () => reminderBody(chasedNamed(a.sheet) ?? a));
  return box;
}

function reminders(cycle: CycleView): HTMLElement {
  const box = el('div');
  box.append(el('div', 'muted', T.sidebarDeadline(cycle.deadlineText, cycle.deadlinePassed)));
  const chase = cycle.agencies.filter((a) => a.status !== 'on-time');
  if (chase.length === 0) box.append(el('div', 'muted', T.sidebarAllOnTime));
  box.append(...chase.map(reminder));
  return box;
}

function render(view: ReportView, cycle: CycleView | null): void {
  const parts = [
    section(T.sidebarTotalsTitle, totals(view), 'totals'),
    section(T.sidebarGroupsTitle, groups(view), 'groups'),
  ];
  if (view.tiers) parts.push(section(T.sidebarTiersTitle, tiers(view.tiers), 'tiers'));
  const late = el('div');
  late.append(...view.late.map(lateAgency));
  parts.push(section(T.sidebarLateTitle, view.late.length ? late : T.sidebarLateNone, 'late'));
  if (cycle) parts.push(section(T.sidebarRemindersTitle, reminders(cycle), 'reminders'));
  const unmet = el('div');
  unmet.append(...view.unmet.map(unmetCard));
  if (view.unmet.length) moreUnmet(unmet);
  parts.push(section(T.sidebarUnmetTitle, view.unmet.length ? unmet : T.sidebarUnmetNone, 'unmet'));
  reportBox.replaceChildren(...parts);
}

/** A button under the unmet cards while some are still on the server: each click brings a page more. */
function moreUnmet(list: HTMLElement): void {
  const left = unpacked?.unmetLeft ?? 0;
  if (left <= 0) return;
  const button = el('button', 'more', T.sidebarMoreUnmet(left));
  const mine = packed;
  button.addEventListener('click', () => {
    const shown = unpacked?.response.report?.unmet.length ?? 0;
    button.disabled = true;
    fetchDetails({ sheets: [], unmetFrom: shown }, mine).then(() => {
      const cards = unpacked?.response.report?.unmet ?? [];
      button.remove();
      list.append(...cards.slice(shown).map(unmetCard));
      moreUnmet(list);
    });
  });
  list.append(button);
}

function failed(): void {
  setBusy('');
  showNotice(noticeBox, T.sidebarTransportError, 'error');
}

function load(period: string, clearMessage = true): void {
  const mine = ++request;
  setBusy(T.sidebarLoading);
  if (clearMessage) showNotice(writeBox, '');
  callServer('sidebarGetReport', period).then(
    (answer: PackedSidebar | SidebarFailure | RpcFailure) => {
      if (mine !== request) return;
      if (!answer.ok) {
        setBusy('');
        showNotice(noticeBox, answer.message, 'error');
        return;
      }
      packed = answer;
      details = [];
      unpacked = unpackSidebar(answer);
      const response = unpacked.response;
      current = response;
      fillPeriods(response.periods, response.period);
      showNotice(noticeBox, response.notice);
      if (response.report) render(response.report, response.cycle);
      else reportBox.replaceChildren();
      showCloseButton(response);
      setBusy('');
    },
    () => mine === request && failed(),
  );
}

function writeSummary(): void {
  if (!current?.report) return;
  const mine = ++request;
  setBusy(T.sidebarWriting);
  showNotice(writeBox, '');
  callServer('sidebarWriteSummary', current.period).then(
    (result: WriteResult | RpcFailure) => {
      if (mine !== request) return;
      setBusy('');
      showNotice(writeBox, result.message, result.ok ? 'done' : 'error');
    },
    () => mine === request && failed(),
  );
}

/** Closing is offered for a period with a report that is still open; the first click asks again. */
function showCloseButton(response: SidebarReport): void {
  const open = !!response.report && !!response.cycle && !response.cycle.closed;
  closeButton.hidden = !open;
  closeButton.classList.remove('confirm');
  closeButton.textContent = T.sidebarCloseButton(response.period);
}

function closePeriod(): void {
  if (!current?.report) return;
  if (!closeButton.classList.contains('confirm')) {
    closeButton.classList.add('confirm');
    closeButton.textContent = T.sidebarCloseConfirm;
    return;
  }
  const mine = ++request;
  const period = current.period;
  setBusy(T.sidebarClosing);
  callServer('sidebarClosePeriod', period).then(
    (result: WriteResult | RpcFailure) => {
      if (mine !== request) return;
      setBusy('');
      showNotice(writeBox, result.message, result.ok ? 'done' : 'error');
      if (result.ok) load(period, false);
    },
    () => mine === request && failed(),
  );
}

function accountList(accounts: AccountAccess[]): HTMLElement {
  const list = el('ul', 'access');
  if (accounts.length === 0) list.append(el('li', 'muted', S.sidebarNoEmails));
  for (const a of accounts) {
    const item = el(
      'li',
      a.hasAccess ? 'yes' : 'no',
      `${a.email} — ${a.hasAccess ? S.sidebarHasAccess : S.sidebarNoAccess}`,
    );
    item.dataset.account = a.email;
    item.dataset.access = a.hasAccess ? 'yes' : 'no';
    list.append(item);
  }
  return list;
}

function accessGroup(who: string, accounts: AccountAccess[]): HTMLElement {
  const box = el('details');
  box.dataset.access = who;
  const summary = el('summary', '', `${who} `);
  summary.append(el('span', 'count', `(${accounts.filter((a) => a.hasAccess).length}/${accounts.length})`));
  box.open = accounts.some((a) => !a.hasAccess);
  box.append(summary, accountList(accounts));
  return box;
}

/** Who of the listed accounts can edit the file; the share button asks twice, naming every account. */
function renderSharing(view: SharingView | RpcFailure): void {
  sharingBox.hidden = false;
  if (!view.ok) {
    sharingList.replaceChildren();
    showNotice(sharingResult, view.message, 'error');
    shareButton.hidden = true;
    return;
  }
  sharingList.replaceChildren(
    ...view.agencies.map((a) => accessGroup(a.sheet || a.name, a.accounts)),
    accessGroup(S.shareSecretariatGroup, view.secretariat),
  );
  toShare = view.missing;
  shareButton.hidden = toShare.length === 0;
  shareButton.classList.remove('confirm');
  shareButton.textContent = S.sidebarShareButton(toShare.length);
  sharingByHand.textContent = toShare.length === 0 ? S.sidebarAllShared : view.byHand;
}

function loadSharing(): void {
  callServer('sidebarGetSharing').then(renderSharing, () =>
    showNotice(sharingResult, T.sidebarTransportError, 'error'),
  );
}

function share(): void {
  if (toShare.length === 0) return;
  if (!shareButton.classList.contains('confirm')) {
    shareButton.classList.add('confirm');
    shareButton.textContent = S.sidebarShareConfirm(toShare);
    return;
  }
  shareButton.disabled = true;
  showNotice(sharingResult, S.sidebarSharing);
  callServer('sidebarShareFile', toShare).then(
    (result) => {
      shareButton.disabled = false;
      showNotice(sharingResult, result.message, result.ok ? 'done' : 'error');
      loadSharing();
    },
    () => {
      shareButton.disabled = false;
      showNotice(sharingResult, T.sidebarTransportError, 'error');
    },
  );
}

byId('sharing-title').textContent = S.sidebarSharingTitle;
byId('sharing-intro').textContent = S.sidebarSharingIntro;
shareButton.addEventListener('click', share);
byId('period-label').textContent = T.sidebarPeriodLabel;
closeButton.addEventListener('click', closePeriod);
refreshButton.textContent = T.sidebarRefresh;
writeButton.textContent = T.sidebarWriteButton;
periodSelect.addEventListener('change', () => load(periodSelect.value));
refreshButton.addEventListener('click', () => load(periodSelect.value));
writeButton.addEventListener('click', writeSummary);
load('');
loadSharing();
