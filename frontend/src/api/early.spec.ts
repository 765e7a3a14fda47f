import { describe, expect, it } from 'vitest'
import createClient from 'openapi-fetch'
import { FIRST_PAGE_OF_MY_REQUESTS, takeEarly, type EarlyAnswers } from './early'
import type { paths } from './schema'
import { WAITING_LIMIT } from '@/stores/waiting'
import script from '../../m/early.js?raw'

const answer = (body: string) => Promise.resolve(new Response(body))

describe('the answers asked for before the app arrived', () => {
  it('are taken once, by a GET of the same path and query', async () => {
    const early: EarlyAnswers = { '/api/v1/me': answer('me') }
    expect(takeEarly(new Request('http://localhost/api/v1/me', { method: 'POST' }), early)).toBeUndefined()
    expect(takeEarly(new Request('http://localhost/api/v1/me?x=1'), early)).toBeUndefined()
    expect(await (await takeEarly(new Request('http://localhost/api/v1/me'), early))?.text()).toBe('me')
    expect(takeEarly(new Request('http://localhost/api/v1/me'), early)).toBeUndefined()
    expect(takeEarly(new Request('http://localhost/api/v1/me'), undefined)).toBeUndefined()
  })

  it('match the addresses the client asks for: m/early.js asks for these', async () => {
    const asked: string[] = []
    const client = createClient<paths>({
      baseUrl: 'http://localhost',
      fetch: async (request: Request) => {
        asked.push(new URL(request.url).pathname + new URL(request.url).search)
        return new Response('{}', { headers: { 'Content-Type': 'application/json' } })
      },
    })
    await client.GET('/api/v1/me')
    await client.GET('/api/v1/requests', { params: { query: { awaitingMe: true, limit: WAITING_LIMIT } } })
    await client.GET('/api/v1/requests', { params: { query: { awaitingMe: false, cursor: undefined, limit: FIRST_PAGE_OF_MY_REQUESTS } } })
    for (const url of asked) {
      expect(script).toContain(`get('${url}')`)
    }
    expect(asked).toEqual(['/api/v1/me', '/api/v1/requests?awaitingMe=true&limit=100', '/api/v1/requests?awaitingMe=false&limit=20'])
  })
})
