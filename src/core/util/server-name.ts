// Server names compare as Windows and DNS compare them: without regard to case.
// The fold is ASCII only, as RFC 4343 section 3 defines case-insensitivity for DNS
// names: A–Z equal a–z and nothing else. Windows computer names are DNS host labels, so a
// Unicode fold (toLowerCase: Kelvin sign K → k, dotted İ → i̇) would call names equal that
// Windows and DNS keep apart. Every rule, the model and the editor compare through this file.

const UPPER_ASCII = /[A-Z]/;

/** The key a server name is compared by: ASCII letters folded to lower case, everything else as written. */
/** Names lowered so far (a runbook names a few hundred servers; a cap keeps hostile input from growing it). */
const keys = new Map<string, string>();
const MAX_KEYS = 10_000;

export function serverKey(name: string): string {
  if (!UPPER_ASCII.test(name)) return name;
  // The model and the rules look the same few names up for every step: each lowered once.
  const known = keys.get(name);
  if (known !== undefined) return known;
  if (keys.size >= MAX_KEYS) keys.clear();
  let out = '';
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : name[i];
  }
  keys.set(name, out);
  return out;
}

/** True when the two names name the same server. */
export function sameServerName(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && serverKey(a) === serverKey(b);
}

/**
 * A map by server name that looks names up by their key, so `ex07-cas01` finds `EX07-CAS01`.
 * Iteration (keys, entries, forEach) gives each name as first written, for messages.
 */
export class ServerMap<V> extends Map<string, V> {
  /** key → the name as first written, while the key is in the map. */
  declare private written?: Map<string, string>;

  override get(name: string): V | undefined {
    return super.get(serverKey(name));
  }
  override has(name: string): boolean {
    return super.has(serverKey(name));
  }
  override set(name: string, value: V): this {
    // Map's constructor calls set before this class's fields exist.
    this.written ??= new Map();
    const key = serverKey(name);
    if (!this.written.has(key)) this.written.set(key, name);
    return super.set(key, value);
  }
  override delete(name: string): boolean {
    const key = serverKey(name);
    this.written?.delete(key);
    return super.delete(key);
  }
  override clear(): void {
    this.written?.clear();
    super.clear();
  }
  override *keys(): MapIterator<string> {
    for (const key of super.keys()) yield this.written?.get(key) ?? key;
  }
  override *entries(): MapIterator<[string, V]> {
    for (const [key, value] of super.entries()) yield [this.written?.get(key) ?? key, value];
  }
  override [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
  override forEach(callback: (value: V, name: string, map: Map<string, V>) => void, thisArg?: unknown): void {
    for (const [name, value] of this.entries()) callback.call(thisArg, value, name, this);
  }
}

/** A set of server names that holds each name once, whatever its case; iteration gives names as first added. */
export class ServerNameSet implements Iterable<string> {
  private readonly names = new Map<string, string>();
  constructor(names: Iterable<string> = []) {
    for (const n of names) this.add(n);
  }
  add(name: string): this {
    const key = serverKey(name);
    if (!this.names.has(key)) this.names.set(key, name);
    return this;
  }
  has(name: string): boolean {
    return this.names.has(serverKey(name));
  }
  delete(name: string): boolean {
    return this.names.delete(serverKey(name));
  }
  get size(): number {
    return this.names.size;
  }
  [Symbol.iterator](): Iterator<string> {
    return this.names.values();
  }
}
