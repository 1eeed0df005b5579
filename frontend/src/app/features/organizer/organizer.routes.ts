import type { Routes } from '@angular/router';
import { adminGuard, organizerGuard, signedInGuard } from '../../core/auth/auth.guards';
import { unsavedChangesGuard } from './event-editor/unsaved-changes.guard';

export const ORGANIZER_ROUTES: Routes = [
  {
    path: 'login',
    title: 'titles.login',
    loadComponent: () => import('../auth/login.page').then((m) => m.LoginPage),
  },
  {
    path: 'forgot-password',
    title: 'passwordReset.requestTitle',
    loadComponent: () => import('../auth/forgot-password.page').then((m) => m.ForgotPasswordPage),
  },
  {
    // The link of the password reset e-mail (backend/src/auth/password-resets.service.ts); keep the path stable.
    path: 'reset-password/:token',
    title: 'passwordReset.resetTitle',
    loadComponent: () => import('../auth/reset-password.page').then((m) => m.ResetPasswordPage),
  },
  // Staff used to land on a page of their own; their events are on the dashboard now.
  { path: 'staff', pathMatch: 'full', redirectTo: '' },
  {
    path: 'users',
    title: 'titles.users',
    canActivate: [adminGuard],
    loadComponent: () => import('../users/users.page').then((m) => m.UsersPage),
  },
  {
    path: 'audit',
    title: 'audit.heading',
    canActivate: [adminGuard],
    loadComponent: () => import('../audit/audit.page').then((m) => m.AuditPage),
  },
  {
    path: 'contacts',
    title: 'titles.contacts',
    canActivate: [organizerGuard],
    loadComponent: () => import('../contacts/contacts.page').then((m) => m.ContactsPage),
  },
  {
    path: 'webhooks',
    title: 'titles.webhooks',
    canActivate: [adminGuard],
    loadComponent: () => import('../webhooks/webhooks.page').then((m) => m.WebhooksPage),
  },
  {
    path: 'organisation',
    title: 'organisation.heading',
    canActivate: [adminGuard],
    loadComponent: () => import('../organisation/organisation.page').then((m) => m.OrganisationPage),
  },
  {
    // The overdue e-mail links here (backend/src/themes/overdue-mail.ts); keep the path stable.
    path: 'recommendations',
    title: 'titles.tracker',
    canActivate: [organizerGuard],
    loadComponent: () => import('../themes/tracker.page').then((m) => m.TrackerPage),
  },
  {
    path: 'themes',
    title: 'titles.themes',
    canActivate: [adminGuard],
    loadComponent: () => import('../themes/themes-admin.page').then((m) => m.ThemesAdminPage),
  },
  {
    path: '',
    pathMatch: 'full',
    title: 'titles.dashboard',
    // Staff too: they see the events they are assigned to, with the check-in button only.
    canActivate: [signedInGuard],
    loadComponent: () => import('./dashboard/dashboard.page').then((m) => m.DashboardPage),
  },
  {
    // The organiser's notification e-mails link here; keep the path stable.
    path: 'events/:id/invitations',
    title: 'titles.invitations',
    canActivate: [organizerGuard],
    loadComponent: () => import('./invitations/invitations.page').then((m) => m.InvitationsPage),
  },
  {
    path: 'events/:id/registrations',
    title: 'titles.registrations',
    canActivate: [organizerGuard],
    loadComponent: () => import('./registrations/registrations.page').then((m) => m.RegistrationsPage),
  },
  {
    // Staff come here from their dashboard; the API lets them in only for events they are assigned to.
    path: 'events/:id/check-in',
    title: 'checkin.title',
    canActivate: [signedInGuard],
    loadComponent: () => import('./checkin/checkin.page').then((m) => m.CheckinPage),
  },
  {
    path: 'events/:id/materials',
    title: 'materialsAdmin.title',
    canActivate: [organizerGuard],
    loadComponent: () => import('./materials/materials.page').then((m) => m.MaterialsPage),
  },
  {
    path: 'events/:id/summary',
    title: 'summaryEditor.title',
    canActivate: [organizerGuard],
    canDeactivate: [unsavedChangesGuard],
    loadComponent: () => import('./summary/summary-editor.page').then((m) => m.SummaryEditorPage),
  },
  {
    path: 'series/:id',
    title: 'series.heading',
    canActivate: [organizerGuard],
    loadComponent: () => import('./series/series.page').then((m) => m.SeriesPage),
  },
  {
    // `new` and saved ids share one route, so the page stays put (form and focus) when a new event is created.
    path: 'events/:id',
    canActivate: [organizerGuard],
    canDeactivate: [unsavedChangesGuard],
    loadComponent: () => import('./event-editor/event-editor.page').then((m) => m.EventEditorPage),
  },
];
