export * from './types';
export { summarizeNote } from './embedded';
