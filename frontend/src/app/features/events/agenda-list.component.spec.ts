import { TestBed } from '@angular/core/testing';
import { anAgendaItem } from '../../../testing/builders';
import { AgendaListComponent } from './agenda-list.component';

describe('AgendaListComponent', () => {
  it('marks titles and descriptions with the event’s language, and its own words with the reader’s', async () => {
    // Wherever it is shown (the invitee's page has no language of its own around it), the list says it itself.
    const fixture = TestBed.createComponent(AgendaListComponent);
    fixture.componentRef.setInput('items', [
      anAgendaItem({ title: 'Откриване', description: 'Приветствия от домакините.' }),
    ]);
    fixture.componentRef.setInput('timeZone', 'Europe/Sofia');
    fixture.componentRef.setInput('language', 'en');
    fixture.componentRef.setInput('eventLanguage', 'bg');
    await fixture.whenStable();
    const list = fixture.nativeElement as HTMLElement;

    expect(list.querySelector('h3')?.getAttribute('lang')).toBe('bg');
    expect(list.querySelector('.description')?.getAttribute('lang')).toBe('bg');
    expect(list.querySelector('.kind')?.getAttribute('lang')).toBe('en');
    expect(list.querySelector('.time')?.getAttribute('lang')).toBe('en');
  });
});
