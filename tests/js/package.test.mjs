// The packed package: its files, its entries, and no Node-only API in the browser entry.
import assert from 'node:assert/strict'
import { readFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { test } from 'node:test'
import { packageDir, resolveFromApp, monty } from './package.mjs'

const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'))

test('the tarball holds the entries, the wasm and the type declarations', () => {
  for (const file of ['js/node.js', 'js/browser.js', 'js/core.js', 'js/api.js', 'js/wire.js', 'js/errors.js', 'js/index.d.ts', 'js/core.d.ts', 'pkg/monty_wasm.js', 'pkg/monty_wasm_bg.wasm']) {
    assert.ok(existsSync(join(packageDir, file)), `${file} is packed`)
  }
  assert.equal(pkg.type, 'module')
  assert.equal(pkg.exports['.'].types, './js/index.d.ts')
  assert.ok(resolveFromApp('monty-wasm').endsWith('js/node.js'))
  assert.equal(Object.keys(pkg.dependencies ?? {}).length, 0, 'no runtime dependencies, nothing to download')
})

test('the browser entry and what it imports use no Node-only API', () => {
  const seen = new Set()
  const visit = (rel) => {
    if (seen.has(rel)) return
    seen.add(rel)
    const text = readFileSync(join(packageDir, rel), 'utf8')
    assert.doesNotMatch(text, /from ['"]node:|require\(|\bprocess\.|\bBuffer\b|__dirname/, `${rel} is browser-safe`)
    for (const [, spec] of text.matchAll(/from ['"](\.[^'"]+)['"]/g)) visit(join(rel, '..', spec))
  }
  visit(pkg.exports['.'].browser.replace('./', ''))
  assert.ok(seen.has('js/api.js') && seen.has('pkg/monty_wasm.js'))
})

test('the core entry needs an explicit init and then works', async () => {
  const core = await import(new URL(`file://${join(packageDir, 'js/core.js')}`).href)
  assert.equal(typeof core.initMonty, 'function')
  assert.equal(typeof core.initMontySync, 'function')
  // Same module instance as the Node entry here, already initialised.
  assert.equal(new core.Monty('6 * 7').run(), 42)
})

test('everything the API names is exported', () => {
  for (const name of ['Monty', 'MontySnapshot', 'MontyNameLookup', 'MontyFutureSnapshot', 'MontyOsCall', 'MontyComplete', 'MontyRepl',
    'MontyError', 'MontySyntaxError', 'MontyRuntimeError', 'MontyLimitError', 'MontyUsageError', 'MontySnapshotError',
    'runMontyAsync', 'loadSnapshot', 'tuple']) {
    assert.ok(name in monty, `${name} is exported`)
  }
})
