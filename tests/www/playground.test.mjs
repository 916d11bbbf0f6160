// The playground in real headless Chromium (Debian's, driven by playwright-core): every example
// against CPython's output, the runaway loop and memory bomb stopped with the page responsive,
// a host call answered by hand in step mode, a snapshot saved and restored, the REPL tab, an
// error line marked in the editor, and no console errors. Screenshots go to target/www-test/.

import { test, before, after } from 'node:test'
import assert from 'node:assert/strict'
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { buildPlayground } from '../../www/build.mjs'
import { serve } from '../../www/serve.mjs'
import { EXAMPLES, DEFAULT_EXAMPLE } from '../../www/src/examples.js'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const shots = join(root, 'target', 'www-test')
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium'
// Flags for these machines: no sandbox (root in a container), and no background networking,
// whose refused connections would otherwise show up as errors.
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync',
]

// The examples' host functions in Python, for CPython's side of the comparison.
const PYTHON_HOSTS = {
  agent: `import asyncio
async def get_weather(city):
    await asyncio.sleep(0.04)
    table = {"Paris": (18, "cloudy"), "Lima": (24, "sunny"), "Oslo": (7, "rain")}
    temp_c, sky = table.get(city, (15, "unknown"))
    return {"city": city, "temp_c": temp_c, "sky": sky}
async def search(query):
    await asyncio.sleep(0.06)
    return [f"{query}: opening hours", f"{query}: best museums", f"{query}: getting around"]
`,
  data: '',
  classes: '',
  tool: `def fetch_user(id):
    if id != 42:
        raise LookupError(f"no user {id}")
    return {"name": "Ada", "email": "ada@example.org"}
`,
}

/** What CPython prints and returns for `code` with these Python host functions. */
function cpython(code, host) {
  const ran = spawnSync('python3', [join(root, 'tests', 'www', 'cpython_reference.py')], {
    input: JSON.stringify({ code, host }),
    encoding: 'utf8',
  })
  assert.equal(ran.status, 0, ran.stderr)
  return JSON.parse(ran.stdout)
}

const example = (id) => EXAMPLES.find((e) => e.id === id)

let server, context, page, url
const consoleErrors = []
const foreignRequests = []
const timings = {}

before(async () => {
  mkdirSync(shots, { recursive: true })
  await buildPlayground({ quiet: true })
  ;({ server, url } = await serve(0))
  context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'monty-chromium-')), {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    acceptDownloads: true,
  })
  page = context.pages()[0] ?? (await context.newPage())
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text())
  })
  page.on('pageerror', (error) => consoleErrors.push(String(error)))
  // Offline by construction: nothing may come from anywhere but our server.
  context.on('request', (request) => {
    const target = request.url()
    if (!target.startsWith(url) && !/^(data|blob):/.test(target)) foreignRequests.push(target)
  })
})

after(async () => {
  writeFileSync(join(shots, 'timings.json'), JSON.stringify(timings, null, 2))
  await context?.close()
  server?.close()
})

const byTestId = (id) => page.getByTestId(id)
const text = async (id) => (await byTestId(id).textContent()) ?? ''

/** Wait until the run in progress has finished (a result or an error is shown). */
async function finishedRun() {
  await page.waitForFunction(() => !document.body.classList.contains('running'), null, { timeout: 20_000 })
}

async function runExample(id) {
  await byTestId('example-picker').selectOption(id)
  await byTestId('run-button').click()
  await finishedRun()
}

/** Load the page and read when (ms after navigation) it showed the default example's result. */
async function loadAndTime() {
  await page.goto(url)
  await page.waitForFunction(() => document.body.dataset.firstResultMs !== undefined, null, { timeout: 20_000 })
  const marks = await page.evaluate(() => ({ ...document.body.dataset }))
  return {
    pageScriptMs: Number(marks.scriptMs),
    interpreterReadyMs: Number(marks.readyMs),
    firstResultMs: Number(marks.firstResultMs),
  }
}

