import { Inject } from '@nestjs/common';

export const APP_CONFIG = Symbol('APP_CONFIG');

/** Injects the validated AppConfig; nothing else in the backend reads process.env. */
export const InjectConfig = () => Inject(APP_CONFIG);
