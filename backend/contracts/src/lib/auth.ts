import type { Language, UserRole } from './vocabulary';

export interface LoginRequest {
  email: string;
  password: string;
}

export interface User {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  language: Language;
  active: boolean;
  createdAt: string;
}

export interface LoginResponse {
  accessToken: string;
  /** When the token stops working (ISO 8601). */
  expiresAt: string;
  user: Pick<User, 'id' | 'email' | 'name' | 'role' | 'language'>;
}

export interface CreateUserRequest {
  email: string;
  name: string;
  role: UserRole;
  password: string;
  language?: Language;
}

export interface UpdateUserRequest {
  name?: string;
  role?: UserRole;
  password?: string;
  language?: Language;
  active?: boolean;
}
