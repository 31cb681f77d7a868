export * from './sections';
export { indexLines, lineAt, lineContentEnd } from './lines';
export type { LineIndex } from './lines';
