import type { Routes } from '@angular/router';
import { adminGuard, organizerGuard, signedInGuard } from '../../core/auth/auth.guards';

export const ORGANIZER_ROUTES: Routes = [
  {
    path: 'login',
    title: 'titles.login',
    loadComponent: () => import('../auth/login.page').then((m) => m.LoginPage),
  },
  {
    path: 'staff',
    title: 'titles.staff',
    canActivate: [signedInGuard],
    loadComponent: () => import('../auth/staff.page').then((m) => m.StaffPage),
  },
  {
    path: 'users',
    title: 'titles.users',
    canActivate: [adminGuard],
    loadComponent: () => import('../users/users.page').then((m) => m.UsersPage),
  },
  {
    path: '',
    pathMatch: 'full',
    title: 'titles.dashboard',
    canActivate: [organizerGuard],
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
    // `new` and saved ids share one route, so the page stays put (form and focus) when a new event is created.
    path: 'events/:id',
    canActivate: [organizerGuard],
    loadComponent: () => import('./event-editor/event-editor.page').then((m) => m.EventEditorPage),
  },
];
