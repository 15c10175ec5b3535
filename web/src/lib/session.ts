/** The signed-in session, kept in localStorage so it survives a reload. */

export type Role = 'VIEWER' | 'EDITOR' | 'ADMIN';

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

export interface Session {
  token: string;
  /** RFC 3339; the session ends then even if the page stays open. */
  expiresAt: string;
  user: SessionUser;
}

const KEY = 'vizpost.session';
type Listener = () => void;

function storage(): Storage | null {
  return typeof localStorage === 'undefined' ? null : localStorage;
}

function isSession(v: unknown): v is Session {
  if (!v || typeof v !== 'object') return false;
  const s = v as Partial<Session>;
  return typeof s.token === 'string' && typeof s.expiresAt === 'string' && !!s.user && typeof s.user.role === 'string';
}

function read(): Session | null {
  try {
    const raw = storage()?.getItem(KEY);
    const parsed: unknown = raw ? JSON.parse(raw) : null;
    return isSession(parsed) ? parsed : null;
  } catch {
    return null;
  }
}

export function isExpired(session: Session, now = Date.now()): boolean {
  const at = Date.parse(session.expiresAt);
  return Number.isNaN(at) || at <= now;
}

let current: Session | null = read();
const listeners = new Set<Listener>();

function emit() {
  for (const l of listeners) l();
}

export const sessionStore = {
  /** The live session, or null when signed out or expired. */
  get(): Session | null {
    if (current && isExpired(current)) {
      current = null;
      storage()?.removeItem(KEY);
    }
    return current;
  },
  set(session: Session) {
    current = session;
    storage()?.setItem(KEY, JSON.stringify(session));
    emit();
  },
  updateUser(user: SessionUser) {
    if (current) this.set({ ...current, user });
  },
  clear() {
    if (!current && !storage()?.getItem(KEY)) return;
    current = null;
    storage()?.removeItem(KEY);
    emit();
  },
  subscribe(listener: Listener): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
  token(): string | null {
    return this.get()?.token ?? null;
  },
};

/** What a role may do; the server enforces the same. */
export function canEdit(role: Role | undefined): boolean {
  return role === 'EDITOR' || role === 'ADMIN';
}

export function isAdmin(role: Role | undefined): boolean {
  return role === 'ADMIN';
}
