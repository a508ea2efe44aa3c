// A small, tolerant XML reader for GPX and TCX: namespaces are dropped (names compared by their
// local part, lower-cased), unknown elements are kept, entities are decoded. It is strict about one
// thing a coach cares about: a file that ends early (truncated download) is an error, not half a run.
export interface XmlElement {
  name: string
  attrs: Record<string, string>
  children: XmlElement[]
  text: string
}

export class XmlError extends Error {}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }

const decode = (s: string): string =>
  s.indexOf('&') < 0
    ? s
    : s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
        if (e[0] === '#') {
          const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10)
          return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : m
        }
        return entities[e.toLowerCase()] ?? m
      })

const localName = (qname: string): string => {
  const i = qname.indexOf(':')
  return (i >= 0 ? qname.slice(i + 1) : qname).toLowerCase()
}

const ATTR = /([^\s=/>]+)\s*=\s*("([^"]*)"|'([^']*)')/g

export const parseXml = (src: string): XmlElement => {
  const doc: XmlElement = { name: '#document', attrs: {}, children: [], text: '' }
  const stack: XmlElement[] = [doc]
  let i = 0
  const n = src.length
  const skipTo = (marker: string, what: string): void => {
    const j = src.indexOf(marker, i)
    if (j < 0) throw new XmlError(`the file ends inside ${what} (it looks truncated)`)
    i = j + marker.length
  }
  while (i < n) {
    const lt = src.indexOf('<', i)
    const top = stack[stack.length - 1]
    if (lt < 0) {
      if (stack.length > 1) top.text += decode(src.slice(i))
      break
    }
    if (lt > i && stack.length > 1) top.text += decode(src.slice(i, lt))
    i = lt
    if (src.startsWith('<?', i)) skipTo('?>', 'a processing instruction')
    else if (src.startsWith('<!--', i)) skipTo('-->', 'a comment')
    else if (src.startsWith('<![CDATA[', i)) {
      const start = i + 9
      skipTo(']]>', 'a CDATA section')
      top.text += src.slice(start, i - 3)
    } else if (src.startsWith('<!', i)) skipTo('>', 'a declaration')
    else if (src.startsWith('</', i)) {
      const end = src.indexOf('>', i)
      if (end < 0) throw new XmlError('the file ends inside a closing tag (it looks truncated)')
      const name = localName(src.slice(i + 2, end).trim())
      if (stack.length === 1) throw new XmlError(`</${name}> closes an element that was never opened`)
      if (top.name !== name) throw new XmlError(`<${top.name}> is closed by </${name}>: the XML is malformed`)
      stack.pop()
      i = end + 1
    } else {
      const end = src.indexOf('>', i)
      if (end < 0) throw new XmlError('the file ends inside a tag (it looks truncated)')
      let body = src.slice(i + 1, end)
      const selfClosing = body.endsWith('/')
      if (selfClosing) body = body.slice(0, -1)
      const m = /^([^\s/>]+)/.exec(body)
      if (!m) throw new XmlError(`a tag without a name near character ${i}`)
      const el: XmlElement = { name: localName(m[1]), attrs: {}, children: [], text: '' }
      for (const a of body.slice(m[1].length).matchAll(ATTR)) el.attrs[localName(a[1])] = decode(a[3] ?? a[4] ?? '')
      top.children.push(el)
      if (!selfClosing) stack.push(el)
      i = end + 1
    }
  }
  if (stack.length > 1) {
    throw new XmlError(`the file ends before <${stack[stack.length - 1].name}> is closed (it looks truncated)`)
  }
  const root = doc.children[0]
  if (!root) throw new XmlError('the file holds no XML elements')
  return root
}

/** First child element with this (local, lower-case) name. */
export const child = (el: XmlElement | undefined, name: string): XmlElement | undefined =>
  el?.children.find((c) => c.name === name)

export const childrenNamed = (el: XmlElement | undefined, name: string): XmlElement[] =>
  el?.children.filter((c) => c.name === name) ?? []

/** Every descendant with this name, in document order. */
export const descendants = (el: XmlElement, name: string, out: XmlElement[] = []): XmlElement[] => {
  for (const c of el.children) {
    if (c.name === name) out.push(c)
    descendants(c, name, out)
  }
  return out
}

export const textOf = (el: XmlElement | undefined): string => (el?.text ?? '').trim()
