// Node hosts' PDF renderers (the browser host, the bench, the tests): child processes forked from
// the renderer entry. From source (the browser host runs under tsx) tsx's require hook compiles
// pdfEntry.ts in the child; a built copy (out/main/pdfRenderer.js) runs as it is.
import { fork } from 'node:child_process'
import { createRequire } from 'node:module'
import path from 'node:path'
import type { FromRenderer } from './pdfProtocol'
import type { RendererLink, SpawnRenderer } from './pdfPool'

export const SOURCE_RENDERER = path.join(__dirname, 'pdfEntry.ts')

export const forkRenderer =
  (modulePath: string = SOURCE_RENDERER): SpawnRenderer =>
  (): RendererLink => {
    const execArgv = modulePath.endsWith('.ts') ? ['--require', createRequire(__filename).resolve('tsx/cjs')] : []
    const child = fork(modulePath, [], {
      execArgv,
      serialization: 'advanced',
      stdio: ['ignore', 'inherit', 'inherit', 'ipc']
    })
    let reason: string | undefined
    child.on('error', (e) => (reason = e.message))
    return {
      post: (m) => void child.send(m),
      onMessage: (l) => void child.on('message', (m) => l(m as FromRenderer)),
      onExit: (l) =>
        void child.once('exit', (code, signal) => l(code, reason ?? (signal ? `signal ${signal}` : undefined))),
      kill: () => void child.kill(),
      pid: child.pid
    }
  }
