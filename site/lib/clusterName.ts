import type { Locale } from '@shared/locales'
import type { Setting } from '../../cms/payload-types'
import { t } from '../i18n/t'

/**
 * The cluster's name from the settings. The setting is required, but a database whose settings
 * were never saved has none: then a neutral name of the portal, in the visitor's language, rather
 * than any one cluster's.
 *
 * @example clusterNameOf({}, 'de') // 'Cluster-Portal'
 */
export const clusterNameOf = (settings: Partial<Pick<Setting, 'clusterName'>>, locale: Locale) =>
  settings.clusterName?.trim() || t(locale, 'site.fallbackName')
