import type { APIRequestContext } from '@playwright/test';
import type {
  AgendaItemInput,
  Event,
  EventInput,
  Invitation,
  InvitationInput,
  LoginResponse,
  Material,
  MaterialVisibility,
  Registration,
  RegistrationInput,
  Summary,
  SummaryInput,
  User,
  UserRole,
} from '@roundtable/contracts';
import { E2E_ADMIN } from '../playwright.config';

/** Arranges through the API what a journey needs before it starts acting through the UI. */
export class Api {
  private constructor(
    private readonly request: APIRequestContext,
    private readonly token: string,
  ) {}

  static async asAdmin(request: APIRequestContext): Promise<Api> {
    return new Api(request, await login(request, E2E_ADMIN.email, E2E_ADMIN.password));
  }

  static async as(request: APIRequestContext, email: string, password: string): Promise<Api> {
    return new Api(request, await login(request, email, password));
  }

  async createAccount(
    role: UserRole,
    name: string,
  ): Promise<{ id: string; email: string; password: string }> {
    const account = {
      email: `${role}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.org`,
      password: 'e2e-password-123',
    };
    const user = (await this.call('POST', '/api/users', { ...account, name, role })) as User;
    return { id: user.id, ...account };
  }

  async assignStaff(eventId: string, userIds: string[]): Promise<void> {
    await this.call('PUT', `/api/events/${eventId}/staff`, { userIds });
  }

  async createEvent(input: EventInput, agenda: AgendaItemInput[] = [], publish = true): Promise<Event> {
    const event = (await this.call('POST', '/api/events', input)) as Event;
    if (agenda.length > 0) await this.call('PUT', `/api/events/${event.id}/agenda`, agenda);
    return (publish ? await this.call('POST', `/api/events/${event.id}/publish`) : event) as Event;
  }

  async invite(eventId: string, invitation: InvitationInput): Promise<Invitation> {
    return (await this.call('POST', `/api/events/${eventId}/invitations`, invitation)) as Invitation;
  }

  async register(eventId: string, input: RegistrationInput): Promise<Registration> {
    return (await this.call('POST', `/api/events/${eventId}/registrations`, input)) as Registration;
  }

  async approve(registrationId: string): Promise<Registration> {
    return (await this.call('POST', `/api/registrations/${registrationId}/approve`)) as Registration;
  }

  async checkIn(registrationId: string): Promise<void> {
    await this.call('POST', `/api/registrations/${registrationId}/check-in`, {});
  }

  async uploadMaterial(
    eventId: string,
    material: {
      title: string;
      visibility: MaterialVisibility;
      name: string;
      mimeType: string;
      bytes: Buffer;
    },
  ): Promise<Material> {
    const response = await this.request.post(`/api/events/${eventId}/materials`, {
      headers: { authorization: `Bearer ${this.token}` },
      multipart: {
        title: material.title,
        visibility: material.visibility,
        file: { name: material.name, mimeType: material.mimeType, buffer: material.bytes },
      },
    });
    if (!response.ok())
      throw new Error(`upload ${material.name}: ${response.status()} ${await response.text()}`);
    return (await response.json()) as Material;
  }

  /** The summary with its recommendations, optionally published (decision 0022). */
  async writeSummary(eventId: string, input: SummaryInput, publish = false): Promise<Summary> {
    const summary = (await this.call('PUT', `/api/events/${eventId}/summary`, input)) as Summary;
    return publish
      ? ((await this.call('POST', `/api/events/${eventId}/summary/publish`)) as Summary)
      : summary;
  }

  private async call(method: string, url: string, data?: unknown): Promise<unknown> {
    const response = await this.request.fetch(url, {
      method,
      data,
      headers: { authorization: `Bearer ${this.token}` },
    });
    if (!response.ok()) throw new Error(`${method} ${url}: ${response.status()} ${await response.text()}`);
    return response.json();
  }
}

async function login(request: APIRequestContext, email: string, password: string): Promise<string> {
  const response = await request.post('/api/auth/login', { data: { email, password } });
  if (!response.ok()) throw new Error(`login ${email}: ${response.status()} ${await response.text()}`);
  return ((await response.json()) as LoginResponse).accessToken;
}
