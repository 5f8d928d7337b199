/**
 * Client addresses for per-client limits (the API's, and the p2p network's inbound connections): an
 * address as a number, the client it belongs to (an IPv4 address, or an IPv6 /64: what one host or
 * subscriber usually gets), and CIDR ranges.
 */
import { isIPv4, isIPv6 } from "node:net";

/** An address as a number: 32 bits for IPv4 (also when IPv4-mapped), 128 for IPv6; else undefined. */
export function parseAddress(address: string | undefined): { v6: boolean; value: bigint } | undefined {
  if (address === undefined) return undefined;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  const plain = mapped ? mapped[1]! : address.split("%")[0]!; // a zone id (fe80::1%eth0) is not part of it
  if (isIPv4(plain)) {
    const value = plain.split(".").reduce((acc, octet) => (acc << 8n) | BigInt(octet), 0n);
    return { v6: false, value };
  }
  if (!isIPv6(plain)) return undefined;
  const groups = expandIPv6(plain);
  return { v6: true, value: groups.reduce((acc, g) => (acc << 16n) | BigInt(Number.parseInt(g, 16)), 0n) };
}

/** The eight 16-bit groups of an IPv6 address as hex strings (an embedded IPv4 tail as two groups). */
function expandIPv6(address: string): string[] {
  const v4Tail = /(\d+\.\d+\.\d+\.\d+)$/.exec(address);
  let text = address;
  if (v4Tail) {
    const [a, b, c, d] = v4Tail[1]!.split(".").map(Number) as [number, number, number, number];
    text = `${address.slice(0, -v4Tail[1]!.length)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.toLowerCase().split("::") as [string, string | undefined];
  const part = (s: string | undefined) => (s ? s.split(":") : []);
  const left = part(head);
  if (tail === undefined) return left;
  const right = part(tail);
  return [...left, ...new Array<string>(8 - left.length - right.length).fill("0"), ...right];
}

/**
 * The client an address belongs to: the IPv4 address, or the IPv6 /64 (as hex); undefined for
 * anything else (a closed socket has no address).
 */
export function clientKey(address: string | undefined): string | undefined {
  const parsed = parseAddress(address);
  return parsed === undefined ? undefined : keyOf(parsed);
}

const keyOf = (parsed: { v6: boolean; value: bigint }) =>
  parsed.v6 ? `6:${(parsed.value >> 64n).toString(16)}` : `4:${parsed.value.toString(16)}`;

export interface Cidr {
  v6: boolean;
  base: bigint;
  prefix: number;
}

/** `10.0.0.0/8`, `::1/128`, or a bare address (a single host); undefined for anything else. */
export function parseCidr(text: string): Cidr | undefined {
  const [address, bits, extra] = text.trim().split("/");
  const parsed = parseAddress(address);
  const width = parsed?.v6 ? 128 : 32;
  const prefix = bits === undefined ? width : /^\d{1,3}$/.test(bits) ? Number(bits) : Number.NaN;
  if (parsed === undefined || extra !== undefined || !(prefix >= 0 && prefix <= width)) return undefined;
  const shift = BigInt(width - prefix);
  return { v6: parsed.v6, base: (parsed.value >> shift) << shift, prefix };
}

export function inCidr(address: { v6: boolean; value: bigint }, cidr: Cidr): boolean {
  if (address.v6 !== cidr.v6) return false;
  const shift = BigInt((cidr.v6 ? 128 : 32) - cidr.prefix);
  return (address.value >> shift) << shift === cidr.base;
}

/**
 * Who per-client limits apply to: built from a list of exempt addresses or ranges (each checked:
 * `invalid(text)` is thrown for a bad one), it answers an address's client key, or undefined for an
 * exempt address or one that is not an IP address. The address is parsed once.
 */
export function limitedClients(
  exempt: readonly string[],
  invalid: (text: string) => Error,
): (address: string | undefined) => string | undefined {
  const ranges = exempt.map((text) => {
    const cidr = parseCidr(text);
    if (cidr === undefined) throw invalid(text);
    return cidr;
  });
  return (address) => {
    const parsed = parseAddress(address);
    if (parsed === undefined || ranges.some((cidr) => inCidr(parsed, cidr))) return undefined;
    return keyOf(parsed);
  };
}
