// Texts with tokens (tokens.ts) and the one set of formatters that writes them out (format.ts).
export * from './tokens'
export * from './format'
