/**
 * The message catalogue: every text a user can see comes from here, in Vietnamese.
 * One file per area keeps parallel work apart; `M` is the single place code imports from.
 */
import { cliMessages } from './cli';
import { cycleMessages } from './cycle';
import { draftMessages } from './draft';
import { fileMessages } from './files';
import { importMessages } from './import';
import { localMessages } from './local';
import { menuMessages } from './menu';
import { pasteMessages } from './paste';
import { progressMessages } from './progress';
import { reportMessages } from './report';
import { sharingMessages } from './sharing';
import { tableMessages } from './table';
import { targetMessages } from './targets';
import { workbookMessages } from './workbook';

export const M = {
  ...cliMessages,
  ...cycleMessages,
  ...draftMessages,
  ...fileMessages,
  ...importMessages,
  ...localMessages,
  ...menuMessages,
  ...pasteMessages,
  ...progressMessages,
  ...reportMessages,
  ...sharingMessages,
  ...tableMessages,
  ...targetMessages,
  ...workbookMessages,
};

/** Row reference as users say it: "Dòng 12". */
export function atRow(row: number | undefined): string {
  return row ? `Dòng ${row}: ` : '';
}
