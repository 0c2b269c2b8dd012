// The organization's present servers by name, with indexes kept up to date on every set and
// delete. Rules ask per step "which versions are present", "does a server of this name exist
// as Windows compares names" or "is any 2016 server below CU23"; scanning every server to
// answer made linting quadratic in the number of servers (a 1,666-server runbook took five
// times its parse time). Queries also accept a plain Map and then scan, so a state built by
// hand stays correct.
import type { ServerState } from './model';
import { updateRank } from './knowledge/versions';
import { ServerMap, serverKey } from './util/server-name';

export class PresentServers extends ServerMap<ServerState> {
  private readonly byVersion = new Map<string | undefined, Set<ServerState>>();
  /** Lowest known update rank per version; absent when it must be computed again. */
  private readonly lowestRank = new Map<string | undefined, number | undefined>();

  override set(name: string, server: ServerState): this {
    const previous = super.get(name);
    if (previous) this.forget(previous);
    super.set(name, server);
    let group = this.byVersion.get(server.version);
    if (!group) this.byVersion.set(server.version, (group = new Set()));
    group.add(server);
    this.lowestRank.delete(server.version);
    return this;
  }

  override delete(name: string): boolean {
    const previous = super.get(name);
    if (!previous) return false;
    this.forget(previous);
    return super.delete(name);
  }

  override clear(): void {
    super.clear();
    this.byVersion.clear();
    this.lowestRank.clear();
  }

  /** Tells the index that `server.update` changed. */
  updated(server: ServerState): void {
    this.lowestRank.delete(server.version);
  }

  versions(): (string | undefined)[] {
    return [...this.byVersion.keys()];
  }

  lowestUpdateRank(version: string): number | undefined {
    if (this.lowestRank.has(version)) return this.lowestRank.get(version);
    let lowest: number | undefined;
    for (const s of this.byVersion.get(version) ?? []) {
      const rank = updateRank(version, s.update);
      if (rank !== undefined && (lowest === undefined || rank < lowest)) lowest = rank;
    }
    this.lowestRank.set(version, lowest);
    return lowest;
  }

  private forget(server: ServerState): void {
    const group = this.byVersion.get(server.version);
    group?.delete(server);
    if (group && group.size === 0) this.byVersion.delete(server.version);
    this.lowestRank.delete(server.version);
  }
}

/** The distinct versions of the present servers (undefined for a server without one). */
export function presentVersions(servers: Map<string, ServerState>): (string | undefined)[] {
  if (servers instanceof PresentServers) return servers.versions();
  return [...new Set([...servers.values()].map((s) => s.version))];
}

/** The present server of this name as Windows compares names (util/server-name.ts), if any. */
export function presentServerNamed(servers: Map<string, ServerState>, name: string): ServerState | undefined {
  if (servers instanceof ServerMap) return servers.get(name);
  const key = serverKey(name);
  for (const s of servers.values()) if (serverKey(s.name) === key) return s;
  return undefined;
}

/** The lowest update (as updateRank orders them) among present servers of `version`; undefined when none is known. */
export function lowestUpdateRank(servers: Map<string, ServerState>, version: string): number | undefined {
  if (servers instanceof PresentServers) return servers.lowestUpdateRank(version);
  let lowest: number | undefined;
  for (const s of servers.values()) {
    if (s.version !== version) continue;
    const rank = updateRank(version, s.update);
    if (rank !== undefined && (lowest === undefined || rank < lowest)) lowest = rank;
  }
  return lowest;
}

/** Call after changing a present server's `update` in place. */
export function serverUpdated(servers: Map<string, ServerState>, server: ServerState): void {
  if (servers instanceof PresentServers) servers.updated(server);
}
