import { VALIDATION_RULES } from '@roundtable/contracts';
import { getMetadataStorage } from 'class-validator';
import type { ValidationMetadata } from 'class-validator/types/metadata/ValidationMetadata';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { toFieldErrors } from './validation';

/** Every DTO module: `dto.ts` or anything under a `dto/` folder. New features are picked up without a list. */
function dtoModules(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return dtoModules(path);
    const isDto = /(^|\.)dto\.ts$/.test(entry.name) || dir.endsWith(`${join('/', 'dto')}`);
    return isDto && !entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/** The `rule` a failed decorator reports: what the validation pipe answers in `errors[].rule`. */
function ruleOf(metadata: ValidationMetadata): string | null {
  const storage = getMetadataStorage();
  switch (metadata.type) {
    case 'customValidation':
      return storage.getTargetValidatorConstraints(metadata.constraintCls)[0]?.name ?? null;
    case 'nestedValidation':
      return 'nestedValidation';
    case 'whitelistValidation':
      return 'unknownField';
    default:
      // IsOptional, ValidateIf: conditions, not rules; they never fail on their own.
      return null;
  }
}

describe('validation rules', () => {
  const modules = dtoModules(join(__dirname, '..'));

  it('finds the DTOs of every feature', () => {
    const names = modules.map((path) => path.slice(path.indexOf('src/')));
    expect(names).toEqual(
      expect.arrayContaining([
        'src/events/dto/event-input.dto.ts',
        'src/invitations/dto/invitation-input.dto.ts',
        'src/users/dto.ts',
        'src/auth/dto.ts',
      ]),
    );
  });

  it('names only rules that contracts list, so the app has a translation for each', async () => {
    const classes = (await Promise.all(modules.map((path) => import(path)))).flatMap((module) =>
      Object.values(module as Record<string, unknown>).filter(
        (value): value is new () => object => typeof value === 'function',
      ),
    );
    const storage = getMetadataStorage();
    const rules = classes.flatMap((target) =>
      storage
        .getTargetValidationMetadatas(target, '', true, false)
        .map((metadata) => ({ rule: ruleOf(metadata), where: `${target.name}.${metadata.propertyName}` })),
    );
    const named = rules.filter((entry) => entry.rule !== null);
    expect(named.length).toBeGreaterThan(50);
    const known: readonly (string | null)[] = VALIDATION_RULES;
    const unknown = named.filter((entry) => !known.includes(entry.rule));
    expect(unknown).toEqual([]);
  });

  it('reports a missing field as `required` and an unknown one as `unknownField`', () => {
    const errors = toFieldErrors([
      { property: 'title', value: undefined, constraints: { isNotEmpty: 'x', maxLength: 'y' }, children: [] },
      { property: 'extra', value: 1, constraints: { whitelistValidation: 'z' }, children: [] },
    ]);
    expect(errors.map((error) => error.rule)).toEqual(['required', 'unknownField']);
  });
});
