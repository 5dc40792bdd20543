/**
 * appsscript.json lists exactly the scopes the add-on's calls need (engine rules.ts, 5): with
 * them, set-up, generation, the sidebar and the summary work; without any one of them, Apps
 * Script refuses a call on the way. Before userinfo.email was listed, Session.getEffectiveUser
 * threw before the first tab and every generation failed.
 */
import * as main from '../../src/appsscript/main';
import * as sidebar from '../../src/appsscript/sidebar';
import type { LocalPlatform, Manifest } from '../../src/local/engine';
import { newBook, paste, seedGrid, SECRETARIAT } from '../support/book';
import projectManifest from '../../appsscript.json';

/** A secretariat's first session: the menu, set-up, generation, the report sidebar and its summary sheet. */
function firstSession(manifest: Manifest): { local: LocalPlatform; error: string | null; summary: string } {
  const local = newBook('vi_VN', SECRETARIAT, { manifest });
  const refused = () => local.workbook.ui.dialogs.find((d) => /You do not have permission/.test(d.prompt))?.prompt;
  let summary = '';
  try {
    main.onOpen();
    main.menuSetup();
    paste(local, 'Chỉ tiêu', seedGrid('004-chi-tieu-2024.tsv'));
    main.menuGenerate();
    main.menuOpenSidebar();
    const written = sidebar.sidebarWriteSummary('Quý I');
    if (!written.ok) return { local, error: refused() ?? written.message, summary };
    summary = written.sheetName;
  } catch (e) {
    // A refusal shown earlier (set-up stopped by it) is the cause of what failed next.
    return { local, error: refused() ?? String(e), summary };
  }
  return { local, error: refused() ?? null, summary };
}

describe('the manifest’s scopes', () => {
  it('are enough for every call of a first session', () => {
    const { local, error, summary } = firstSession(projectManifest);
    expect(error).toBeNull();
    expect(summary).toMatch(/^Tổng hợp Quý I/);
    expect(local.workbook.sheets.some((s) => s.name === summary)).toBe(true);
    expect(local.workbook.ui.sidebars).toHaveLength(1);
  });

  it.each(projectManifest.oauthScopes)('are each needed: without %s a call is refused', (scope) => {
    const { error } = firstSession({ oauthScopes: projectManifest.oauthScopes.filter((s) => s !== scope) });
    expect(error).toMatch(/You do not have permission to call/);
  });
});
