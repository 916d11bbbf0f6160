// The playground page: editors, examples, limits, the run/step/snapshot controls and the REPL
// tab. The interpreter itself lives in a worker (worker.js); this file only talks to it.

import { EXAMPLES, DEFAULT_EXAMPLE, DEFAULT_LIMITS, exampleById, limitsFor } from './examples.js'
import { LazyEditor, loadEditors } from './lazy-editor.js'

const $ = (id) => document.getElementById(id)
const WASM_URL = new URL('monty_wasm_bg.wasm', import.meta.url).href
const WORKER_URL = new URL('worker.js', import.meta.url).href

const ui = {
  run: $('run'),
  stop: $('stop'),
  step: $('step-mode'),
  examples: $('examples'),
  note: $('example-note'),
  output: $('output'),
  result: $('result'),
  error: $('error'),
  timings: $('timings'),
  wasmSize: $('wasm-size'),
  callPanel: $('call-panel'),
  callName: $('call-name'),
  callArgs: $('call-args'),
  answerValue: $('answer-value'),
  raiseType: $('raise-type'),
  raiseMessage: $('raise-message'),
  snapshotInfo: $('snapshot-info'),
  replOutput: $('repl-output'),
  replInput: $('repl-input'),
}

const pyEditor = new LazyEditor($('editor'), 'python', () => pyEditor.markErrorLine(null))
const jsEditor = new LazyEditor($('host-editor'), 'javascript')

/** Everything the page needs to know about the worker and the current run. */
const state = { worker: null, ready: null, running: false, runStarted: 0, firstResultMs: null }

/** Use the worker index.html started (already loading the wasm), or start a new one. */
function startWorker(early = null) {
  const worker = early?.worker ?? new Worker(WORKER_URL, { type: 'module' })
  state.worker = worker
  let resolveReady
  state.ready = new Promise((resolve) => {
    resolveReady = resolve
  })
  const handle = (data) => {
    if (data.type !== 'ready') return onWorkerMessage(data)
    ui.wasmSize.textContent = `interpreter: ${(data.wasmBytes / 1024 / 1024).toFixed(2)} MB wasm, loaded in ${data.initMs.toFixed(0)} ms`
    ui.wasmSize.dataset.bytes = String(data.wasmBytes)
    document.body.dataset.readyMs = performance.now().toFixed(1)
    resolveReady()
  }
  worker.onmessage = ({ data }) => handle(data)
  worker.onerror = (event) => showFailure({ text: `worker error: ${event.message}`, line: null })
  if (early) {
    // The early worker runs the default example by itself as soon as it is ready.
    if (early.autorun) setRunning(true)
    for (const data of early.messages.splice(0)) handle(data)
  } else {
    worker.postMessage({ type: 'init', wasmUrl: WASM_URL })
  }
}

function limits() {
  const num = (id, fallback) => {
    const v = Number($(id).value)
    return Number.isFinite(v) && v > 0 ? v : fallback
  }
  const d = DEFAULT_LIMITS
  return { time: num('limit-time', d.time), memory: num('limit-memory', d.memory), recursion: Math.round(num('limit-recursion', d.recursion)) }
}

function setRunning(running) {
  state.running = running
  ui.run.disabled = running
  ui.stop.disabled = !running
  document.body.classList.toggle('running', running)
}

function clearRun() {
  ui.output.textContent = ''
  ui.result.textContent = ''
  ui.error.textContent = ''
  ui.error.hidden = true
  ui.callPanel.hidden = true
  ui.snapshotInfo.textContent = ''
  pyEditor.markErrorLine(null)
}

function formatUs(us) {
  return us >= 1000 ? `${(us / 1000).toFixed(1)} ms` : `${us.toFixed(0)} µs`
}

function showTimings(t) {
  if (!t) return
  ui.timings.textContent = `compile ${formatUs(t.compileUs)} · run ${t.runMs.toFixed(1)} ms`
}

function showFailure(error) {
  ui.error.hidden = false
  ui.error.textContent = error.text
  ui.result.textContent = ''
  if (error.line) pyEditor.markErrorLine(error.line)
}

function finished() {
  setRunning(false)
  ui.callPanel.hidden = true
  if (state.firstResultMs === null) {
    state.firstResultMs = performance.now()
    document.body.dataset.firstResultMs = state.firstResultMs.toFixed(1)
    // Paint the result first, then load the editors.
    requestAnimationFrame(() => setTimeout(loadEditors))
  }
}

function onWorkerMessage(data) {
  switch (data.type) {
    case 'print':
      ui.output.textContent += data.text
      ui.output.scrollTop = ui.output.scrollHeight
      break
    case 'done':
      ui.result.textContent = data.result
      showTimings(data.timings)
      finished()
      break
    case 'failed':
      showFailure(data.error)
      showTimings(data.timings)
      finished()
      break
    case 'call':
      ui.callPanel.hidden = false
      ui.callName.textContent = data.name
      ui.callArgs.textContent = `(${[...data.args, ...data.kwargs].join(', ')})`
      ui.answerValue.focus()
      break
    case 'answer-invalid':
      ui.snapshotInfo.textContent = data.message
      break
    case 'snapshot':
      download(data.bytes)
      break
    case 'repl':
      if (data.reset) ui.replOutput.textContent = ''
      else appendRepl(data.text, data.isError)
      break
  }
}

