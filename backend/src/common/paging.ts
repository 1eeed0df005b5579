import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

/**
 * Far beyond any real list, small enough that the offset stays an ordinary SQL number: 1e21 is an integer to
 * JavaScript, and (page - 1) * pageSize then broke the SQL with a 500.
 */
export const MAX_PAGE = 100_000;

/** `?page=`: a whole number from 1 (the default) to MAX_PAGE. */
export function PageParam(): PropertyDecorator {
  return wholeNumberParam(MAX_PAGE, { minimum: 1, maximum: MAX_PAGE, default: 1 });
}

/** `?pageSize=`: a whole number from 1 to `max`; `fallback` is what the list uses when it is absent. */
export function PageSizeParam(max: number, fallback: number): PropertyDecorator {
  return wholeNumberParam(max, { minimum: 1, maximum: max, default: fallback });
}

function wholeNumberParam(
  max: number,
  schema: { minimum: number; maximum: number; default: number },
): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional(schema),
    IsOptional(),
    Type(() => Number),
    IsInt(),
    Min(1),
    Max(max),
  );
}
