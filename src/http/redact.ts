/**
 * What never reaches a log line: credentials in headers and in query parameters. The access log writes a slim
 * line (method, path, status, time, request id, token id) and no headers at all; these rules also redact any
 * header or URL that a log call elsewhere might pass (pino's `redact`, and `redactUrl` for paths).
 */

/** Query parameter names that carry secrets: `?token=`, `?access_token=`, `?api_key=`, `?password=` and the like. */
const SECRET_PARAMETER = /token|key|secret|pass(word|wd)?|auth|session|sig(nature)?|credential|jwt|bearer|cookie/i;

/**
 * `/graphql?token=abc&query=…` → `/graphql?token=[REDACTED]&query=…` (names kept, secret values dropped), and the
 * same for path parameters (`/graphql;token=abc` → `/graphql;token=[REDACTED]`, `;jsessionid=…` too), which
 * some clients and proxies send in a path segment.
 */
export function redactUrl(url: string | undefined): string | undefined {
  if (!url) return url;
  const at = url.indexOf('?');
  const path = redactPathParameters(at < 0 ? url : url.slice(0, at));
  if (at < 0) return path;
  const query = url
    .slice(at + 1)
    .split('&')
    .map((pair) =>
      isSecretName(pair.split('=', 1)[0]) && pair.includes('=') ? `${pair.split('=', 1)[0]}=[REDACTED]` : pair,
    )
    .join('&');
  return `${path}?${query}`;
}

/** `;name=value` in any path segment, its value dropped when the name says it is a secret. */
function redactPathParameters(path: string): string {
  return path.replace(/;([^;=/#]*)=([^;/#]*)/g, (whole, name: string) =>
    isSecretName(name) ? `;${name}=[REDACTED]` : whole,
  );
}

/** A parameter name, percent-decoded when it can be (a malformed escape is judged raw), that names a secret. */
function isSecretName(name: string): boolean {
  let decoded = name;
  try {
    decoded = decodeURIComponent(name);
  } catch {
    // a malformed escape: judge the raw name
  }
  return SECRET_PARAMETER.test(decoded);
}

/** Headers that carry credentials, redacted wherever a log object holds `headers` (lower-case, as Node gives them). */
export const SECRET_HEADERS = [
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
  'x-hub-token',
  'x-auth-token',
  'x-access-token',
  'x-csrf-token',
  'x-amz-security-token',
];

/** pino `redact` paths: the secret headers at the places a request, response or error object keeps them. */
export const REDACT_PATHS = ['req', 'res', 'request', 'response', 'err.config', 'err.request', 'err.response']
  .flatMap((at) => SECRET_HEADERS.map((header) => `${at}.headers["${header}"]`))
  .concat(SECRET_HEADERS.map((header) => `headers["${header}"]`));
