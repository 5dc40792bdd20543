/** Writing a whole block of a sheet (values, formats, fills, weights) in four batched calls. */
import { asTextGridFor } from './cells';
import type { RangeApi, SheetApi } from './gas';

export interface GridBlock {
  height: number;
  width: number;
  values: unknown[][];
  numberFormats: string[][];
  backgrounds: (string | null)[][];
  fontWeights: ('bold' | 'normal')[][];
}

/** Writes the block from A1, top-aligned, and returns its range for further formatting. */
export function writeGridBlock(sheet: SheetApi, block: GridBlock): RangeApi {
  const whole = sheet.getRange(1, 1, block.height, block.width);
  whole.setNumberFormats(block.numberFormats);
  whole.setValues(asTextGridFor(block.values, block.numberFormats));
  whole.setBackgrounds(block.backgrounds as string[][]);
  whole.setFontWeights(block.fontWeights);
  whole.setVerticalAlignment('top');
  return whole;
}
