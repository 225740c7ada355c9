import { Select, type SelectProps } from '@mantine/core';
import { memo, useMemo } from 'react';
import { supportedTimeZones, timeZoneLabel } from './time-zone';

export type TimeZoneSelectProps = Omit<SelectProps, 'data' | 'value' | 'onChange'> & {
  /** An IANA zone name such as `Asia/Seoul`, or '' for none. */
  value: string;
  onChange: (zone: string) => void;
};

/**
 * Search the IANA time zones by city or region; each shows its current offset from UTC.
 * Memoized: with some 400 options it is the costliest input of a form to re-render on each keystroke.
 */
export const TimeZoneSelect = memo(function TimeZoneSelect({ value, onChange, ...props }: TimeZoneSelectProps) {
  const data = useMemo(() => {
    const now = new Date();
    const zones = supportedTimeZones();
    const all = value === '' || zones.includes(value) ? zones : [value, ...zones];
    return all.map((zone) => ({ value: zone, label: timeZoneLabel(zone, now) }));
  }, [value]);
  return (
    <Select
      searchable
      limit={50}
      nothingFoundMessage="No time zone by that name"
      {...props}
      data={data}
      value={value === '' ? null : value}
      onChange={(zone) => {
        onChange(zone ?? '');
      }}
    />
  );
});
