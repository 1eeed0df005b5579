/**
 * The shape another language must fill for a Bulgarian text group: the same keys, any wording. A missing or a
 * stray key fails the build.
 */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };
