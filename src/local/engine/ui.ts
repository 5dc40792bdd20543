/**
 * The spreadsheet UI: menus, dialogs, sidebars. Everything shown is recorded in the workbook's
 * UI log; alerts and prompts are answered from a queue a test fills in advance, and without a
 * scripted answer they take the affirmative button (OK or YES).
 */
import type { CallCounter } from './calls';
import { Button, ButtonSet, nameOf, enumMember } from './enums';
import { FakeHtmlOutput } from './html';
import type { MenuData, UiLog } from './model';
import type { HtmlOutputApi, MenuApi, PromptResponseApi, UiApi } from '../../sheets/gas';
import Base = GoogleAppsScript.Base;

export type ButtonName = keyof typeof Button;

const SET_BUTTONS: Record<string, ButtonName[]> = {
  OK: ['OK', 'CLOSE'],
  OK_CANCEL: ['OK', 'CANCEL', 'CLOSE'],
  YES_NO: ['YES', 'NO', 'CLOSE'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL', 'CLOSE'],
};

/** What tests see and steer: the UI log and the answers to upcoming dialogs. */
export class UiScript {
  private readonly answers: { button: ButtonName; text?: string }[] = [];

  constructor(readonly log: UiLog) {}

  /** Queues the button the next alert or prompt is answered with (and a prompt's text). */
  answer(button: ButtonName, text?: string): this {
    this.answers.push({ button, text });
    return this;
  }

  /** Takes the next scripted answer, checking it fits the dialog's buttons. */
  next(buttonSet: string): { button: ButtonName; text: string } {
    const allowed = SET_BUTTONS[buttonSet];
    const scripted = this.answers.shift();
    if (!scripted) return { button: allowed[0], text: '' };
    if (!allowed.includes(scripted.button)) {
      throw new Error(`Scripted answer ${scripted.button} is not a button of ButtonSet.${buttonSet}`);
    }
    return { button: scripted.button, text: scripted.text ?? '' };
  }
}

class FakeMenu implements MenuApi {
  readonly data: MenuData;

  constructor(
    private readonly calls: CallCounter,
    private readonly log: UiLog,
    kind: MenuData['kind'],
    caption: string | null,
  ) {
    this.data = { kind, caption, items: [] };
  }
  addItem(caption: string, functionName: string): this {
    this.calls.hit('Menu', 'addItem');
    this.data.items.push({ caption, functionName });
    return this;
  }
  addSeparator(): this {
    this.calls.hit('Menu', 'addSeparator');
    this.data.items.push({ caption: '' });
    return this;
  }
  addToUi(): void {
    this.calls.hit('Menu', 'addToUi');
    this.log.menus.push(this.data);
  }
}

class FakePromptResponse implements PromptResponseApi {
  constructor(
    private readonly text: string,
    private readonly button: Base.Button,
  ) {}
  getResponseText(): string {
    return this.text;
  }
  getSelectedButton(): Base.Button {
    return this.button;
  }
}

function htmlOf(output: HtmlOutputApi): { title: string; html: string; width: number; height: number } {
  if (!(output instanceof FakeHtmlOutput)) throw new TypeError('Not an HtmlOutput of this engine');
  return output.shown();
}

export class FakeUi implements UiApi {
  readonly Button = Button;
  readonly ButtonSet = ButtonSet;

  constructor(
    private readonly calls: CallCounter,
    private readonly script: UiScript,
  ) {}

  private dialog(kind: 'alert' | 'prompt', title: string, prompt: string, set: Base.ButtonSet) {
    const buttons = nameOf(ButtonSet, set);
    const answer = this.script.next(buttons);
    this.script.log.dialogs.push({
      kind,
      title,
      prompt,
      buttons,
      answer: answer.button,
      ...(kind === 'prompt' ? { responseText: answer.text } : {}),
    });
    return { button: enumMember(Button, answer.button), text: answer.text };
  }

  alert(title: string, prompt: string, buttons: Base.ButtonSet): Base.Button {
    this.calls.hit('Ui', 'alert');
    return this.dialog('alert', title, prompt, buttons).button;
  }
  prompt(title: string, prompt: string, buttons: Base.ButtonSet): PromptResponseApi {
    this.calls.hit('Ui', 'prompt');
    const { button, text } = this.dialog('prompt', title, prompt, buttons);
    return new FakePromptResponse(text, button);
  }
  createAddonMenu(): MenuApi {
    this.calls.hit('Ui', 'createAddonMenu');
    return new FakeMenu(this.calls, this.script.log, 'addon', null);
  }
  createMenu(caption: string): MenuApi {
    this.calls.hit('Ui', 'createMenu');
    return new FakeMenu(this.calls, this.script.log, 'menu', caption);
  }
  showSidebar(userInterface: HtmlOutputApi): void {
    this.calls.hit('Ui', 'showSidebar');
    const { title, html, width } = htmlOf(userInterface);
    this.script.log.sidebars.push({ title, html, width });
  }
  showModalDialog(userInterface: HtmlOutputApi, title: string): void {
    this.calls.hit('Ui', 'showModalDialog');
    this.script.log.modals.push({ ...htmlOf(userInterface), title, modal: true });
  }
}
