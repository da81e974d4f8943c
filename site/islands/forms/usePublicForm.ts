import { type FormEvent, useEffect, useId, useRef, useState } from 'react'
import type { z } from 'zod'

import { errorText, type FormLabels, say } from './labels'
import { sendForm } from './send'

type Rules = typeof import('@shared/formSchema')
let rules: Promise<Rules> | undefined
/**
 * The shared rules (zod and the legal-ID checks, most of the form's JavaScript) load when a
 * visitor first enters the form, not with the page.
 */
const loadRules = () => {
  rules ??= import('@shared/formSchema').catch((error: unknown) => {
    rules = undefined
    throw error
  })
  return rules
}

/** A list of rows, e.g. a participant's offers: each row's fields are named `<list>.<i>.<field>`. */
export type Rows = Record<string, string | string[]>[]
export type Value = string | boolean | string[] | Rows
export type Values = Record<string, Value>

/** A form's rules: one of the schemas of cms/shared/formSchema.ts, or one loaded on its own. */
type SchemaSource = 'inquirySchema' | 'applicationSchema' | (() => Promise<z.ZodType>)

type Options<V extends Values> = {
  /**
   * The fields a visitor fills, in the order they appear; errors of others are form-wide. A
   * list of rows is one field: its rows' fields are named by their path, e.g. `offers.0.title`.
   */
  fields: string[]
  initial: V
  schema: SchemaSource
  /** The prefix of the fields' labels in `labels`: `<prefix>.<field>`. */
  labelPrefix?: string
  /** The request body from the values; `startedAt` and the honeypot are added here. */
  body: (values: V) => Record<string, unknown>
  url: string
  locale: string
  labels: FormLabels
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/**
 * State and submission of a public form: the shared rules checked before sending (one error
 * per field, in the page's language), the honeypot and the time the form was opened, focus on
 * the first error, and the server's answer. `mounted` is false in the server's HTML and until
 * hydration, so a page without JavaScript shows its fallback instead of a form that cannot send.
 */
export function usePublicForm<V extends Values>(options: Options<V>) {
  const { fields, schema, url, locale, labels } = options
  const id = useId()
  const [values, setValues] = useState<V>(options.initial)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const [formError, setFormError] = useState('')
  const [status, setStatus] = useState<'idle' | 'sending' | 'sent'>('idle')
  const [mounted, setMounted] = useState(false)
  const [focusTick, setFocusTick] = useState(0)
  const startedAt = useRef(0)
  const homepage = useRef('')
  const loaded = useRef<{ rules: Rules; schema: z.ZodType } | undefined>(undefined)
  const busy = useRef(false)
  const formRef = useRef<HTMLFormElement>(null)
  const alertRef = useRef<HTMLDivElement>(null)
  const doneRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    startedAt.current = Date.now()
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the server's HTML and the hydrating render must both show the fallback; the form appears in the render after
    setMounted(true)
  }, [])

  // After a failed attempt the first field in error (or the form's message) takes the focus.
  useEffect(() => {
    if (focusTick === 0) return
    const first = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')
    ;(first ?? alertRef.current)?.focus()
  }, [focusTick])

  useEffect(() => {
    if (status === 'sent') doneRef.current?.focus()
  }, [status])

  /** Whether a field (or a row's field, `offers.0.title`) is one the visitor sees. */
  const shown = (field: string) =>
    fields.includes(field) || fields.some((f) => field.startsWith(`${f}.`))

  const requestBody = (v: V) => ({
    ...options.body(v),
    homepage: homepage.current,
    startedAt: startedAt.current,
  })

  /** Field errors of the visible fields, in words; the rest is for the server to judge. */
  const check = (v: V): Record<string, string> => {
    if (!loaded.current) return {}
    const { rules, schema: rulesOfForm } = loaded.current
    const body = requestBody(v)
    const result = rules.checkForm(rulesOfForm, body)
    if (result.ok) return {}
    const codes: Record<string, string> = { ...result.errors }
    // checkForm names a field by its first path segment (what the server answers with); a
    // field in a list of rows gets its own error too, under its whole path.
    const parsed = rulesOfForm.safeParse(body)
    for (const issue of parsed.error?.issues ?? []) {
      const path = issue.path.join('.')
      if (issue.path.length > 1 && !Object.hasOwn(codes, path)) codes[path] = issue.message
    }
    const out: Record<string, string> = {}
    for (const [field, code] of Object.entries(codes)) {
      if (shown(field)) out[field] = errorText(labels, code)
    }
    return out
  }

  const set = (field: keyof V & string, value: Value, path: string = field) => {
    const next = { ...values, [field]: value }
    setValues(next)
    // A field marked wrong is checked again as it is corrected, so the mark goes when it is right.
    if (errors[path] || errors[field]) {
      const found = check(next)
      setErrors((current) => ({
        ...current,
        [path]: found[path] ?? '',
        [field]: found[field] ?? '',
      }))
    }
  }

  const fail = (fieldErrors: Record<string, string>, message: string) => {
    setErrors(fieldErrors)
    setFormError(message)
    setFocusTick((n) => n + 1)
  }

  const prepare = async () => {
    const rules = await loadRules()
    const rulesOfForm: z.ZodType = typeof schema === 'function' ? await schema() : rules[schema]
    loaded.current = { rules, schema: rulesOfForm }
    return rules
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (busy.current || status === 'sent') return
    busy.current = true
    void submit().finally(() => (busy.current = false))
  }

  const submit = async () => {
    let minFillSeconds: number
    try {
      ;({ minFillSeconds } = await prepare())
    } catch {
      return fail({}, say(locale, labels, 'form.error.network'))
    }
    const found = check(values)
    if (Object.keys(found).length > 0) return fail(found, '')
    setStatus('sending')
    setErrors({})
    setFormError('')
    // Someone quick (or a password manager) must not be taken for a bot: wait out the minimum.
    const early = startedAt.current + minFillSeconds * 1000 + 250 - Date.now()
    if (early > 0) await sleep(early)
    const outcome = await sendForm(url, requestBody(values), locale, labels)
    if (outcome.kind === 'sent') return setStatus('sent')
    setStatus('idle')
    if (outcome.kind === 'failed') return fail({}, outcome.message)
    const fieldErrors: Record<string, string> = {}
    const others: string[] = []
    for (const [field, text] of Object.entries(outcome.errors)) {
      if (shown(field)) fieldErrors[field] = text
      else others.push(text)
    }
    fail(fieldErrors, [...new Set(others)].join(' '))
  }

  /** The props of a text field: id, label (`form.<name>`), value, error and change handler. */
  const field = (name: keyof V & string) => ({
    id: `${id}-${name}`,
    name,
    label: say(locale, labels, `${options.labelPrefix ?? 'form'}.${name}`),
    value: String(values[name]),
    error: errors[name] || undefined,
    onChange: (value: string) => set(name, value),
  })

  return {
    /** The form's own id; its fields' ids start with it. */
    id,
    field,
    values,
    set,
    errors,
    formError,
    status,
    mounted,
    onSubmit,
    /** For the form's onFocus: starts loading the rules before they are needed. */
    prepare: () => void prepare().catch(() => {}),
    onHoneypot: (value: string) => {
      homepage.current = value
    },
    refs: { form: formRef, alert: alertRef, done: doneRef },
  }
}
