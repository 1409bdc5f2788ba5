import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { DataSource, IsNull } from 'typeorm';
import { unauthenticated } from '../../graphql/errors';
import { Agency } from '../agency/agency.entity';
import { Yot } from '../yot/yot.entity';
import { ApiToken } from './api-token.entity';
import { Caller, NOBODY, Role } from './roles';

/** Tokens look like `yjh_<43 base64url characters>` (32 random bytes). */
const PREFIX = 'yjh_';

/** SHA-256 of a token, hex: what is stored and looked up. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * A short id for a credential that says nothing about it: the first 12 hex characters of its SHA-256 (the
 * stored hash begins with them), never a prefix of the token. Logs, budgets and caches name callers by it.
 */
export function tokenId(token: string): string {
  return hashToken(token).slice(0, 12);
}

/**
 * The id of the credential an `Authorization` header carries, valid or not: `admin` for HUB_ADMIN_TOKEN (whose
 * hash, of a secret chosen by a person, is not given out), else `tokenId` of the bearer token (or of the whole
 * header when it is not a bearer one); undefined without a header.
 */
export function credentialId(header: string | undefined, adminToken?: string): string | undefined {
  if (!header) return undefined;
  const token = /^Bearer\s+(\S+)$/i.exec(header.trim())?.[1];
  if (token && adminToken && safeEqual(token, adminToken)) return 'admin';
  return tokenId(token ?? header);
}

/**
 * How long a token's caller is remembered after a lookup. Every request used to cost a statement to find its
 * token (issue 16); now a token is looked up once per this many ms. A revocation through `revoke` on this
 * process takes effect at once (it forgets every remembered caller); one made by another process (the CLI, a
 * second server) within this time.
 */
export const TOKEN_CACHE_MS = 5_000;
/** Callers remembered at most; past it the memory starts again (tokens are few; this bounds a flood of them). */
const TOKEN_CACHE_LIMIT = 10_000;
/** Token hash → the caller it names, the database it was read from (tests run several in one process) and until when. */
const remembered = new Map<string, { dataSource: DataSource; caller: Caller; until: number }>();

/** Counts revocations: a lookup that started before one does not remember what it read. */
let forgotten = 0;

/** Forgets every remembered token caller (after a revocation). */
export function forgetTokenCallers(): void {
  forgotten += 1;
  remembered.clear();
}

/** Creating, listing, revoking and checking API tokens. */
export class TokenService {
  /** Creates a token and returns it in clear text; it cannot be shown again. */
  static async create(
    dataSource: DataSource,
    options: { name: string; role: Role; yotCode?: string; agencyId?: number },
  ): Promise<string> {
    if (!/^[A-Za-z0-9][A-Za-z0-9 ._:-]{1,99}$/.test(options.name))
      throw new Error('--name must be 2–100 letters, digits, spaces or . _ : -');
    if (!Object.values(Role).includes(options.role))
      throw new Error(`--role must be one of ${Object.values(Role).join(', ')}`);
    const repo = dataSource.getRepository(ApiToken);
    if (await repo.existsBy({ name: options.name }))
      throw new Error(`a token named "${options.name}" exists; revoke it or pick another name`);
    let yotId: number | null = null;
    let agencyId: number | null = null;
    if (options.role === Role.YOT_MANAGER) {
      if (!options.yotCode) throw new Error('a YOT_MANAGER token needs --yot <code>');
      const yot = await dataSource.getRepository(Yot).findOneBy({ code: options.yotCode.toUpperCase() });
      if (!yot) throw new Error(`no YOT with code ${options.yotCode}`);
      yotId = yot.id;
    }
    if (options.role === Role.PARTNER) {
      if (!options.agencyId) throw new Error('a PARTNER token needs --agency <id>');
      if (!(await dataSource.getRepository(Agency).existsBy({ id: options.agencyId })))
        throw new Error(`no agency with id ${options.agencyId}`);
      agencyId = options.agencyId;
    }
    const token = `${PREFIX}${randomBytes(32).toString('base64url')}`;
    await repo.insert({ name: options.name, role: options.role, yotId, agencyId, tokenHash: hashToken(token) });
    return token;
  }

  /** All tokens, oldest first, without their hashes. */
  static async list(dataSource: DataSource) {
    const tokens = await dataSource.getRepository(ApiToken).find({ order: { id: 'ASC' } });
    return tokens.map(({ tokenHash: _hash, ...rest }) => rest);
  }

  /** Revokes a token by name; false when there is no active token of that name. */
  static async revoke(dataSource: DataSource, name: string): Promise<boolean> {
    const result = await dataSource
      .getRepository(ApiToken)
      .update({ name, revokedAt: IsNull() }, { revokedAt: new Date() });
    forgetTokenCallers();
    return (result.affected ?? 0) > 0;
  }

  /**
   * The caller an `Authorization` header names: no header → the anonymous caller; `Bearer <token>` for a
   * live token (or HUB_ADMIN_TOKEN) → that caller; anything else → UNAUTHENTICATED (401, the same for all three).
   */
  static async authenticate(
    dataSource: DataSource,
    header: string | undefined,
    settings: { adminToken?: string; anonymous: Caller },
  ): Promise<Caller> {
    if (!header) return settings.anonymous;
    const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
    if (!match) throw unauthenticated('invalidToken');
    const token = match[1];
    if (settings.adminToken && safeEqual(token, settings.adminToken))
      return { name: 'admin-token', role: Role.ADMIN, yotId: null, agencyId: null, tokenId: 'admin' };
    if (!token.startsWith(PREFIX)) throw unauthenticated('invalidToken');
    const hash = hashToken(token);
    const now = Date.now();
    const hit = remembered.get(hash);
    if (hit && hit.until > now && hit.dataSource === dataSource) return hit.caller;
    // Unknown and revoked tokens are not remembered: each is looked up again (and refused) every time.
    const lookupStarted = forgotten;
    const row = await dataSource.getRepository(ApiToken).findOneBy({ tokenHash: hash });
    if (!row || row.revokedAt) {
      remembered.delete(hash);
      throw unauthenticated('invalidToken');
    }
    // Frozen: the same object now serves many requests.
    const caller: Caller = Object.freeze({
      name: row.name,
      role: row.role,
      yotId: row.yotId,
      agencyId: row.agencyId,
      tokenId: row.tokenHash.slice(0, 12),
    });
    // A revocation while this lookup waited may have come after the row was read: serve it once, keep nothing.
    if (lookupStarted !== forgotten) return caller;
    if (remembered.size >= TOKEN_CACHE_LIMIT) remembered.clear();
    remembered.set(hash, { dataSource, caller, until: now + TOKEN_CACHE_MS });
    return caller;
  }
}

/** Compares two secrets in constant time (for their length). */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export { NOBODY };
