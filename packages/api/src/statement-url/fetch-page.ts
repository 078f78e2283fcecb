// Fetches a web page for statement intake. The address comes from a user, so the server must not
// become a way into its own network: every address it connects to, on every redirect, is checked.
import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import { BlockList, isIP, type LookupFunction } from "node:net";
import { pipeline, type Readable } from "node:stream";
import zlib from "node:zlib";
import { AppError } from "@pledgewatch/domain";

export interface FetchPageOptions {
  /** For the whole fetch, redirects included. */
  timeoutMs?: number;
  /** Of the page once decompressed, counted as it arrives. */
  maxBytes?: number;
  maxRedirects?: number;
  /**
   * For tests, which serve their pages on loopback: `true` allows every private address, a list
   * only those addresses. Never set from anything a user sends.
   */
  allowPrivateAddresses?: boolean | readonly string[];
}

export interface FetchedPage {
  /** Where the page was found, after redirects. */
  url: string;
  kind: "html" | "text";
  body: string;
}

const DEFAULTS = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 };

const CONTENT_KINDS: Record<string, FetchedPage["kind"]> = {
  "text/html": "html",
  "application/xhtml+xml": "html",
  "text/plain": "text",
};

/** Addresses a public web page never has: this machine, its networks, and special ranges. */
const NON_PUBLIC_ADDRESSES = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8], // unspecified, "this network"
  ["10.0.0.0", 8], // private
  ["100.64.0.0", 10], // carrier-grade NAT
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local, where cloud metadata services answer
  ["172.16.0.0", 12], // private
  ["192.168.0.0", 16], // private
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, and broadcast
] as const) {
  NON_PUBLIC_ADDRESSES.addSubnet(network, prefix, "ipv4");
}
// BlockList also matches IPv4-mapped IPv6 addresses (::ffff:10.0.0.1) against the IPv4 rules.
// The IPv6 forms that carry an IPv4 address inside (NAT64, 6to4, Teredo, IPv4-compatible) could
// reach 10.0.0.1 or 169.254.169.254 through a gateway, and no public page needs them: all refused.
for (const [network, prefix] of [
  ["::", 96], // unspecified, loopback and IPv4-compatible (::10.0.0.1)
  ["64:ff9b::", 96], // NAT64, well-known prefix
  ["64:ff9b:1::", 48], // NAT64, local use
  ["2001::", 32], // Teredo
  ["2002::", 16], // 6to4
  ["fe80::", 10], // link-local
  ["fc00::", 7], // unique-local
  ["ff00::", 8], // multicast
] as const) {
  NON_PUBLIC_ADDRESSES.addSubnet(network, prefix, "ipv6");
}

const sizeText = (bytes: number) =>
  bytes >= 1024 * 1024
    ? `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`
    : `${Math.round(bytes / 1024)} KB`;
const seconds = (ms: number) => `${Math.round(ms / 100) / 10} s`;
const fetchFailed = (message: string) => new AppError("FETCH_FAILED", message, "url");

/** The page at `address`, as text, or an AppError on the `url` field saying why not. */
export async function fetchPage(
  address: string,
  options: FetchPageOptions = {},
): Promise<FetchedPage> {
  const settings = {
    timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs,
    maxBytes: options.maxBytes ?? DEFAULTS.maxBytes,
    maxRedirects: options.maxRedirects ?? DEFAULTS.maxRedirects,
  };
  const isAllowed = addressPolicy(options.allowPrivateAddresses ?? false);
  const signal = AbortSignal.timeout(settings.timeoutMs);
  let url = parseHttpUrl(address);
  try {
    for (let redirects = 0; ; redirects++) {
      const response = await request(url, isAllowed, signal);
      const location = response.headers.location;
      if (response.statusCode && response.statusCode >= 300 && response.statusCode < 400) {
        response.resume();
        if (!location) throw fetchFailed(`The site answered ${statusText(response)}.`);
        if (redirects >= settings.maxRedirects) {
          throw fetchFailed(`The page redirects more than ${settings.maxRedirects} times.`);
        }
        url = parseHttpUrl(new URL(location, url).href);
        continue;
      }
      return await readPage(url, response, settings.maxBytes);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    if (signal.aborted) {
      throw fetchFailed(`The page took longer than ${seconds(settings.timeoutMs)} to arrive.`);
    }
    throw describeNetworkError(error, url);
  }
}

function parseHttpUrl(address: string): URL {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    throw new AppError("VALIDATION", "That is not a web address.", "url");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new AppError("VALIDATION", "Only http and https addresses can be fetched.", "url");
  }
  return url;
}

function addressPolicy(allowPrivate: boolean | readonly string[]) {
  return (address: string) =>
    allowPrivate === true ||
    (Array.isArray(allowPrivate) && allowPrivate.includes(address)) ||
    !NON_PUBLIC_ADDRESSES.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
}

function privateAddressError(address: string) {
  return new AppError(
    "VALIDATION",
    `That address is on a private network (${address}): only public web pages can be fetched.`,
    "url",
  );
}

/**
 * Resolves as usual, then refuses the host if any of its addresses is not allowed. It runs when
 * the socket connects, so the address checked is the address used: a name that resolves to a
 * public address when asked first and to 127.0.0.1 later (DNS rebinding) gets nowhere.
 */
