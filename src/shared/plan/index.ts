// Plans: schemas, the rule-checked generator, forecast, plan vs done, templates, iCalendar, file names.
export * from './schema'
export * from './generate'
export * from './forecast'
export * from './compliance'
export * from './template'
export * from './ics'
export * from './filename'
