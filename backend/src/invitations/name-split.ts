/** Titles people put before their name, which belong on neither name field of the form. */
const HONORIFICS = new Set([
  'д-р',
  'др.',
  'проф.',
  'доц.',
  'инж.',
  'арх.',
  'акад.',
  'г-н',
  'г-жа',
  'г-ца',
  'dr.',
  'dr',
  'prof.',
  'mr.',
  'mrs.',
  'ms.',
]);

/**
 * The organiser types one name; the registration form asks for two. The first word is the given name and the
 * rest the family name, so a Bulgarian "Мария Иванова Петрова" keeps her father's name with the family name
 * rather than losing it; titles in front ("д-р", "проф.") are dropped. The form shows both, for the guest to correct.
 */
export function splitName(name: string): { firstName: string; lastName: string } {
  const words = name.trim().split(/\s+/).filter(Boolean);
  while (words.length > 1 && HONORIFICS.has(words[0].toLowerCase())) words.shift();
  const [firstName = '', ...rest] = words;
  return { firstName, lastName: rest.join(' ') };
}
