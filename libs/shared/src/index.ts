export * from './agenda';
export * from './errors';
export * from './limits';
export * from './meetings';
export * from './organizations';
export * from './state-machine';
export * from './time';
export * from './zoned-time';
