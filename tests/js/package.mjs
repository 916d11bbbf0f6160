// The installed package under test (scripts/test-js.sh packs and installs it).
import { existsSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'

export const appDir = process.env.MONTY_TEST_APP
if (!appDir || !existsSync(join(appDir, 'node_modules', 'monty-wasm'))) {
  throw new Error('monty-wasm is not installed for the tests: run scripts/test-js.sh')
}

/** Resolve a specifier the way the test app would (package exports, "node" condition). */
export function resolveFromApp(specifier) {
  return createRequire(join(appDir, 'package.json')).resolve(specifier)
}

export const packageDir = join(appDir, 'node_modules', 'monty-wasm')
export const entryUrl = pathToFileURL(resolveFromApp('monty-wasm')).href
export const monty = await import(entryUrl)
