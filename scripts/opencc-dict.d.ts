// OpenCC's character tables in opencc-js: "traditional simplified|…" pairs, one string per table.
declare module 'opencc-js/dict/*' {
  const table: string;
  export default table;
}
