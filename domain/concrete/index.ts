// The concrete calculator and its mix tables: the one import for server, web, phone and CLI.
export * from './mix-tables.js';
export * from './calculator.js';
