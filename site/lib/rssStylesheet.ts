import type { Locale } from '@shared/locales'
import { t } from '../i18n/t'

/**
 * The XSLT stylesheet that turns a feed into a readable page when someone opens it in a browser
 * (feed readers ignore it). One per locale, because XSLT 1.0, the version browsers run, has no
 * message catalogues: the words are written in, and dates are spelt out from the RFC 822
 * pubDate with month names from Intl. The page links /rss.css, the site's own stylesheet: the
 * Content-Security-Policy of the feed (the site's) allows styles from the site only, no inline.
 */

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/**
 * XSLT that prints a date as the locale writes it, from the `$day`, `$month` (RFC 822's English
 * abbreviation) and `$year` variables: the locale's pattern for each month, with the day and
 * year put in.
 */
export function localizedDateXslt(locale: Locale): string {
  const format = new Intl.DateTimeFormat(locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  })
  const whens = months.map((month, index) => {
    const parts = format
      .formatToParts(new Date(Date.UTC(2001, index, 15)))
      .map((part) =>
        part.type === 'day'
          ? '<xsl:value-of select="$day"/>'
          : part.type === 'year'
            ? '<xsl:value-of select="$year"/>'
            : `<xsl:text>${escapeXml(part.value)}</xsl:text>`,
      )
    return `<xsl:when test="$month = '${month}'">${parts.join('')}</xsl:when>`
  })
  return `<xsl:choose>${whens.join('')}<xsl:otherwise><xsl:value-of select="$date"/></xsl:otherwise></xsl:choose>`
}

/** Where a locale's feed stylesheet lives. */
export const rssStylesheetPath = (locale: Locale) => `/${locale}/rss.xsl`

/** Where the feed page's styles live: the site's stylesheet (site/pages/rss.css.ts). */
export const rssCssPath = '/rss.css'

/** The XSLT 1.0 stylesheet for RSS 2.0 feeds in one locale. */
export function rssStylesheet(locale: Locale, clusterName: string): string {
  const text = (key: Parameters<typeof t>[1]) => escapeXml(t(locale, key))
  return `<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:atom="http://www.w3.org/2005/Atom" exclude-result-prefixes="atom">
  <xsl:output method="html" encoding="UTF-8" indent="yes" doctype-system="about:legacy-compat"/>
  <xsl:template match="/rss/channel">
    <html lang="${locale}" dir="ltr">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <meta name="robots" content="noindex"/>
        <title><xsl:value-of select="title"/></title>
        <link rel="stylesheet" href="${rssCssPath}"/>
        <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
      </head>
      <body class="rss-page">
        <header class="site-header">
          <div class="container header-row">
            <a class="brand" href="/${locale}/">
              <img src="/favicon.svg" alt="" width="32" height="32"/>
              <span>${escapeXml(clusterName)}</span>
            </a>
          </div>
        </header>
        <main id="main">
          <div class="container page-head">
            <div class="page-head-body">
              <span class="eyebrow">${text('rss.eyebrow')}</span>
              <h1><xsl:value-of select="title"/></h1>
              <p class="lead"><xsl:value-of select="description"/></p>
              <div class="notice rss-about">
                <p>${text('rss.about')}</p>
                <label for="feed-url">${text('rss.address')}</label>
                <input id="feed-url" class="feed-url" type="url" readonly="readonly"
                  value="{atom:link[@rel='self']/@href}"/>
              </div>
              <p class="actions">
                <a class="button button-secondary" href="{link}">${text('rss.page')}</a>
              </p>
            </div>
          </div>
          <div class="container section">
            <xsl:choose>
              <xsl:when test="item">
                <ul class="row-list"><xsl:apply-templates select="item"/></ul>
              </xsl:when>
              <xsl:otherwise><p>${text('common.none')}</p></xsl:otherwise>
            </xsl:choose>
          </div>
        </main>
      </body>
    </html>
  </xsl:template>
  <xsl:template match="item">
    <li class="row-item rss-item">
      <div>
        <p class="date-line">
          <xsl:for-each select="category">
            <span class="badge"><xsl:value-of select="."/></span><xsl:text> </xsl:text>
          </xsl:for-each>
          <xsl:if test="pubDate">
            <span class="rss-date">${text('rss.published')} <xsl:call-template name="date">
              <xsl:with-param name="date" select="pubDate"/>
            </xsl:call-template></span>
          </xsl:if>
        </p>
        <h2><a class="card-link" href="{link}"><xsl:value-of select="title"/></a></h2>
        <xsl:if test="description">
          <p class="meta rss-description"><xsl:value-of select="description"/></p>
        </xsl:if>
      </div>
    </li>
  </xsl:template>
  <xsl:template name="date">
    <xsl:param name="date"/>
    <xsl:variable name="day" select="number(substring($date, 6, 2))"/>
    <xsl:variable name="month" select="substring($date, 9, 3)"/>
    <xsl:variable name="year" select="substring($date, 13, 4)"/>
    ${localizedDateXslt(locale)}
  </xsl:template>
</xsl:stylesheet>
`
}
