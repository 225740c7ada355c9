import { Button } from '@mantine/core';
import { filterParams, type RegistryFilters } from '../hooks/use-registry-filters';

/** Where the API serves the registry as a spreadsheet, under the same filters as the dashboard. */
export function registryExportUrl(format: 'xlsx' | 'csv', filters: RegistryFilters): string {
  const query = filterParams(filters).toString();
  return `/recommendations/export.${format}${query === '' ? '' : `?${query}`}`;
}

export interface ExportLinksProps {
  filters: RegistryFilters;
}

/** Every recommendation the filters match, not only the page shown; plain links, so the browser saves the file. */
export function ExportLinks({ filters }: ExportLinksProps) {
  return (
    <>
      <Button component="a" variant="default" href={registryExportUrl('xlsx', filters)} download>
        Export XLSX
      </Button>
      <Button component="a" variant="default" href={registryExportUrl('csv', filters)} download>
        Export CSV
      </Button>
    </>
  );
}
