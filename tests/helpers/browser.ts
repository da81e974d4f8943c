import { type Browser, chromium } from 'playwright-core'

/**
 * Debian's Chromium, headless. The flags keep it from calling home: this machine has no network
 * but the package registries, and a blocked connection at every start only slows tests down.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
}