test('the default example runs on load and matches CPython', async () => {
  // A fresh browser (cold), then the same page again (its files revalidated, wasm from the cache).
  timings.coldLoad = await loadAndTime()
  timings.repeatLoad = await loadAndTime()
  timings.navigationToFirstResultMs = timings.coldLoad.firstResultMs
  timings.wasmBytes = Number(await byTestId('wasm-size').getAttribute('data-bytes'))
  // The worker's own split of the repeat load's first run: Monty construction, then the run
  // (which includes the example's 60 ms of simulated tool latency).
  timings.repeatLoadFirstRun = await text('timings')
  for (const [name, t] of [['cold', timings.coldLoad], ['repeat', timings.repeatLoad]]) {
    console.log(`${name} load, navigation to: page script ${t.pageScriptMs} ms, interpreter ready ${t.interpreterReadyMs} ms, first result ${t.firstResultMs} ms`)
  }
  console.log(`repeat load, first run: ${timings.repeatLoadFirstRun}`)
  const want = cpython(example(DEFAULT_EXAMPLE).code, PYTHON_HOSTS[DEFAULT_EXAMPLE])
  assert.equal(await text('output'), want.stdout)
  assert.equal(await text('result'), want.result)
  assert.match(await text('timings'), /compile \d+(\.\d)? (µs|ms) · run \d+\.\d ms/)
  assert.match(await text('wasm-size'), /MB wasm/)
  assert.ok(timings.navigationToFirstResultMs < 3000, `first result after ${timings.navigationToFirstResultMs} ms`)
  // The editors turn into CodeMirror after the first result.
  await page.locator('[data-testid=editor] .cm-content').waitFor()
  const lines = await page.locator('[data-testid=editor] .cm-line').allTextContents()
  assert.equal(lines.join('\n'), example(DEFAULT_EXAMPLE).code)
  await page.screenshot({ path: join(shots, 'default-example.png'), fullPage: true })
})

for (const id of ['data', 'classes', 'tool', 'agent']) {
  test(`example '${id}' prints what CPython prints`, async () => {
    await runExample(id)
    const want = cpython(example(id).code, PYTHON_HOSTS[id])
    assert.equal(await byTestId('error').isHidden(), true, await text('error'))
    assert.equal(await text('output'), want.stdout)
    assert.equal(await text('result'), want.result)
    await page.screenshot({ path: join(shots, `example-${id}.png`), fullPage: true })
  })
}

test('a runaway loop streams its prints and is stopped by the time limit; the page stays responsive', async () => {
  await byTestId('example-picker').selectOption('runaway')
  assert.equal(await byTestId('limit-time').inputValue(), '1')
  const t0 = Date.now()
  await byTestId('run-button').click()
  // Prints arrive while the loop still runs...
  await page.waitForFunction(() => document.getElementById('output').textContent.includes('still going'), null, { timeout: 5_000 })
  assert.equal(await page.evaluate(() => document.body.classList.contains('running')), true)
  // ...and the page answers at once while the interpreter is busy in its worker.
  const ping = Date.now()
  await page.evaluate(() => document.title)
  await byTestId('limit-recursion').fill('900')
  const responsiveMs = Date.now() - ping
  timings.pageResponseDuringRunawayMs = responsiveMs
  assert.ok(responsiveMs < 500, `the page took ${responsiveMs} ms to respond`)
  await finishedRun()
  const elapsed = Date.now() - t0
  assert.match(await text('error'), /^time limit exceeded: 1 s allowed/)
  assert.ok(elapsed < 2_500, `stopped after ${elapsed} ms`)
  await byTestId('limit-recursion').fill('1000')
  await page.screenshot({ path: join(shots, 'runaway.png'), fullPage: true })
})

test('a memory bomb is stopped by the memory limit', async () => {
  await runExample('memory')
  assert.match(await text('error'), /^memory limit exceeded: 33554432 bytes allowed/)
  assert.match(await text('output'), /^8 MB held\n16 MB held\n/)
  await page.screenshot({ path: join(shots, 'memory.png'), fullPage: true })
})

test('step mode pauses at a host call and takes the answer typed by hand', async () => {
  await byTestId('example-picker').selectOption('tool')
  await byTestId('step-mode').check()
  await byTestId('run-button').click()
  await byTestId('call-panel').waitFor({ state: 'visible' })
  assert.equal(await text('call-name'), 'fetch_user')
  assert.equal(await text('call-args'), '(42)')
  await page.screenshot({ path: join(shots, 'step-paused.png'), fullPage: true })
  await byTestId('answer-input').fill("{'name': 'Grace', 'email': 'grace@example.org'}")
  await byTestId('answer-return').click()
  await finishedRun()
  const answered = `def fetch_user(id):\n    return {'name': 'Grace', 'email': 'grace@example.org'}\n`
  const want = cpython(example('tool').code, answered)
  assert.equal(await text('output'), want.stdout)
  assert.equal(await text('result'), want.result)

  // An exception answer is raised at the call and caught by the program's except clause.
  await byTestId('run-button').click()
  await byTestId('call-panel').waitFor({ state: 'visible' })
  await byTestId('raise-type').fill('LookupError')
  await byTestId('raise-message').fill('no such user')
  await byTestId('answer-raise').click()
  await finishedRun()
  const raising = `def fetch_user(id):\n    raise LookupError('no such user')\n`
  assert.equal(await text('output'), cpython(example('tool').code, raising).stdout)
})

