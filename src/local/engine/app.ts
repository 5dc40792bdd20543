/**
 * SpreadsheetApp: the entry point to the active spreadsheet, the rule builders and the enums.
 */
import { FakeConditionalFormatRuleBuilder } from './conditional';
import type { EngineContext } from './context';
import { BooleanCriteria, BorderStyle, DataValidationCriteria, ProtectionType } from './enums';
import type { SpreadsheetApi, SpreadsheetAppApi, UiApi } from '../../sheets/gas';
import { FakeDataValidationBuilder } from './validation';

export class FakeSpreadsheetApp implements SpreadsheetAppApi {
  readonly ProtectionType = ProtectionType;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BooleanCriteria = BooleanCriteria;
  readonly BorderStyle = BorderStyle;

  constructor(
    private readonly ctx: EngineContext,
    private readonly ui: UiApi,
  ) {}

  getActiveSpreadsheet(): SpreadsheetApi {
    this.ctx.calls.hit('SpreadsheetApp', 'getActiveSpreadsheet');
    return this.ctx.spreadsheetView();
  }
  getUi(): UiApi {
    this.ctx.calls.hit('SpreadsheetApp', 'getUi');
    return this.ui;
  }
  /** Writes apply at once here, so there is nothing to flush; the call is still counted (and gated). */
  flush(): void {
    this.ctx.calls.hit('SpreadsheetApp', 'flush');
  }
  newDataValidation(): FakeDataValidationBuilder {
    this.ctx.calls.hit('SpreadsheetApp', 'newDataValidation');
    return new FakeDataValidationBuilder(this.ctx);
  }
  newConditionalFormatRule(): FakeConditionalFormatRuleBuilder {
    this.ctx.calls.hit('SpreadsheetApp', 'newConditionalFormatRule');
    return new FakeConditionalFormatRuleBuilder(this.ctx);
  }
}
