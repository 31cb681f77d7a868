export * from './types';
export { detectPhi } from './detect';
export * from './deid';
export { SurrogateGenerator, shiftDateText, keepCase } from './surrogate';
