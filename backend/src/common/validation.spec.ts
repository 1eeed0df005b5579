import { Type } from 'class-transformer';
import { IsBoolean, IsString, ValidateNested } from 'class-validator';
import { DomainError } from './domain-error';
import { createValidationPipe } from './validation';

class Consents {
  @IsBoolean()
  processing!: boolean;
}

class Person {
  @IsString()
  name!: string;

  @ValidateNested()
  @Type(() => Consents)
  consents!: Consents;
}

const pipe = createValidationPipe();
const check = (body: string) => pipe.transform(JSON.parse(body), { type: 'body', metatype: Person });
const rejection = async (body: string) => {
  const error = await check(body).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(DomainError);
  return (error as DomainError).errors?.map(({ field, rule }) => `${field}:${rule}`);
};
const valid = '"name":"Мария","consents":{"processing":true}';

describe('the validation pipe', () => {
  it.each([
    'constructor',
    'toString',
    '__proto__',
    'hasOwnProperty',
    'valueOf',
    'prototype',
    'isPrototypeOf',
  ])('answers an unknown field named %s as it answers any other', async (key) => {
    expect(await rejection(`{${valid},"${key}":"x"}`)).toEqual([`${key}:unknownField`]);
    expect(await rejection(`{"name":"Мария","consents":{"processing":true,"${key}":{}}}`)).toEqual([
      `consents.${key}:unknownField`,
    ]);
  });

  it('reports those with the other wrong fields in one answer', async () => {
    const fields = await rejection('{"name":1,"consents":{"processing":true},"toString":1,"nickname":"x"}');
    expect(fields?.sort()).toEqual(['name:isString', 'nickname:unknownField', 'toString:unknownField']);
  });

  it('still lets a valid body through as an instance', async () => {
    const person = await check(`{${valid}}`);
    expect(person).toBeInstanceOf(Person);
    expect(person).toEqual({ name: 'Мария', consents: { processing: true } });
  });
});
