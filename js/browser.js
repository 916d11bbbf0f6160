// Browser and bundler entry: fetches and instantiates the wasm module (top-level await), so
// the API is usable as soon as `import` resolves. Prints go to console.log (stderr to console.error) by default.
// For a custom wasm location or a worker, import 'monty-wasm/core' and call initMonty().
import init from '../pkg/monty_wasm.js'
import { setDefaultPrintCallback } from './api.js'

await init({ module_or_path: new URL('../pkg/monty_wasm_bg.wasm', import.meta.url) })
setDefaultPrintCallback((stream, text) => (stream === 'stderr' ? console.error : console.log)(text.replace(/\n$/, '')))

export * from './api.js'
