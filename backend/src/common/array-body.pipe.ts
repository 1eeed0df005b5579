import { Injectable, type PipeTransform, type Type } from '@nestjs/common';
import type { FieldError } from '@roundtable/contracts';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { validationFailed } from './domain-error';
import { hiddenUnknownFields, toFieldErrors, validationOptions } from './validation';

/**
 * Validates a body that is a JSON array of `itemType`, reporting fields as `index.field` (`2.title`).
 * Nest's ParseArrayPipe flattens errors into strings, losing the per-field entries the app shows.
 */
export function arrayBody<T extends object>(itemType: Type<T>, maxItems: number): Type<PipeTransform> {
  @Injectable()
  class ArrayBodyPipe implements PipeTransform<unknown, Promise<T[]>> {
    async transform(value: unknown): Promise<T[]> {
      if (!Array.isArray(value)) {
        throw validationFailed([{ field: '', rule: 'isArray', message: 'the body must be a JSON array' }]);
      }
      if (value.length > maxItems) {
        throw validationFailed([{ field: '', rule: 'arrayMaxSize', message: `at most ${maxItems} items` }]);
      }
      const items = value.map((item) => plainToInstance(itemType, item));
      const errors = await Promise.all(
        items.map(async (item, index): Promise<FieldError[]> =>
          isPlainObject(value[index])
            ? toFieldErrors(await validate(item, validationOptions), String(index))
            : [{ field: String(index), rule: 'isObject', message: 'each item must be an object' }],
        ),
      );
      const flat = [...hiddenUnknownFields(value), ...errors.flat()];
      if (flat.length > 0) throw validationFailed(flat);
      return items;
    }
  }
  return ArrayBodyPipe;
}

function isPlainObject(value: unknown): boolean {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
