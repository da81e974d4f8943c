import fs from 'node:fs'

/** Parent pid of every process, from /proc/<pid>/stat (the field after the command in parens). */
function parents(): Map<number, number> {
  const out = new Map<number, number>()
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue
    try {
      const stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8')
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
      out.set(Number(name), ppid)
    } catch {
      // the process ended while we looked
    }
  }
  return out
}

function descendants(root: number): number[] {
  const byParent = new Map<number, number[]>()
  for (const [pid, ppid] of parents()) byParent.set(ppid, [...(byParent.get(ppid) ?? []), pid])
  const out = [root]
  for (let i = 0; i < out.length; i++) out.push(...(byParent.get(out[i]) ?? []))
  return out
}

/** Name, VmRSS and VmHWM of a process in bytes (0 when it is gone). */
function memoryOf(pid: number): { name: string; rss: number; hwm: number } {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8')
    const kb = (key: string) =>
      Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024
    const name = /^Name:\s+(.*)$/m.exec(status)?.[1] ?? '?'
    return { name, rss: kb('VmRSS'), hwm: kb('VmHWM') }
  } catch {
    return { name: '?', rss: 0, hwm: 0 }
  }
}

/**
 * Samples the memory of a process and all its descendants (the build spawns astro and
 * pagefind) every `everyMs`. `stop()` gives the peak of their summed resident memory and the
 * largest peak (VmHWM) of any single process in the tree, and that process's name.
 */
export function sampleTree(root: number, everyMs = 200) {
  let peakTree = 0
  let peakProcess = 0
  let peakName = ''
  const sample = () => {
    let sum = 0
    for (const pid of descendants(root)) {
      const { name, rss, hwm } = memoryOf(pid)
      sum += rss
      if (hwm > peakProcess) [peakProcess, peakName] = [hwm, name]
    }
    peakTree = Math.max(peakTree, sum)
  }
  const timer = setInterval(sample, everyMs)
  sample()
  return {
    stop: () => {
      clearInterval(timer)
      return { peakTree, peakProcess, peakName }
    },
  }
}
