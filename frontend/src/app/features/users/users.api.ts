import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CreateUserRequest, Page, UpdateUserRequest, User } from '@roundtable/contracts';
import type { Observable } from 'rxjs';

/** Accounts; the API allows all of this to admins only. */
@Injectable({ providedIn: 'root' })
export class UsersApi {
  private readonly http = inject(HttpClient);

  list(): Observable<Page<User>> {
    return this.http.get<Page<User>>('/api/users');
  }

  create(request: CreateUserRequest): Observable<User> {
    return this.http.post<User>('/api/users', request);
  }

  update(id: string, changes: UpdateUserRequest): Observable<User> {
    return this.http.patch<User>(`/api/users/${id}`, changes);
  }
}
