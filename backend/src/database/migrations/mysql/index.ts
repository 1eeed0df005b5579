import { Initial1795370773058 } from './1795370773058-Initial';
import { AddInvitationsAndMailOutbox1795371665627 } from './1795371665627-AddInvitationsAndMailOutbox';
import { JobRunner1796181674336 } from './1796181674336-JobRunner';
import { AddRateLimits1796182323617 } from './1796182323617-AddRateLimits';
import { AddRegistrations1796183172033 } from './1796183172033-AddRegistrations';
import { PasswordResets1796185290376 } from './1796185290376-PasswordResets';
import { Organisation1796185787236 } from './1796185787236-Organisation';
import { ContactsDirectory1796192504030 } from './1796192504030-ContactsDirectory';
import { CheckIn1796193832481 } from './1796193832481-CheckIn';
import { StorageKeys1796193900774 } from './1796193900774-StorageKeys';
import { ReportingPacks1796203347716 } from './1796203347716-ReportingPacks';
import { Summary1796203403999 } from './1796203403999-Summary';
import { Materials1796203400684 } from './1796203400684-Materials';
import { Series1796226429886 } from './1796226429886-Series';
import { ThemesAndTracker1796226443683 } from './1796226443683-ThemesAndTracker';
import { CalendarRepliesAndBounces1796228053377 } from './1796228053377-CalendarRepliesAndBounces';
import { FailedJobsFinished1796286124621 } from './1796286124621-FailedJobsFinished';
import { Webhooks1796226594041 } from './1796226594041-Webhooks';
import { AuditLog1796226439814 } from './1796226439814-AuditLog';

/** Listed, not globbed: the backend is bundled by webpack. Written by `npm run migration:generate`. */
export const MYSQL_MIGRATIONS = [
  Initial1795370773058,
  AddInvitationsAndMailOutbox1795371665627,
  JobRunner1796181674336,
  AddRateLimits1796182323617,
  AddRegistrations1796183172033,
  PasswordResets1796185290376,
  Organisation1796185787236,
  ContactsDirectory1796192504030,
  CheckIn1796193832481,
  StorageKeys1796193900774,
  ReportingPacks1796203347716,
  Summary1796203403999,
  Materials1796203400684,
  Series1796226429886,
  ThemesAndTracker1796226443683,
  CalendarRepliesAndBounces1796228053377,
  Webhooks1796226594041,
  AuditLog1796226439814,
  FailedJobsFinished1796286124621,
];
