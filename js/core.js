// Entry without automatic instantiation: call `await initMonty()` (optionally with a URL,
// Response, bytes or WebAssembly.Module) or `initMontySync(bytesOrModule)` before using the API.
import init, { initSync } from '../pkg/monty_wasm.js'

export * from './api.js'

/** Instantiate the wasm module (defaults to the .wasm file next to this package's glue). */
export async function initMonty(source) {
  await init(source === undefined ? undefined : { module_or_path: source })
}

/** Instantiate synchronously from bytes or a compiled WebAssembly.Module. */
export function initMontySync(source) {
  initSync({ module: source })
}
