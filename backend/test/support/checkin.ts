import type { User } from '@roundtable/contracts';
import { bearer } from './registrations';
import { ADMIN, createUser, login, PASSWORD, type Http } from './test-app';

let staffAccounts = 0;

/** A staff account, logged in: its id (for assigning it) and its bearer token. */
export async function aStaffMember(http: Http): Promise<{ user: User; token: string }> {
  const adminToken = await login(http, ADMIN.email, ADMIN.password);
  const user = await createUser(http, adminToken, 'staff', `door-${++staffAccounts}@example.org`);
  return { user, token: await login(http, user.email, PASSWORD) };
}

/** Assigns exactly these staff accounts to the event. */
export async function assignStaff(http: Http, organiser: string, eventId: string, userIds: string[]) {
  return http.put(`/api/events/${eventId}/staff`).auth(organiser, bearer).send({ userIds }).expect(200);
}