async function run() {
  clearRun()
  setRunning(true)
  await state.ready
  state.worker.postMessage({ type: 'run', code: pyEditor.text, host: jsEditor.text, limits: limits(), step: ui.step.checked })
}

/** Stop the worker outright (the limits normally do it) and start a fresh one. */
function stop() {
  state.worker.terminate()
  showFailure({ text: 'Stopped: the interpreter was terminated.', line: null })
  finished()
  startWorker()
}

function answer(kind) {
  ui.callPanel.hidden = true
  const answer =
    kind === 'raise'
      ? { kind, type: ui.raiseType.value.trim() || 'RuntimeError', message: ui.raiseMessage.value }
      : { kind, value: ui.answerValue.value }
  state.worker.postMessage({ type: 'answer', answer })
}

function download(bytes) {
  const blob = new Blob([bytes], { type: 'application/octet-stream' })
  const a = document.createElement('a')
  a.href = URL.createObjectURL(blob)
  a.download = 'monty-snapshot.bin'
  document.body.append(a)
  a.click()
  a.remove()
  setTimeout(() => URL.revokeObjectURL(a.href), 1000)
  ui.snapshotInfo.textContent = `saved ${bytes.byteLength} bytes`
}

async function restore(file) {
  const bytes = await file.arrayBuffer()
  clearRun()
  setRunning(true)
  ui.step.checked = true
  await state.ready
  state.worker.postMessage({ type: 'restore', bytes, host: jsEditor.text, limits: limits() }, [bytes])
}

function loadExample(id) {
  const example = exampleById(id)
  pyEditor.setText(example.code)
  jsEditor.setText(example.host)
  ui.note.textContent = example.note ?? ''
  ui.examples.value = example.id
  const l = limitsFor(example)
  $('limit-time').value = l.time
  $('limit-memory').value = l.memory
  $('limit-recursion').value = l.recursion
  clearRun()
}

function appendRepl(text, isError) {
  const span = document.createElement('span')
  span.textContent = text
  if (isError) span.className = 'repl-error'
  ui.replOutput.append(span)
  ui.replOutput.scrollTop = ui.replOutput.scrollHeight
}

async function feedRepl() {
  const code = ui.replInput.value
  if (!code.trim()) return
  ui.replInput.value = ''
  appendRepl(code.split('\n').map((line, i) => `${i ? '... ' : '>>> '}${line}`).join('\n') + '\n', false)
  await state.ready
  state.worker.postMessage({ type: 'repl-feed', code, limits: limits() })
}

function showTab(name) {
  $('program-view').hidden = name !== 'program'
  $('repl-view').hidden = name !== 'repl'
  $('tab-program').setAttribute('aria-selected', String(name === 'program'))
  $('tab-repl').setAttribute('aria-selected', String(name === 'repl'))
  if (name === 'repl') ui.replInput.focus()
}

for (const example of EXAMPLES) ui.examples.append(new Option(example.title, example.id))
ui.examples.addEventListener('change', () => loadExample(ui.examples.value))
ui.run.addEventListener('click', run)
ui.stop.addEventListener('click', stop)
$('answer-return').addEventListener('click', () => answer('return'))
$('answer-host').addEventListener('click', () => answer('host'))
$('answer-raise').addEventListener('click', () => answer('raise'))
$('save-snapshot').addEventListener('click', () => state.worker.postMessage({ type: 'save' }))
$('load-snapshot').addEventListener('change', (event) => {
  const file = event.target.files?.[0]
  if (file) restore(file)
  event.target.value = ''
})
$('tab-program').addEventListener('click', () => showTab('program'))
$('tab-repl').addEventListener('click', () => showTab('repl'))
$('repl-reset').addEventListener('click', () => state.worker.postMessage({ type: 'repl-reset' }))
ui.replInput.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && !event.shiftKey) {
    event.preventDefault()
    feedRepl()
  }
})
document.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && !state.running) run()
})

document.body.dataset.scriptMs = performance.now().toFixed(1)
loadExample(DEFAULT_EXAMPLE)
const early = window.montyWorker
startWorker(early)
state.ready.then(() => {
  ui.run.disabled = state.running
  document.body.dataset.ready = 'true'
})
// The editors load after the first result, or after a second if that takes longer.
setTimeout(loadEditors, 1000)
Promise.all([pyEditor.loaded, jsEditor.loaded]).then(() => {
  document.body.dataset.editorsMs = performance.now().toFixed(1)
})
// The default example runs as soon as the interpreter is loaded (index.html's early worker
// starts it by itself).
if (!early?.autorun) run()
