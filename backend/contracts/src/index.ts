export * from './lib/vocabulary';
export * from './lib/problem';
export * from './lib/auth';
export * from './lib/events';
export * from './lib/invitations';
export * from './lib/intl';
export * from './lib/registrations';
export * from './lib/municipalities';
