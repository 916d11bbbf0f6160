// `npm start`: build what is missing and serve the playground on 127.0.0.1.
//
//   PORT=8000 node www/serve.mjs

import { createServer } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { dirname, extname, join, normalize, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildPlayground } from './build.mjs'

const www = dirname(fileURLToPath(import.meta.url))

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
}

/** Serve www/ (and nothing outside it) on 127.0.0.1:`port` (0: any free port). */
export function serve(port = 0) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname)
    const file = normalize(join(www, path.endsWith('/') ? `${path}index.html` : path))
    if (!file.startsWith(www + sep)) {
      response.writeHead(403).end()
      return
    }
    try {
      // Revalidated on every load, but answered with 304 when unchanged: a repeat visit then
      // reuses the browser's cached wasm and the code it compiled from it.
      const { mtimeMs, size } = await stat(file)
      const etag = `W/"${size.toString(16)}-${Math.floor(mtimeMs).toString(16)}"`
      const headers = { etag, 'cache-control': 'no-cache' }
      if (request.headers['if-none-match'] === etag) {
        response.writeHead(304, headers).end()
        return
      }
      const body = await readFile(file)
      response.writeHead(200, {
        ...headers,
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'content-length': body.length,
      })
      response.end(body)
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
    }
  })
  return new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}/` }))
  })
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildPlayground()
  const { url } = await serve(Number(process.env.PORT ?? 8000))
  console.log(`monty-wasm playground: ${url}`)
}
