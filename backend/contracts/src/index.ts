export * from './lib/vocabulary';
// The check-in QR code's text, read by the check-in page and drawn by the API.
export * from './lib/checkin-code';
export * from './lib/problem';
export * from './lib/auth';
export * from './lib/events';
export * from './lib/invitations';
export * from './lib/intl';
export * from './lib/sheet-words';
export * from './lib/errors';
export * from './lib/limits';
export * from './lib/text';
export * from './lib/registrations';
export * from './lib/registrations-admin';
export * from './lib/organisation';
export * from './lib/contacts';
export * from './lib/sectors';
export * from './lib/checkin';
export * from './lib/materials';
export * from './lib/summary';
export * from './lib/pack';
export * from './lib/series';
export * from './lib/themes';
export * from './lib/audit';
// The municipalities (20 KB) are `@roundtable/contracts/municipalities`, not re-exported here: the web app's bundler
// keeps every file this index reaches in the first load of every page (decision 0026).
export * from './lib/webhooks';
