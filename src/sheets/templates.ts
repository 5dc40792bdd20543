/**
 * The template sheets of one generation (src/core/workbook/templates.ts decides which tabs are
 * copies). A template is a sheet the add-on renders once and copies with insertSheet(name,
 * index, {template}); it holds no agency's figures and is deleted when the run ends. A run
 * stopped before that leaves it behind: the next run deletes it before it makes its own, so
 * nothing of a left template (whatever was typed into it) reaches a tab.
 *
 * While it exists a template is protected for the secretariat, like every sheet the add-on owns:
 * it is protected as soon as it is made, before anything is written into it. Whether a copy of
 * a protected sheet carries its protection is not documented (the engine's rules.ts, 9), so the
 * protection is lifted to copy: one opening makes the copies of this tab and of the next ones
 * of the same template (up to COPIES_PER_OPENING), each locked for the secretariat the call
 * after it is made, and the template is protected again. A copy names no agency until its unit
 * is written in; one a stopped run left is taken over by its tab (generate.ts, findTab) and
 * written afresh, and one this run made ahead but did not use is deleted with the template.
 */
import type { SheetSpec } from '../core/layout/sheet-spec';
import { sheetTexts } from '../core/messages/sheets';
import { isTemplateSheetName } from '../core/workbook/reserved';
import type { TemplateChoice } from '../core/workbook/templates';
import type { Book } from './book';
import type { ProtectionApi, SheetApi, SpreadsheetAppApi } from './gas';
import { type FileAccess, lockTab, protectOwnedSheet } from './protect';
import { renderSheet } from './render-sheet';

/**
 * Copies made in one opening of a template's protection: each opening costs a removal and a new
 * protection (four calls), and while it lasts an agency could edit the template.
 */
export const COPIES_PER_OPENING = 8;

/** Who guards the sheets of a run: the person running it, the secretariat's accounts, the file's editors. */
export interface Guard {
  me: string;
  secretariat: string[];
  access: FileAccess;
}

/** A tab to copy: its sheet name and its unit's name (in its protection's description). */
export interface CopyTarget {
  sheetName: string;
  unit: { name: string };
}

interface Template {
  sheet: SheetApi;
  name: string;
  protection: ProtectionApi;
}

export class TemplateSheets {
  private readonly templates = new Map<string, Template>();
  private readonly copies = new Map<string, { sheet: SheetApi; protection: ProtectionApi }>();
  private cleared = false;

  constructor(
    private readonly book: Book,
    private readonly app: SpreadsheetAppApi,
    private readonly guard: Guard,
  ) {}

  /** Whether this run already copied (and locked) the tab named so, ahead of its turn. */
  hasCopy(sheetName: string): boolean {
    return this.copies.has(sheetName);
  }

  /**
   * The tab's copy of the template, locked for the secretariat: made ahead of its turn, or now
   * with the copies of `next()` tabs that fit in the same opening.
   */
  copy(
    template: TemplateChoice,
    tab: CopyTarget,
    next: () => CopyTarget[],
  ): { sheet: SheetApi; protection: ProtectionApi } {
    const ready = this.copies.get(tab.sheetName);
    if (ready) {
      this.copies.delete(tab.sheetName);
      return ready;
    }
    const source = this.sheetFor(template);
    const { me, secretariat, access } = this.guard;
    const batch = [tab, ...next().filter((t) => !this.copies.has(t.sheetName))].slice(0, COPIES_PER_OPENING);
    source.protection.remove();
    for (const target of batch) {
      const sheet = this.book.copy(target.sheetName, source.sheet);
      const protection = lockTab(this.app, sheet, target.unit.name, me, true, secretariat, access);
      this.copies.set(target.sheetName, { sheet, protection });
    }
    source.protection = this.protect(source.sheet, source.name);
    const made = this.copies.get(tab.sheetName)!;
    this.copies.delete(tab.sheetName);
    return made;
  }

  /** The sheet of a template, made (and protected) the first time it is asked for. */
  private sheetFor(template: TemplateChoice): Template {
    const known = this.templates.get(template.key);
    if (known) return known;
    this.clearLeftovers();
    const taken = new Set(this.book.names());
    let n = this.templates.size + 1;
    while (taken.has(sheetTexts.names.template(n))) n++;
    const name = sheetTexts.names.template(n);
    const made = this.render(name, template.spec);
    this.templates.set(template.key, made);
    return made;
  }

  private render(name: string, spec: SheetSpec): Template {
    const sheet = this.book.create(name, spec.height, spec.width);
    const protection = this.protect(sheet, name);
    renderSheet(this.app, sheet, spec, { fresh: true });
    return { sheet, name, protection };
  }

  private protect(sheet: SheetApi, name: string): ProtectionApi {
    const { me, secretariat, access } = this.guard;
    return protectOwnedSheet(this.app, sheet, me, secretariat, {
      access,
      fresh: true,
      description: sheetTexts.protection.owned(name),
    });
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

  /** Deletes every template, this run's and any a stopped run left, and the copies made ahead but not used. */
  dispose(): void {
    for (const [name, { sheet }] of this.copies) this.book.remove(sheet, name);
    this.copies.clear();
    for (const { sheet, name } of this.templates.values()) this.book.remove(sheet, name);
    this.templates.clear();
    this.clearLeftovers();
  }
}
