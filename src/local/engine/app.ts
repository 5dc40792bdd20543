/**
 * SpreadsheetApp: the entry point to the active spreadsheet, the rule builders and the enums.
 */
import type { CallCounter } from './calls';
import { FakeConditionalFormatRuleBuilder } from './conditional';
import type { EngineContext } from './context';
import { BooleanCriteria, BorderStyle, DataValidationCriteria, ProtectionType, WrapStrategy } from './enums';
import type { SpreadsheetAppApi } from '../../sheets/gas';
import { FakeDataValidationBuilder } from './validation';
import Ss = GoogleAppsScript.Spreadsheet;
import Base = GoogleAppsScript.Base;

export class FakeSpreadsheetApp implements SpreadsheetAppApi {
  readonly ProtectionType = ProtectionType;
  readonly DataValidationCriteria = DataValidationCriteria;
  readonly BooleanCriteria = BooleanCriteria;
  readonly WrapStrategy = WrapStrategy;
  readonly BorderStyle = BorderStyle;

  constructor(
    private readonly ctx: EngineContext,
    private readonly ui: Base.Ui,
  ) {}

  private get calls(): CallCounter {
    return this.ctx.calls;
  }

  getActiveSpreadsheet(): Ss.Spreadsheet {
    this.calls.hit('SpreadsheetApp', 'getActiveSpreadsheet');
    return this.ctx.spreadsheetView();
  }
  getUi(): Base.Ui {
    this.calls.hit('SpreadsheetApp', 'getUi');
    return this.ui;
  }
  /** Writes are applied at once here, so there is nothing to flush; the call is still counted. */
  flush(): void {
    this.calls.hit('SpreadsheetApp', 'flush');
  }
  newDataValidation(): Ss.DataValidationBuilder {
    this.calls.hit('SpreadsheetApp', 'newDataValidation');
    return new FakeDataValidationBuilder(this.ctx);
  }
  newConditionalFormatRule(): Ss.ConditionalFormatRuleBuilder {
    this.calls.hit('SpreadsheetApp', 'newConditionalFormatRule');
    return new FakeConditionalFormatRuleBuilder(this.ctx);
  }
}
