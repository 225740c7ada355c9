/**
 * The writers of every exported file, each module loaded the first time someone downloads that kind
 * of file. Their libraries (docx; pdfkit with fontkit; exceljs with jszip and archiver) hold about
 * 50 MB of a server's memory from the moment they are loaded, which a server that is only answering
 * pages does not need to carry.
 */

type Writer = (...args: never[]) => unknown;

/** `name` of the module `load` brings, called once the module is there; the module is loaded once. */
function onFirstUse<M extends Record<K, Writer>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
): (...args: Parameters<M[K]>) => Promise<Awaited<ReturnType<M[K]>>> {
  let loading: Promise<M> | undefined;
  return (...args) => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading.then((module) => {
      const write = module[name] as (...args: Parameters<M[K]>) => ReturnType<M[K]>;
      return write(...args);
    }) as Promise<Awaited<ReturnType<M[K]>>>;
  };
}

export const agendaDocx = onFirstUse(() => import('./agenda-docx.js'), 'agendaDocx');
export const agendaPdf = onFirstUse(() => import('./agenda-pdf.js'), 'agendaPdf');
export const participantsCsv = onFirstUse(() => import('./participants-export.js'), 'participantsCsv');
export const participantsDocx = onFirstUse(() => import('./participants-export.js'), 'participantsDocx');
export const participantsPdf = onFirstUse(() => import('./participants-export.js'), 'participantsPdf');
export const reportDocx = onFirstUse(() => import('./report-docx.js'), 'reportDocx');
export const reportPdf = onFirstUse(() => import('./report-pdf.js'), 'reportPdf');
export const documentDocx = onFirstUse(() => import('./document-docx.js'), 'documentDocx');
export const documentPdf = onFirstUse(() => import('./document-pdf.js'), 'documentPdf');
export const commentTableDocx = onFirstUse(() => import('./comment-table-export.js'), 'commentTableDocx');
export const commentTableXlsx = onFirstUse(() => import('./comment-table-export.js'), 'commentTableXlsx');
export const redlineDocx = onFirstUse(() => import('./redline-docx.js'), 'redlineDocx');
export const recommendationsCsv = onFirstUse(() => import('./recommendations-files.js'), 'recommendationsCsv');
export const recommendationsXlsx = onFirstUse(() => import('./recommendations-files.js'), 'recommendationsXlsx');
