/**
 * Calls `log` with every complete line a child process writes to `stream`, and with the last
 * partial line when the stream ends. Used by the site build and the rebuild job; no other
 * imports, so the job can use it without Next bundling the build.
 */
export function forwardLines(stream: NodeJS.ReadableStream, log: (line: string) => void): void {
  let rest = ''
  stream.setEncoding('utf8')
  stream.on('data', (chunk: string) => {
    const lines = (rest + chunk).split('\n')
    rest = lines.pop() ?? ''
    lines.forEach(log)
  })
  stream.on('end', () => rest && log(rest))
}
