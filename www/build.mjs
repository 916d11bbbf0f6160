// Build the playground into www/dist/: the npm package's wasm (built with ./build.sh npm when
// missing) and the page's scripts bundled by esbuild (CodeMirror and the package's JS included),
// so that the site is self-contained and works offline.
//
//   node www/build.mjs

import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, rmSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as esbuild from 'esbuild'

const www = dirname(fileURLToPath(import.meta.url))
const root = join(www, '..')
const dist = join(www, 'dist')
const wasm = join(root, 'pkg', 'monty_wasm_bg.wasm')

export async function buildPlayground({ quiet = false } = {}) {
  if (!existsSync(wasm) || !existsSync(join(root, 'pkg', 'monty_wasm.js'))) {
    if (!quiet) console.log('building the interpreter (./build.sh npm)...')
    const built = spawnSync(join(root, 'build.sh'), ['npm'], { cwd: root, stdio: 'inherit' })
    if (built.status !== 0) throw new Error('./build.sh npm failed')
  }
  rmSync(dist, { recursive: true, force: true }) // chunk names carry hashes: drop old ones
  mkdirSync(dist, { recursive: true })
  const common = { bundle: true, format: 'esm', target: 'es2022', minify: true, sourcemap: true, logLevel: quiet ? 'warning' : 'info' }
  // The page: CodeMirror becomes a chunk of its own, loaded after the first result.
  await esbuild.build({ ...common, entryPoints: { main: join(www, 'src', 'main.js') }, outdir: dist, splitting: true })
  // The worker in one file: a shared chunk would cost it another request before it can start.
  await esbuild.build({ ...common, entryPoints: { worker: join(www, 'src', 'worker.js') }, outdir: dist })
  copyFileSync(wasm, join(dist, 'monty_wasm_bg.wasm'))
  return { wasmBytes: statSync(wasm).size }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { wasmBytes } = await buildPlayground()
  console.log(`www/dist ready (wasm ${wasmBytes} bytes)`)
}