function guardedLookup(isAllowed: (address: string) => boolean): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, "");
      const refused = addresses.find((candidate) => !isAllowed(candidate.address));
      if (refused) return callback(privateAddressError(refused.address), "");
      if (options.all) return callback(null, addresses);
      // dns.lookup reports ENOTFOUND rather than an empty list.
      const [first] = addresses as [dns.LookupAddress];
      callback(null, first.address, first.family);
    });
  };
}

function request(
  url: URL,
  isAllowed: (address: string) => boolean,
  signal: AbortSignal,
): Promise<http.IncomingMessage> {
  // A literal IP never goes through the lookup: check it here, before any connection.
  const literal = url.hostname.replace(/^\[(.*)\]$/, "$1");
  if (isIP(literal) && !isAllowed(literal)) return Promise.reject(privateAddressError(literal));
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const outgoing = client.get(url, {
      // A connection of its own, closed after the page: nothing pooled outlives the fetch.
      agent: false,
      lookup: guardedLookup(isAllowed),
      signal,
      headers: {
        accept: "text/html,application/xhtml+xml,text/plain;q=0.9",
        "accept-encoding": "gzip, deflate, br",
        "user-agent": "Pledgewatch statement intake",
      },
    });
    outgoing.once("response", resolve);
    outgoing.once("error", reject);
  });
}

async function readPage(
  url: URL,
  response: http.IncomingMessage,
  maxBytes: number,
): Promise<FetchedPage> {
  const status = response.statusCode ?? 0;
  if (status < 200 || status >= 300 || status === 204) {
    response.resume();
    throw fetchFailed(`The site answered ${statusText(response)}: check the address.`);
  }
  const [mediaType = "", ...parameters] = (response.headers["content-type"] ?? "")
    .split(";")
    .map((part) => part.trim());
  const kind = CONTENT_KINDS[mediaType.toLowerCase()];
  if (!kind) {
    response.resume();
    throw fetchFailed(
      `That address gives a file of type ${mediaType || "unknown"}, not a web page: paste the statement's text instead.`,
    );
  }
  const tooLarge = () => fetchFailed(`The page is larger than ${sizeText(maxBytes)}.`);
  if (Number(response.headers["content-length"] ?? 0) > maxBytes) {
    response.destroy();
    throw tooLarge();
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of decompressed(response)) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      response.destroy();
      throw tooLarge();
    }
    chunks.push(chunk as Buffer);
  }
  const bytes = Buffer.concat(chunks);
  const charset = parameters
    .find((parameter) => /^charset=/i.test(parameter))
    ?.slice("charset=".length)
    .replace(/^["']|["']$/g, "");
  return { url: url.href, kind, body: decode(bytes, charset ?? sniffCharset(bytes, kind)) };
}

const DECOMPRESSORS: Record<string, () => zlib.Gunzip | zlib.Inflate | zlib.BrotliDecompress> = {
  gzip: () => zlib.createGunzip(),
  "x-gzip": () => zlib.createGunzip(),
  deflate: () => zlib.createInflate(),
  br: () => zlib.createBrotliDecompress(),
};

/** The body as sent before compression; a failure or abort on either side ends both. */
function decompressed(response: http.IncomingMessage): Readable {
  const encoding = response.headers["content-encoding"]?.trim().toLowerCase() ?? "";
  const decompressor = DECOMPRESSORS[encoding];
  // The error reaches the caller through the stream it reads; pipeline needs a callback anyway.
  return decompressor ? pipeline(response, decompressor(), () => {}) : response;
}

/** A `<meta charset>` or `<meta http-equiv="content-type">` in the first 1024 bytes, as browsers look. */
function sniffCharset(bytes: Buffer, kind: FetchedPage["kind"]): string | undefined {
  if (kind !== "html") return undefined;
  const head = bytes.subarray(0, 1024).toString("latin1");
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head)?.[1];
}

function decoderFor(charset: string) {
  try {
    return new TextDecoder(charset);
  } catch {
    // An unknown label: UTF-8 is what most of the web uses.
    return new TextDecoder("utf-8");
  }
}

function decode(bytes: Buffer, charset = "utf-8"): string {
  const decoder = decoderFor(charset);
  // Node 20.18.3+ decodes windows-1252 (and latin1, its WHATWG alias) in one call as ISO-8859-1,
  // turning curly quotes and dashes into control characters (nodejs/node#60888); the streaming
  // path goes through ICU and decodes correctly.
  return decoder.decode(bytes, { stream: true }) + decoder.decode();
}

function statusText(response: http.IncomingMessage): string {
  const code = response.statusCode ?? 0;
  return `${code} ${response.statusMessage || http.STATUS_CODES[code] || ""}`.trim();
}

function describeNetworkError(error: unknown, url: URL): AppError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOTFOUND" || code === "EAI_AGAIN") {
    return fetchFailed(`No site answers at ${url.hostname}: check the address.`);
  }
  if (code === "ECONNREFUSED") return fetchFailed(`${url.host} refused the connection.`);
  if (code?.startsWith("ERR_TLS") || code?.includes("CERT")) {
    return fetchFailed(`${url.hostname}'s security certificate is not valid, so it was not read.`);
  }
  return fetchFailed(`Could not fetch the page from ${url.host}${code ? ` (${code})` : ""}.`);
}
