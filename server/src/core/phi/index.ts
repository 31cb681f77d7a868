export * from './types';
export { detectPhi } from './detect';
