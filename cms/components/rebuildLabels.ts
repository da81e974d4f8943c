/** Words of the "Rebuild now" panel (RebuildNow.tsx), in the admin's languages. */
type Labels = {
  status: string
  startedAt: string
  duration: string
  pages: string
  button: string
  hint: string
  queued: string
  failedToQueue: string
  result: Record<'never' | 'queued' | 'running' | 'succeeded' | 'failed', string>
  triggeredBy: string
  deployHook: string
  logTail: string
  operation: Record<
    'publish' | 'unpublish' | 'delete' | 'update' | 'manual' | 'startup' | 'command',
    string
  >
}

export const labels = {
  en: {
    status: 'Portal',
    startedAt: 'last build started',
    duration: 'took',
    pages: 'pages',
    button: 'Rebuild now',
    hint: 'Publishing rebuilds the portal by itself within about a minute; this button starts a build at once, e.g. after a failed one.',
    queued: 'The rebuild is queued and starts within a few seconds.',
    failedToQueue: 'The rebuild could not be queued.',
    deployHook: 'Deploy hook',
    logTail: 'Log of the last build',
    triggeredBy: 'Triggered by',
    operation: {
      publish: 'published',
      unpublish: 'unpublished',
      delete: 'deleted',
      update: 'saved',
      manual: 'Rebuild now',
      startup: 'built by npm start',
      command: 'built by npm run build:site',
    },
    result: {
      never: 'never built by the CMS',
      queued: 'rebuild queued',
      running: 'rebuilding …',
      succeeded: 'up to date',
      failed: 'the last build failed; the previous site is still online',
    },
  },
  bg: {
    status: 'Портал',
    startedAt: 'последното генериране започна',
    duration: 'продължи',
    pages: 'страници',
    button: 'Генерирай сега',
    hint: 'Публикуването обновява портала само до около минута; бутонът стартира генериране веднага, напр. след неуспешно.',
    queued: 'Генерирането е в опашката и започва до няколко секунди.',
    failedToQueue: 'Генерирането не можа да бъде поставено в опашката.',
    deployHook: 'Deploy hook',
    logTail: 'Журнал на последното генериране',
    triggeredBy: 'Причина',
    operation: {
      publish: 'публикуван',
      unpublish: 'скрит',
      delete: 'изтрит',
      update: 'запазен',
      manual: 'Генерирай сега',
      startup: 'генериран от npm start',
      command: 'генериран от npm run build:site',
    },
    result: {
      never: 'още не е генериран от CMS',
      queued: 'чака генериране',
      running: 'генерира се …',
      succeeded: 'актуален',
      failed: 'последното генериране се провали; предишният сайт остава онлайн',
    },
  },
  de: {
    status: 'Portal',
    startedAt: 'letzter Build gestartet',
    duration: 'Dauer',
    pages: 'Seiten',
    button: 'Jetzt neu erstellen',
    hint: 'Veröffentlichen erstellt das Portal von selbst in etwa einer Minute neu; diese Schaltfläche startet sofort einen Build, z. B. nach einem fehlgeschlagenen.',
    queued: 'Der Build ist eingereiht und startet in wenigen Sekunden.',
    failedToQueue: 'Der Build konnte nicht eingereiht werden.',
    deployHook: 'Deploy-Hook',
    logTail: 'Protokoll des letzten Builds',
    triggeredBy: 'Ausgelöst durch',
    operation: {
      publish: 'veröffentlicht',
      unpublish: 'zurückgezogen',
      delete: 'gelöscht',
      update: 'gespeichert',
      manual: 'Jetzt neu erstellen',
      startup: 'erstellt von npm start',
      command: 'erstellt von npm run build:site',
    },
    result: {
      never: 'noch nie vom CMS erstellt',
      queued: 'Build eingereiht',
      running: 'wird erstellt …',
      succeeded: 'aktuell',
      failed: 'der letzte Build ist fehlgeschlagen; die vorige Website bleibt online',
    },
  },
} satisfies Record<string, Labels>

export type Language = keyof typeof labels
