export * from './actions';
export * from './conditions';
export * from './engine';
export * from './facts';
export * from './rules';
export * from './warnings';
