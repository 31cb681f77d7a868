// esbuild's text loader inlines these data files as strings.
declare module '*.txt' {
  const content: string;
  export default content;
}
