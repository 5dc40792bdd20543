/**
 * HtmlService: outputs and templates from strings or from project files (a name → HTML map).
 * Templates support the three scriptlet kinds: <?= escaped ?>, <?!= raw ?> and <? code ?>,
 * with the template's properties in scope, which is how Apps Script runs them.
 */
import type { CallCounter } from './calls';
import { ScriptError, messages } from './errors';
import type { HtmlServiceApi } from '../../sheets/gas';
import HTML = GoogleAppsScript.HTML;
import Base = GoogleAppsScript.Base;

/** Apps Script's default sidebar width, in pixels. */
const DEFAULT_WIDTH = 300;
const DEFAULT_HEIGHT = 500;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

class FakeMetaTag implements HTML.HtmlOutputMetaTag {
  constructor(
    private readonly name: string,
    private readonly content: string,
  ) {}
  getContent(): string {
    return this.content;
  }
  getName(): string {
    return this.name;
  }
}

export class FakeHtmlOutput implements HTML.HtmlOutput {
  private title = '';
  private width = DEFAULT_WIDTH;
  private height = DEFAULT_HEIGHT;
  private favicon = '';
  private readonly meta: { name: string; content: string }[] = [];

  constructor(
    private readonly calls: CallCounter,
    private content: string,
  ) {}

  private hit(method: string): void {
    this.calls.hit('HtmlOutput', method);
  }

  /** What a dialog or sidebar displays; for the engine's UI log, not counted. */
  shown(): { title: string; html: string; width: number; height: number } {
    return { title: this.title, html: this.content, width: this.width, height: this.height };
  }

  addMetaTag(name: string, content: string): this {
    this.hit('addMetaTag');
    this.meta.push({ name, content });
    return this;
  }
  append(addedContent: string): this {
    this.hit('append');
    this.content += addedContent;
    return this;
  }
  appendUntrusted(addedContent: string): this {
    this.hit('appendUntrusted');
    this.content += escapeHtml(addedContent);
    return this;
  }
  asTemplate(): HTML.HtmlTemplate {
    this.hit('asTemplate');
    return new FakeHtmlTemplate(this.calls, this.content);
  }
  clear(): this {
    this.hit('clear');
    this.content = '';
    return this;
  }
  getAs(): Base.Blob {
    this.hit('getAs');
    throw new ScriptError(messages.notSupported('HtmlOutput.getAs'));
  }
  getBlob(): Base.Blob {
    this.hit('getBlob');
    throw new ScriptError(messages.notSupported('HtmlOutput.getBlob'));
  }
  getContent(): string {
    this.hit('getContent');
    return this.content;
  }
  getFaviconUrl(): string {
    this.hit('getFaviconUrl');
    return this.favicon;
  }
  getHeight(): number {
    this.hit('getHeight');
    return this.height;
  }
  getMetaTags(): HTML.HtmlOutputMetaTag[] {
    this.hit('getMetaTags');
    return this.meta.map((m) => new FakeMetaTag(m.name, m.content));
  }
  getTitle(): string {
    this.hit('getTitle');
    return this.title;
  }
  getWidth(): number {
    this.hit('getWidth');
    return this.width;
  }
  setContent(content: string): this {
    this.hit('setContent');
    this.content = content;
    return this;
  }
  setFaviconUrl(iconUrl: string): this {
    this.hit('setFaviconUrl');
    this.favicon = iconUrl;
    return this;
  }
  setHeight(height: number): this {
    this.hit('setHeight');
    this.height = height;
    return this;
  }
  setSandboxMode(): this {
    this.hit('setSandboxMode');
    return this;
  }
  setTitle(title: string): this {
    this.hit('setTitle');
    this.title = title;
    return this;
  }
  setWidth(width: number): this {
    this.hit('setWidth');
    this.width = width;
    return this;
  }
  setXFrameOptionsMode(): this {
    this.hit('setXFrameOptionsMode');
    return this;
  }
}

/** Turns template text into the body of a function that returns the rendered HTML. */
function compileTemplate(source: string): string {
  const parts: string[] = ['let __out = "";'];
  const re = /<\?(!=|=)?([\s\S]*?)\?>/g;
  let last = 0;
  for (let m = re.exec(source); m; m = re.exec(source)) {
    parts.push(`__out += ${JSON.stringify(source.slice(last, m.index))};`);
    if (m[1] === '=') parts.push(`__out += __escape(String(${m[2]}));`);
    else if (m[1] === '!=') parts.push(`__out += String(${m[2]});`);
    else parts.push(m[2]);
    last = re.lastIndex;
  }
  parts.push(`__out += ${JSON.stringify(source.slice(last))};`, 'return __out;');
  return parts.join('\n');
}

export class FakeHtmlTemplate implements HTML.HtmlTemplate {
  // biome-ignore lint/suspicious/noExplicitAny: HtmlTemplate's own index signature (template variables).
  [propName: string]: any;
  readonly #calls: CallCounter;
  readonly #source: string;

  constructor(calls: CallCounter, source: string) {
    this.#calls = calls;
    this.#source = source;
  }

  evaluate(): HTML.HtmlOutput {
    this.#calls.hit('HtmlTemplate', 'evaluate');
    const names = Object.keys(this);
    // Template code runs as in Apps Script: the template's properties are its variables.
    const render = new Function('__escape', ...names, compileTemplate(this.#source));
    const html = render(escapeHtml, ...names.map((n) => this[n])) as string;
    return new FakeHtmlOutput(this.#calls, html);
  }
  getCode(): string {
    this.#calls.hit('HtmlTemplate', 'getCode');
    return compileTemplate(this.#source);
  }
  getCodeWithComments(): string {
    this.#calls.hit('HtmlTemplate', 'getCodeWithComments');
    return compileTemplate(this.#source);
  }
  getRawContent(): string {
    this.#calls.hit('HtmlTemplate', 'getRawContent');
    return this.#source;
  }
}

export class FakeHtmlService implements HtmlServiceApi {
  constructor(
    private readonly calls: CallCounter,
    private readonly files: Record<string, string>,
  ) {}

  private file(name: string): string {
    const html = this.files[name] ?? this.files[`${name}.html`];
    if (html === undefined) throw new ScriptError(messages.noHtmlFile(name));
    return html;
  }

  createHtmlOutput(html?: string | Base.BlobSource): HTML.HtmlOutput {
    this.calls.hit('HtmlService', 'createHtmlOutput');
    const content = html === undefined ? '' : typeof html === 'string' ? html : html.getBlob().getDataAsString();
    return new FakeHtmlOutput(this.calls, content);
  }
  createHtmlOutputFromFile(filename: string): HTML.HtmlOutput {
    this.calls.hit('HtmlService', 'createHtmlOutputFromFile');
    return new FakeHtmlOutput(this.calls, this.file(filename));
  }
  createTemplateFromFile(filename: string): HTML.HtmlTemplate {
    this.calls.hit('HtmlService', 'createTemplateFromFile');
    return new FakeHtmlTemplate(this.calls, this.file(filename));
  }
}
