/**
 * A YOT code as stored (the ONS local authority code, e.g. `E08000011`): callers may send it with spaces around
 * or in lower case. Every argument or filter naming a YOT by code passes through here.
 */
export function normaliseYotCode(code: string): string {
  return code.trim().toUpperCase();
}
