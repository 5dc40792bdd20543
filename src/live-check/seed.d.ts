/** The build bundles a seed table as text (esbuild's text loader). */
declare module '*.tsv' {
  const text: string;
  export default text;
}
