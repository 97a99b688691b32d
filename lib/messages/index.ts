export * from './schema';
export { createRouter, type Handlers } from './router';
export { request } from './client';
export { sendRequest } from './send';
