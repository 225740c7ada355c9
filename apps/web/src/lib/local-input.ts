/*
 * Values of `datetime-local` and `date` inputs, which hold a wall-clock time in the viewer's own
 * time zone and no zone of their own.
 */

/** `2030-03-31T17:00` in the viewer's own time zone. */
export function toLocalInput(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value as a moment; undefined when empty or not a time. */
export function fromLocalInput(value: string): Date | undefined {
  if (value === '') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
