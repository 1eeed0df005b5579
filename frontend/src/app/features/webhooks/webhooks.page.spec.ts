import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { MATERIAL_ANIMATIONS } from '@angular/material/core';
import type { WebhookDelivery, WebhookEndpoint } from '@roundtable/contracts';
import { button } from '../../../testing/dom';
import { WebhooksPage } from './webhooks.page';

const ENDPOINT: WebhookEndpoint = {
  id: '5b0c3f5e-7a51-4d1c-9c1f-2f7d6b2e8a10',
  url: 'https://crm.partner.example/hooks/roundtable',
  description: 'CRM на партньора',
  eventTypes: ['registration.created'],
  active: true,
  createdAt: '2026-11-30T08:00:00.000Z',
  updatedAt: '2026-11-30T08:00:00.000Z',
};

function aDelivery(state: WebhookDelivery['state'], n: number): WebhookDelivery {
  return {
    id: `0000000${n}-0000-4000-8000-000000000000`,
    type: 'registration.created',
    state,
    createdAt: '2026-11-28T09:00:00.000Z',
    attempts: state === 'failed' ? 20 : 1,
    lastAttemptAt: '2026-11-28T15:00:00.000Z',
    lastStatus: state === 'failed' ? 503 : 204,
    lastError: state === 'failed' ? 'the receiver answered 503' : null,
    nextAttemptAt: null,
    deliveredAt: state === 'delivered' ? '2026-11-28T09:00:01.000Z' : null,
  };
}

describe('WebhooksPage', () => {
  let fixture: ComponentFixture<WebhooksPage>;
  let http: HttpTestingController;
  let page: HTMLElement;
  const LOG = `/api/webhooks/${ENDPOINT.id}/deliveries`;

  async function openLog(deliveries: WebhookDelivery[]): Promise<void> {
    fixture = TestBed.createComponent(WebhooksPage);
    page = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    http.expectOne('/api/webhooks').flush({ items: [ENDPOINT], total: 1 });
    await fixture.whenStable();
    // Not whenStable: a resource that is loading keeps the app unstable until its request is answered.
    button(page, 'Покажи изпращанията').click();
    TestBed.tick();
    http.expectOne(LOG).flush({ items: deliveries, total: deliveries.length });
    await fixture.whenStable();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [WebhooksPage],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        { provide: MATERIAL_ANIMATIONS, useValue: { animationsDisabled: true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('offers to send every failed delivery again, sends them in one request, and shows the log anew', async () => {
    await openLog([aDelivery('failed', 1), aDelivery('delivered', 2), aDelivery('failed', 3)]);

    button(page, 'Изпрати отново всички неуспешни').click();
    TestBed.tick();
    const request = http.expectOne(`/api/webhooks/${ENDPOINT.id}/deliveries/resend-failed`);
    expect(request.request.method).toBe('POST');
    request.flush({ resent: 2 }, { status: 202, statusText: 'Accepted' });
    TestBed.tick();
    http.expectOne(LOG).flush({ items: [aDelivery('delivered', 1)], total: 1 });
    await fixture.whenStable();

    expect(document.querySelector('.mat-mdc-snack-bar-label')?.textContent).toContain('Изпратени отново: 2.');
    expect(() => button(page, 'Изпрати отново всички неуспешни')).toThrow();
  });

  it('does not offer it while nothing has failed', async () => {
    await openLog([aDelivery('delivered', 1), aDelivery('pending', 2)]);
    expect(() => button(page, 'Изпрати отново всички неуспешни')).toThrow();
  });

  it("writes the server's own error words in the page's language, and the network's as they came", async () => {
    const refused = {
      ...aDelivery('failed', 2),
      lastStatus: null,
      lastError: 'connect ECONNREFUSED 203.0.113.7:443',
    };
    await openLog([aDelivery('failed', 1), refused]);
    const errors = [...page.querySelectorAll('td.error')].map((cell) => cell.textContent?.trim());
    expect(errors).toEqual(['Получателят отговори с 503', 'connect ECONNREFUSED 203.0.113.7:443']);
  });
});
