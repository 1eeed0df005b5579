import { ChangeDetectionStrategy, Component, input, type Type } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { FormControl } from '@angular/forms';
import { StaffAssignmentComponent } from '../app/features/organizer/checkin/staff-assignment.component';
import { EventEditorPage } from '../app/features/organizer/event-editor/event-editor.page';
import { MaterialsListComponent } from '../app/features/materials/materials-list.component';
import { ThemePickerComponent } from '../app/features/themes/theme-picker.component';
import { EventHistoryComponent } from '../app/features/audit/event-history.component';

/** The event editor's staff section asks for its own data; its behaviour has its own spec. */
@Component({ selector: 'rt-staff-assignment', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class StaffAssignmentStub {
  readonly eventId = input.required<string>();
}

/** The event editor's themes load the theme list themselves (decision 0033). */
@Component({ selector: 'rt-theme-picker', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class ThemePickerStub {
  readonly control = input.required<FormControl<string[]>>();
}

/** The event editor's history section (the event's audit entries) asks for its own data too. */
@Component({ selector: 'rt-event-history', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class EventHistoryStub {
  readonly eventId = input.required<string>();
  readonly timeZone = input.required<string>();
  readonly version = input<unknown>(null);
}

/**
 * Call after configureTestingModule in specs of the event editor that are about other things: the sections that
 * ask for their own data (staff, themes, history) become empty stand-ins.
 */
export function stubStaffAssignment(): void {
  TestBed.overrideComponent(EventEditorPage, {
    remove: { imports: [StaffAssignmentComponent, ThemePickerComponent, EventHistoryComponent] },
    add: { imports: [StaffAssignmentStub, ThemePickerStub, EventHistoryStub] },
  });
}

/** The materials list asks for its own data; its behaviour has its own spec. */
@Component({ selector: 'rt-materials-list', template: '', changeDetection: ChangeDetectionStrategy.OnPush })
export class MaterialsListStub {
  readonly eventId = input.required<string>();
  readonly token = input<string | null>(null);
}

/** Call after configureTestingModule in specs of pages that show the materials list among other things. */
export function stubMaterialsList(page: Type<unknown>): void {
  TestBed.overrideComponent(page, {
    remove: { imports: [MaterialsListComponent] },
    add: { imports: [MaterialsListStub] },
  });
}
