/**
 * What the browser may call through google.script.run: the sidebar and the dialogs import the
 * TYPE of this module (sidebar/rpc.ts), so a renamed function or a changed argument or result
 * fails to compile on both sides. Every function here is wrapped by rpc() and answers JSON.
 */
export { sidebarGetCycle } from './cycle';
export { importApply, importPreview } from './import';
export { generateContinue } from './main';
export { sidebarClosePeriod, sidebarGetDetails, sidebarGetReport, sidebarWriteSummary } from './sidebar';
export { sidebarGetSharing, sidebarShareFile } from './sharing';
