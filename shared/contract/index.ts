export * from './errors';
export * from './events';
export * from './methods';
export * from './schemas';
export * from "./bridge";
export * from './field-work-schemas';
export * from './money-contract';
export * from './liability-contract';
