export * from './index.js'
/** Instantiate the wasm module (a URL, Response, bytes or WebAssembly.Module; defaults to the packaged file). */
export declare function initMonty(source?: RequestInfo | URL | Response | BufferSource | WebAssembly.Module): Promise<void>
/** Instantiate synchronously from bytes or a compiled WebAssembly.Module. */
export declare function initMontySync(source: BufferSource | WebAssembly.Module): void
