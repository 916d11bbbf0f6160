// Node entry: instantiates the wasm module synchronously from the file next to it, so the
// API is usable as soon as `import` returns. Prints go to process.stdout (and stderr) by default.
import { readFileSync } from 'node:fs'
import { initSync } from '../pkg/monty_wasm.js'
import { setDefaultPrintCallback } from './api.js'

initSync({ module: readFileSync(new URL('../pkg/monty_wasm_bg.wasm', import.meta.url)) })
setDefaultPrintCallback((stream, text) => (stream === 'stderr' ? process.stderr : process.stdout).write(text))

export * from './api.js'
