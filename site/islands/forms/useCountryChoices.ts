import { useMemo } from 'react'

import { type CountryGroups, countryOptions, likelyCountries } from './countries'

const none: CountryGroups = { likely: [], others: [] }

/**
 * The country select's groups for a form, likely countries first. Built once the form is
 * mounted: navigator.languages exists only in the browser, and the server's HTML (the
 * no-JavaScript fallback) has no select to keep in step.
 */
export function useCountryChoices(mounted: boolean, locale: string, markets: readonly string[]) {
  return useMemo(
    () =>
      mounted
        ? countryOptions(
            locale,
            likelyCountries({ locale, languages: navigator.languages ?? [], markets }),
          )
        : none,
    [mounted, locale, markets],
  )
}
