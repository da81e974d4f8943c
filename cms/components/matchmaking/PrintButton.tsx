'use client'
/** Opens the browser's print dialog for the table cards (hidden on the printed page). */
import { Button } from '@payloadcms/ui'

export function PrintButton({ label }: { label: string }) {
  return (
    <Button buttonStyle="primary" size="small" onClick={() => window.print()}>
      {label}
    </Button>
  )
}
