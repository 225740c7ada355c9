import { Select, type SelectProps } from '@mantine/core';
import { countryName, isCountryCode } from '@plenary/shared';
import { memo, useMemo } from 'react';

/** ISO 3166-1 alpha-2: the officially assigned codes (no regions, unions or retired codes). */
const ISO_COUNTRY_CODES =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
  'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP ' +
  'KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT ' +
  'MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW ' +
  'SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG ' +
  'UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW';

let cachedOptions: { value: string; label: string }[] | undefined;

function countryOptions() {
  cachedOptions ??= ISO_COUNTRY_CODES.split(' ')
    .filter(isCountryCode)
    .map((code) => ({ value: code, label: countryName(code) }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en'));
  return cachedOptions;
}

export type CountrySelectProps = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  /** An ISO 3166-1 alpha-2 code, or '' for none. */
  value: string;
  onChange: (code: string) => void;
};

/** Pick a country by its English (UN usage) name; the value is its two-letter code. Memoized like TimeZoneSelect. */
export const CountrySelect = memo(function CountrySelect({ value, onChange, ...props }: CountrySelectProps) {
  const data = useMemo(() => {
    const options = countryOptions();
    // A code saved before this list knew it still shows as itself.
    return value === '' || options.some((option) => option.value === value)
      ? options
      : [{ value, label: countryName(value) }, ...options];
  }, [value]);
  return (
    <Select
      searchable
      clearable
      nothingFoundMessage="No country by that name"
      {...props}
      data={data}
      value={value === '' ? null : value}
      onChange={(code) => {
        onChange(code ?? '');
      }}
    />
  );
});
