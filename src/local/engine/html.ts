/**
 * HtmlService: pages from the project's HTML files (a name → HTML map), shown by the Ui as a
 * sidebar or a dialog.
 */
import type { CallCounter } from './calls';
import { ScriptError, messages } from './errors';
import type { HtmlOutputApi, HtmlServiceApi } from '../../sheets/gas';

/** Apps Script's default sidebar width, in pixels. */
const DEFAULT_WIDTH = 300;
const DEFAULT_HEIGHT = 500;

export class FakeHtmlOutput implements HtmlOutputApi {
  private title = '';
  private width = DEFAULT_WIDTH;
  private height = DEFAULT_HEIGHT;

  constructor(
    private readonly calls: CallCounter,
    private readonly content: string,
  ) {}

  /** What a dialog or sidebar displays; for the engine's UI log, not counted. */
  shown(): { title: string; html: string; width: number; height: number } {
    return { title: this.title, html: this.content, width: this.width, height: this.height };
  }

  setTitle(title: string): this {
    this.calls.hit('HtmlOutput', 'setTitle');
    this.title = title;
    return this;
  }
  setWidth(width: number): this {
    this.calls.hit('HtmlOutput', 'setWidth');
    this.width = width;
    return this;
  }
  setHeight(height: number): this {
    this.calls.hit('HtmlOutput', 'setHeight');
    this.height = height;
    return this;
  }
}

export class FakeHtmlService implements HtmlServiceApi {
  constructor(
    private readonly calls: CallCounter,
    private readonly files: Record<string, string>,
  ) {}

  createHtmlOutput(html: string): FakeHtmlOutput {
    this.calls.hit('HtmlService', 'createHtmlOutput');
    return new FakeHtmlOutput(this.calls, html);
  }
  createHtmlOutputFromFile(filename: string): FakeHtmlOutput {
    this.calls.hit('HtmlService', 'createHtmlOutputFromFile');
    const html = this.files[filename] ?? this.files[`${filename}.html`];
    if (html === undefined) throw new ScriptError(messages.noHtmlFile(filename));
    return new FakeHtmlOutput(this.calls, html);
  }
}
