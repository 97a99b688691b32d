export * from './schema';
export { createRouter, type Handlers } from './router';
export { sendRequest } from './send';
