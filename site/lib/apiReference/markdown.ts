import { micromark } from 'micromark'

/**
 * An API description's own text (CommonMark, as OpenAPI and AsyncAPI specify) as HTML for the
 * page. The text is a member's upload, so it is compiled with micromark's safe defaults: raw
 * HTML is escaped, not passed through, and links with dangerous protocols (`javascript:`) are
 * dropped. Two things are changed after: headings move below the page's own (an `# Intro` in a
 * description must not become a second <h1>), and images become their alt text, because the
 * portal loads nothing from another host.
 *
 * @example descriptionHtml('Read **one** invoice.') // '<p>Read <strong>one</strong> invoice.</p>'
 * @example descriptionHtml('<script>x</script>') // '&lt;script&gt;x&lt;/script&gt;'
 */
export function descriptionHtml(text: string, headingBelow = 3): string {
  return micromark(text)
    .replace(
      /<(\/?)h([1-6])>/g,
      (_, slash: string, level: string) =>
        `<${slash}h${Math.min(6, Number(level) + headingBelow)}>`,
    )
    .replace(/<img src="[^"]*" alt="([^"]*)"(?: title="[^"]*")? \/>/g, '$1')
    .trim()
}
