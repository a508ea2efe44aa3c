export { queryClient, refreshReads, staleAfter } from './client'
export { ReadError, readKey, readOnce, useRead, type ReadOptions } from './useRead'
