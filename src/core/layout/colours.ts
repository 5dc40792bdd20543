/** The colours of the generated sheets: met, unmet, input cells, headers, closed periods. */
export const COLOURS = {
  metBackground: '#b7e1cd',
  metFont: '#0b5a2a',
  unmetBackground: '#f4c7c3',
  unmetFont: '#8a1c12',
  input: '#fff8d6',
  header: '#d9e2f3',
  readOnly: '#f1f1f1',
  closed: '#d9d9d9',
  title: '#1f3864',
};
