/**
 * The template sheets of one generation (src/core/workbook/templates.ts decides which tabs are
 * copies). A template is an ordinary sheet the add-on renders once and copies with
 * insertSheet(name, index, {template}); it never carries a protection (whether a copy would
 * carry one is not documented, see the engine's rules.ts, 9) and holds no agency's figures, so
 * it is deleted when the run ends. A run stopped before that leaves it behind: the next run
 * deletes it. Its marker names no agency, so a copy stopped before its unit was written in is
 * recognised and taken over (generate.ts, findTab).
 */
import type { SheetSpec } from '../core/layout/sheet-spec';
import { sheetTexts } from '../core/messages/sheets';
import { isTemplateSheetName } from '../core/workbook/reserved';
import type { TemplateChoice } from '../core/workbook/templates';
import type { Book } from './book';
import type { SheetApi, SpreadsheetAppApi } from './gas';
import { renderSheet } from './render-sheet';

export class TemplateSheets {
  private readonly made = new Map<string, { sheet: SheetApi; name: string }>();
  private cleared = false;

  constructor(
    private readonly book: Book,
    private readonly app: SpreadsheetAppApi,
  ) {}

  /** The sheet of a template, rendered the first time it is asked for. */
  sheetFor(template: TemplateChoice): SheetApi {
    const known = this.made.get(template.key);
    if (known) return known.sheet;
    this.clearLeftovers();
    const taken = new Set(this.book.names());
    let n = this.made.size + 1;
    while (taken.has(sheetTexts.names.template(n))) n++;
    const name = sheetTexts.names.template(n);
    const sheet = this.render(name, template.spec);
    this.made.set(template.key, { sheet, name });
    return sheet;
  }

  private render(name: string, spec: SheetSpec): SheetApi {
    const sheet = this.book.create(name, spec.height, spec.width);
    renderSheet(this.app, sheet, spec, { fresh: true });
    return sheet;
  }

  /** Deletes the templates a stopped run left behind (once, before the first is made). */
  private clearLeftovers(): void {
    if (this.cleared) return;
    this.cleared = true;
    for (const name of this.book.names().filter(isTemplateSheetName)) {
      const sheet = this.book.sheet(name);
      if (sheet) this.book.remove(sheet, name);
    }
  }

  /** Deletes every template: this run's, and any a stopped run left. */
  dispose(): void {
    for (const { sheet, name } of this.made.values()) this.book.remove(sheet, name);
    this.made.clear();
    this.clearLeftovers();
  }
}
