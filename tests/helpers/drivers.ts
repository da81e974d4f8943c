import fs from 'node:fs'
import path from 'node:path'

import type { Payload } from 'payload'

import type { Driver } from './accessMatrix'
import { type Actor, fixture, password, type World } from './world'

type Id = number | string
type Any = Record<string, unknown>

/** The Local API as request-serving code uses it: overrideAccess false, the actor as user. */
export function localDriver(payload: Payload, w: World): Driver {
  const user = (actor: Actor) =>
    actor === 'anonymous' ? undefined : ({ ...w.users[actor], collection: 'users' } as never)
  const attempt = async <T>(fn: () => Promise<T>) => {
    try {
      return { ok: true, value: await fn() }
    } catch {
      return { ok: false, value: undefined }
    }
  }
  const base = { overrideAccess: false, depth: 0 } as const
  return {
    async find(collection, actor) {
      const r = await attempt(() =>
        payload.find({
          collection: collection as 'members',
          user: user(actor),
          pagination: false,
          ...base,
        }),
      )
      return { ok: r.ok, docs: (r.value?.docs ?? []) as unknown as Any[] }
    },
    async create(collection, actor, data, file) {
      const r = await attempt(() =>
        payload.create({
          collection: collection as 'members',
          data: data as never,
          user: user(actor),
          filePath: file ? fixture(file) : undefined,
          ...base,
        }),
      )
      return { ok: r.ok, doc: r.value as Any | undefined }
    },
    async update(collection, actor, id, data) {
      const r = await attempt(() =>
        payload.update({
          collection: collection as 'members',
          id,
          data: data as never,
          user: user(actor),
          ...base,
        }),
      )
      return { ok: r.ok, doc: r.value as Any | undefined }
    },
    async remove(collection, actor, id) {
      const r = await attempt(() =>
        payload.delete({ collection: collection as 'members', id, user: user(actor), ...base }),
      )
      return { ok: r.ok }
    },
    async readGlobal(slug, actor) {
      const r = await attempt(() =>
        payload.findGlobal({ slug: slug as 'settings', user: user(actor), ...base }),
      )
      return { ok: r.ok, doc: r.value as Any | undefined }
    },
    async updateGlobal(slug, actor, data) {
      const r = await attempt(() =>
        payload.updateGlobal({
          slug: slug as 'settings',
          data: data as never,
          user: user(actor),
          ...base,
        }),
      )
      return { ok: r.ok }
    },
    async findVersions(collection, actor) {
      const r = await attempt(() =>
        payload.findVersions({
          collection: collection as 'members',
          user: user(actor),
          pagination: false,
          ...base,
        }),
      )
      return { ok: r.ok, parents: (r.value?.docs ?? []).map((v) => String(v.parent)) }
    },
    async readGlobalVersions(slug, actor) {
      const r = await attempt(() =>
        payload.findGlobalVersions({ slug: slug as 'settings', user: user(actor), ...base }),
      )
      return { ok: r.ok, count: r.value?.docs.length ?? 0 }
    },
  }
}

/** The REST API over HTTP, logged in with each actor's email and password. */
export async function restDriver(
  baseUrl: string,
  w: World,
): Promise<Driver & { tokens: Record<string, string> }> {
  const tokens: Record<string, string> = {}
  for (const actor of ['memberA', 'memberB', 'editor', 'admin'] as const) {
    const res = await fetch(`${baseUrl}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: w.users[actor].email, password }),
    })
    if (!res.ok) throw new Error(`login as ${actor} failed: ${res.status} ${await res.text()}`)
    tokens[actor] = ((await res.json()) as { token: string }).token
  }
  const headers = (actor: Actor, json = true): Record<string, string> => ({
    ...(json ? { 'content-type': 'application/json' } : {}),
    ...(actor === 'anonymous' ? {} : { authorization: `JWT ${tokens[actor]}` }),
  })
  const call = async (method: string, url: string, actor: Actor, body?: Any) => {
    const res = await fetch(`${baseUrl}${url}`, {
      method,
      headers: headers(actor),
      body: body ? JSON.stringify(body) : undefined,
    })
    const json = (await res.json().catch(() => ({}))) as Any
    return { ok: res.ok, status: res.status, json }
  }
  return {
    tokens,
    async find(collection, actor) {
      const r = await call('GET', `/api/${collection}?pagination=false&depth=0`, actor)
      return { ok: r.ok, docs: (r.json.docs ?? []) as Any[] }
    },
    async create(collection, actor, data, file) {
      if (!file) {
        const r = await call('POST', `/api/${collection}?depth=0`, actor, data)
        return { ok: r.ok, doc: r.json.doc as Any | undefined }
      }
      const form = new FormData()
      const bytes = fs.readFileSync(fixture(file))
      const type = file.endsWith('.pdf')
        ? 'application/pdf'
        : file.endsWith('.yaml')
          ? 'application/yaml'
          : file.endsWith('.json')
            ? 'application/json'
            : 'image/png'
      form.append('file', new Blob([bytes], { type }), path.basename(file))
      form.append('_payload', JSON.stringify(data))
      const res = await fetch(`${baseUrl}/api/${collection}?depth=0`, {
        method: 'POST',
        headers: headers(actor, false),
        body: form,
      })
      const json = (await res.json().catch(() => ({}))) as Any
      return { ok: res.ok, doc: json.doc as Any | undefined }
    },
    async update(collection, actor, id: Id, data) {
      const r = await call('PATCH', `/api/${collection}/${id}?depth=0`, actor, data)
      return { ok: r.ok, doc: r.json.doc as Any | undefined }
    },
    async remove(collection, actor, id: Id) {
      return { ok: (await call('DELETE', `/api/${collection}/${id}`, actor)).ok }
    },
    async readGlobal(slug, actor) {
      const r = await call('GET', `/api/globals/${slug}?depth=0`, actor)
      return { ok: r.ok, doc: r.json }
    },
    async updateGlobal(slug, actor, data) {
      return { ok: (await call('POST', `/api/globals/${slug}`, actor, data)).ok }
    },
    async findVersions(collection, actor) {
      const r = await call('GET', `/api/${collection}/versions?pagination=false&depth=0`, actor)
      const docs = (r.json.docs ?? []) as { parent: unknown }[]
      return { ok: r.ok, parents: docs.map((v) => String(v.parent)) }
    },
    async readGlobalVersions(slug, actor) {
      const r = await call('GET', `/api/globals/${slug}/versions?depth=0`, actor)
      return { ok: r.ok, count: ((r.json.docs ?? []) as unknown[]).length }
    },
  }
}