test('a paused run saved to a file is restored and resumed', async () => {
  await byTestId('example-picker').selectOption('tool')
  await byTestId('step-mode').check()
  await byTestId('run-button').click()
  await byTestId('call-panel').waitFor({ state: 'visible' })
  const downloading = page.waitForEvent('download')
  await byTestId('save-snapshot').click()
  const download = await downloading
  const saved = join(shots, 'snapshot.bin')
  await download.saveAs(saved)
  const bytes = readFileSync(saved)
  assert.ok(bytes.length > 100 && bytes.length < 64 * 1024, `${bytes.length} bytes`)
  timings.pausedSnapshotBytes = bytes.length

  // Somewhere else entirely: a fresh page.
  await page.reload()
  await page.waitForFunction(() => document.body.dataset.ready === 'true' && !document.body.classList.contains('running'))
  await byTestId('load-snapshot').setInputFiles(saved)
  await byTestId('call-panel').waitFor({ state: 'visible' })
  assert.equal(await text('call-name'), 'fetch_user')
  await byTestId('answer-input').fill("{'name': 'Lin', 'email': 'lin@example.org'}")
  await byTestId('answer-return').click()
  await finishedRun()
  assert.equal(await text('output'), 'Lin <lin@example.org>\n')
  assert.equal(await text('result'), "'done'")
  await page.screenshot({ path: join(shots, 'snapshot-restored.png'), fullPage: true })
  await byTestId('step-mode').uncheck()
})

test('an error shows the traceback and marks the failing line', async () => {
  const code = 'def ratio(a, b):\n    return a / b\n\nvalues = [ratio(4, n) for n in (2, 1, 0)]\n'
  await page.locator('[data-testid=editor] .cm-content').click()
  await page.keyboard.press('Control+A')
  await page.keyboard.press('Delete')
  await page.locator('[data-testid=editor] .cm-content').fill(code)
  await byTestId('run-button').click()
  await finishedRun()
  const error = await text('error')
  const want = cpython(code, '')
  assert.equal(error.trim().split('\n').at(-1), want.error)
  assert.match(error, /^Traceback \(most recent call last\):\n {2}File "main.py", line 4, in <module>/)
  assert.match(error, /File "main.py", line 2, in ratio\n/)
  assert.equal(await page.locator('.cm-error-line').textContent(), '    return a / b')
  await page.screenshot({ path: join(shots, 'error-line.png'), fullPage: true })
})

test('the REPL tab keeps state between inputs', async () => {
  await byTestId('tab-repl').click()
  const input = byTestId('repl-input')
  const lines = ['x = 20', 'def f(y):\n    return x + y', 'print("sum", f(1))', 'f(22)', '1 / 0', '[x] * 2']
  for (const [i, line] of lines.entries()) {
    await input.fill(line)
    await input.press('Enter')
    // Each input shows as its echo and then its answer.
    await page.waitForFunction((n) => document.querySelectorAll('#repl-output span').length >= n, 2 * (i + 1))
  }
  await page.waitForFunction(() => document.getElementById('repl-output').textContent.includes('[20, 20]'))
  const shown = await text('repl-output')
  assert.ok(shown.includes('>>> print("sum", f(1))\nsum 21\n>>> f(22)\n42\n'), shown)
  assert.ok(shown.includes('ZeroDivisionError: division by zero\n>>> [x] * 2\n[20, 20]\n'), shown)
  await page.screenshot({ path: join(shots, 'repl.png'), fullPage: true })
  await byTestId('tab-program').click()
})

test('no console errors, and every asset came from the local server', () => {
  assert.deepEqual(consoleErrors, [])
  assert.deepEqual(foreignRequests, [])
})
