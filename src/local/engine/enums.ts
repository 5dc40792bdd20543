/**
 * The Apps Script enums the add-on uses, with the real member names. Values follow the
 * declaration order in @types/google-apps-script, so they type-check as those enums; the
 * model stores member names (readable, stable) and converts at the API boundary.
 */
import Ss = GoogleAppsScript.Spreadsheet;
import Base = GoogleAppsScript.Base;

export const ProtectionType: typeof Ss.ProtectionType = { RANGE: 0, SHEET: 1 };

export const DataValidationCriteria: typeof Ss.DataValidationCriteria = {
  DATE_AFTER: 0,
  DATE_BEFORE: 1,
  DATE_BETWEEN: 2,
  DATE_EQUAL_TO: 3,
  DATE_IS_VALID_DATE: 4,
  DATE_NOT_BETWEEN: 5,
  DATE_ON_OR_AFTER: 6,
  DATE_ON_OR_BEFORE: 7,
  NUMBER_BETWEEN: 8,
  NUMBER_EQUAL_TO: 9,
  NUMBER_GREATER_THAN: 10,
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 11,
  NUMBER_LESS_THAN: 12,
  NUMBER_LESS_THAN_OR_EQUAL_TO: 13,
  NUMBER_NOT_BETWEEN: 14,
  NUMBER_NOT_EQUAL_TO: 15,
  TEXT_CONTAINS: 16,
  TEXT_DOES_NOT_CONTAIN: 17,
  TEXT_EQUAL_TO: 18,
  TEXT_IS_VALID_EMAIL: 19,
  TEXT_IS_VALID_URL: 20,
  VALUE_IN_LIST: 21,
  VALUE_IN_RANGE: 22,
  CUSTOM_FORMULA: 23,
  CHECKBOX: 24,
};

export const BooleanCriteria: typeof Ss.BooleanCriteria = {
  CELL_EMPTY: 0,
  CELL_NOT_EMPTY: 1,
  DATE_AFTER: 2,
  DATE_BEFORE: 3,
  DATE_EQUAL_TO: 4,
  DATE_AFTER_RELATIVE: 5,
  DATE_BEFORE_RELATIVE: 6,
  DATE_EQUAL_TO_RELATIVE: 7,
  NUMBER_BETWEEN: 8,
  NUMBER_EQUAL_TO: 9,
  NUMBER_GREATER_THAN: 10,
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 11,
  NUMBER_LESS_THAN: 12,
  NUMBER_LESS_THAN_OR_EQUAL_TO: 13,
  NUMBER_NOT_BETWEEN: 14,
  NUMBER_NOT_EQUAL_TO: 15,
  TEXT_CONTAINS: 16,
  TEXT_DOES_NOT_CONTAIN: 17,
  TEXT_EQUAL_TO: 18,
  TEXT_STARTS_WITH: 19,
  TEXT_ENDS_WITH: 20,
  CUSTOM_FORMULA: 21,
};

export const BorderStyle: typeof Ss.BorderStyle = {
  DOTTED: 0,
  DASHED: 1,
  SOLID: 2,
  SOLID_MEDIUM: 3,
  SOLID_THICK: 4,
  DOUBLE: 5,
};

export const Button: typeof Base.Button = { CLOSE: 0, OK: 1, CANCEL: 2, YES: 3, NO: 4 };
export const ButtonSet: typeof Base.ButtonSet = { OK: 0, OK_CANCEL: 1, YES_NO: 2, YES_NO_CANCEL: 3 };

/** The member name of an enum value; throws on a value that is not a member (a caller bug). */
export function nameOf(enumObject: object, value: unknown): string {
  for (const [name, v] of Object.entries(enumObject)) if (v === value) return name;
  throw new TypeError(`Not a member of the enum: ${String(value)}`);
}

/** The enum value of a member name, typed as the enum. */
export function enumMember<E extends object>(enumObject: E, name: string): E[keyof E] {
  if (!(name in enumObject)) throw new TypeError(`Unknown enum member: ${name}`);
  return enumObject[name as keyof E];
}
