/** Colours of met / unmet / not reported, shared by the summary sheet's chart and the sidebar's bars. */
export const STATUS_COLOURS = {
  met: '#38761d',
  unmet: '#cc0000',
  missing: '#b7b7b7',
};
