/**
 * The answers `m/early.js` asked for before the app's scripts arrived, by path and query: the portal's
 * session check and the first page of an owner's requests. Each is taken once, by the first GET of the same
 * address, so the app does not ask again; anything else goes to the network.
 */
export type EarlyAnswers = Record<string, Promise<Response> | undefined>

export const FIRST_PAGE_OF_MY_REQUESTS = 20

export function takeEarly(request: Request, early: EarlyAnswers | undefined): Promise<Response> | undefined {
  if (!early || request.method !== 'GET') {
    return undefined
  }
  const url = new URL(request.url)
  const key = url.pathname + url.search
  const answer = early[key]
  delete early[key]
  return answer
}

/** The client's fetch: an early answer when there is one for this call, else the network. */
export function fetchOrEarly(request: Request): Promise<Response> {
  const early = (globalThis as { __estatecareEarly?: EarlyAnswers }).__estatecareEarly
  return takeEarly(request, early) ?? globalThis.fetch(request)
}
