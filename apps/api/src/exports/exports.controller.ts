import {
  Controller,
  Get,
  Header,
  Param,
  ParseUUIDPipe,
  type PipeTransform,
  Query,
  Req,
  Res,
  UseGuards,
} from '@nestjs/common';
import { ParticipantListStatus } from '@plenary/shared';
import type { Request, Response } from 'express';
import { Public, SignedIn } from '../access/access-policy.decorator';
import { viewerOf } from '../auth/viewer.middleware';
import { invalid, notFound } from '../common/domain-error';
import { KnownQueryParameters, QueryParameters } from '../common/query-parameters';
import { AgendaExportService } from './agenda-export.service';
import { meetingCalendar } from './calendar';
import { CalendarFeedService } from './calendar-feed.service';
import { CSV_CONTENT_TYPE, PDF_CONTENT_TYPE, WORD_CONTENT_TYPE, XLSX_CONTENT_TYPE } from './content-types';
import { DocumentExportService } from './document-export.service';
import { participantListDetail, participantListName } from './participant-list-names';
import { type ReportExport, ReportExportService } from './report-export.service';
import {
  RecommendationExportService,
  recommendationsFileLabel,
  REGISTRY_PARAMETERS,
  RegistryFilterPipe,
} from './recommendations-export';
import {
  agendaDocx,
  agendaPdf,
  commentTableDocx,
  commentTableXlsx,
  documentDocx,
  documentPdf,
  participantsCsv,
  participantsDocx,
  participantsPdf,
  recommendationsCsv,
  recommendationsXlsx,
  redlineDocx,
  reportDocx,
  reportPdf,
} from './renderers';
import type { RegistryFilter } from '../recommendations/recommendations.repository';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => notFound('meeting') });
const documentId = new ParseUUIDPipe({ exceptionFactory: () => notFound('document') });

/** A version or round number from the query string: a positive whole number, or a clear 400. */
class PositiveIntPipe implements PipeTransform<unknown, number | undefined> {
  constructor(
    private readonly field: string,
    private readonly required = false,
  ) {}

  transform(value: unknown): number | undefined {
    if (value === undefined && !this.required) return undefined;
    if (typeof value !== 'string' || !/^[1-9][0-9]{0,8}$/.test(value)) {
      throw invalid(this.field, `"${this.field}" must be a positive whole number, such as 1.`);
    }
    return Number(value);
  }
}

const contentTypes = {
  docx: WORD_CONTENT_TYPE,
  pdf: PDF_CONTENT_TYPE,
  xlsx: XLSX_CONTENT_TYPE,
  csv: CSV_CONTENT_TYPE,
} as const;

/** Whom a list of participants holds (`?status=`): those attending unless another choice is given. */
class ParticipantListStatusPipe implements PipeTransform<unknown, ParticipantListStatus> {
  transform(value: unknown): ParticipantListStatus {
    if (value === undefined || value === '') return ParticipantListStatus.ATTENDING;
    const known = Object.values(ParticipantListStatus);
    const status = known.find((s) => s === value);
    if (!status) throw invalid('status', `"status" must be one of ${known.join(', ')}.`);
    return status;
  }
}

/** The formats a file comes in: any other extension is a file that does not exist. */
class FormatPipe<F extends keyof typeof contentTypes> implements PipeTransform<string, F> {
  private readonly formats: readonly F[];

  constructor(...formats: F[]) {
    this.formats = formats;
  }

  transform(value: string): F {
    const format = this.formats.find((f) => f === value);
    if (!format) throw notFound('file');
    return format;
  }
}

/** Text as part of a file name any system accepts. */
function safeName(text: string, max = 120): string {
  return text
    .replace(/[^\p{L}\p{N} .,()–-]+/gu, '')
    .slice(0, max)
    .trim();
}

/** "Provisional agenda - Expert Group Meeting on ….pdf", "Memorandum - … - v2.docx". */
function fileName(what: string, title: string, extension: string, detail?: string): string {
  return `${[what, safeName(title), detail].filter(Boolean).join(' - ')}.${extension}`;
}

function attach(res: Response, contentType: string, name: string): void {
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
  res.setHeader('Cache-Control', 'private, no-store');
}

/** "Report - …" once published; "Draft report - …" before. */
function reportFileName(report: ReportExport, extension: string): string {
  return fileName(report.statusLine ? 'Draft report' : 'Report', report.meeting.title, extension);
}

/**
 * The documents people send: agenda (PDF, DOCX), calendars (.ics), the list of participants (DOCX, PDF, CSV),
 * the meeting's report (PDF, DOCX), a memorandum's text (DOCX, PDF), compilation of comments
 * (DOCX, XLSX) and redline between two versions (DOCX), and the recommendation registry (XLSX, CSV).
 */
@Controller()
@UseGuards(KnownQueryParameters)
export class ExportsController {
  constructor(
    private readonly exports: AgendaExportService,
    private readonly feeds: CalendarFeedService,
    private readonly reports: ReportExportService,
    private readonly documents: DocumentExportService,
    private readonly recommendations: RecommendationExportService,
  ) {}

  @SignedIn()
  @Get('meetings/:id/agenda.pdf')
  async agendaPdf(@Param('id', uuid) id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const agenda = await this.exports.agenda(viewerOf(req), id);
    attach(
      res,
      PDF_CONTENT_TYPE,
      fileName(agenda.adopted ? 'Agenda' : 'Provisional agenda', agenda.meeting.title, 'pdf'),
    );
    res.send(await agendaPdf(agenda));
  }

  @SignedIn()
  @Get('meetings/:id/agenda.docx')
  async agendaDocx(@Param('id', uuid) id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const agenda = await this.exports.agenda(viewerOf(req), id);
    attach(
      res,
      WORD_CONTENT_TYPE,
      fileName(agenda.adopted ? 'Agenda' : 'Provisional agenda', agenda.meeting.title, 'docx'),
    );
    res.send(await agendaDocx(agenda));
  }

  @SignedIn()
  @Get('meetings/:id/calendar.ics')
  async meetingCalendar(@Param('id', uuid) id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const agenda = await this.exports.agenda(viewerOf(req), id);
    attach(res, 'text/calendar; charset=utf-8', fileName('Calendar', agenda.meeting.title, 'ics'));
    res.send(meetingCalendar(agenda, { url: this.feeds.meetingUrl(id) }));
  }

  @SignedIn()
  @Get('meetings/:id/agenda-items/:itemId.ics')
  async itemCalendar(
    @Param('id', uuid) id: string,
    @Param('itemId', uuid) itemId: string,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const agenda = await this.exports.agenda(viewerOf(req), id);
    const item = agenda.days.flatMap((d) => d.items).find((i) => i.id === itemId);
    if (!item) throw notFound('agenda item');
    attach(res, 'text/calendar; charset=utf-8', `${safeName(item.title, 80)}.ics`);
    res.send(meetingCalendar(agenda, { url: this.feeds.meetingUrl(id), onlyItemId: itemId }));
  }

  /** The list of participants: those attending, or with `?status=` those with another reply, or everyone. */
  @SignedIn()
  @Get('meetings/:id/participants.:format')
  @QueryParameters('status')
  async participants(
    @Param('id', uuid) id: string,
    @Param('format', new FormatPipe('docx', 'pdf', 'csv')) format: 'docx' | 'pdf' | 'csv',
    @Query('status', new ParticipantListStatusPipe()) status: ParticipantListStatus,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const viewer = viewerOf(req);
    const { meeting } = await this.exports.agenda(viewer, id);
    const list = { meeting, status, rows: await this.exports.participants(viewer, id, status) };
    attach(
      res,
      contentTypes[format],
      fileName(participantListName(status), meeting.title, format, participantListDetail(status)),
    );
    res.send(
      format === 'csv'
        ? await participantsCsv(list)
        : format === 'pdf'
          ? await participantsPdf(list)
          : await participantsDocx(list),
    );
  }

  @SignedIn()
  @Get('meetings/:id/report.pdf')
  async reportPdf(@Param('id', uuid) id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const report = await this.reports.report(viewerOf(req), id);
    attach(res, PDF_CONTENT_TYPE, reportFileName(report, 'pdf'));
    res.send(await reportPdf(report));
  }

  @SignedIn()
  @Get('meetings/:id/report.docx')
  async reportDocx(@Param('id', uuid) id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const report = await this.reports.report(viewerOf(req), id);
    attach(res, WORD_CONTENT_TYPE, reportFileName(report, 'docx'));
    res.send(await reportDocx(report));
  }

  @SignedIn()
  @Get('documents/:id/document.:format')
  @QueryParameters('version')
  async memorandum(
    @Param('id', documentId) id: string,
    @Param('format', new FormatPipe('docx', 'pdf')) format: 'docx' | 'pdf',
    @Query('version', new PositiveIntPipe('version')) version: number | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const memo = await this.documents.memorandum(viewerOf(req), id, version);
    attach(res, contentTypes[format], fileName(memo.kindLabel, memo.document.title, format, `v${memo.versionNumber}`));
    res.send(format === 'pdf' ? await documentPdf(memo) : await documentDocx(memo));
  }

  @SignedIn()
  @Get('documents/:id/comments.:format')
  @QueryParameters('round')
  async comments(
    @Param('id', documentId) id: string,
    @Param('format', new FormatPipe('docx', 'xlsx')) format: 'docx' | 'xlsx',
    @Query('round', new PositiveIntPipe('round')) round: number | undefined,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const compilation = await this.documents.commentTable(viewerOf(req), id, round);
    const name = fileName('Comments', compilation.document.title, format, `round ${compilation.roundNumber}`);
    attach(res, contentTypes[format], name);
    res.send(format === 'xlsx' ? await commentTableXlsx(compilation) : await commentTableDocx(compilation));
  }

  @SignedIn()
  @Get('documents/:id/redline.docx')
  @QueryParameters('from', 'to')
  async redlineDocx(
    @Param('id', documentId) id: string,
    @Query('from', new PositiveIntPipe('from', true)) from: number,
    @Query('to', new PositiveIntPipe('to', true)) to: number,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const redline = await this.documents.redline(viewerOf(req), id, from, to);
    attach(res, contentTypes.docx, fileName('Redline', redline.document.title, 'docx', `v${from} to v${to}`));
    res.send(await redlineDocx(redline));
  }

  /** The registry as the viewer may see it, under the dashboard's filters (its query parameters). */
  @SignedIn()
  @Get('recommendations/export.:format')
  @QueryParameters(...REGISTRY_PARAMETERS)
  async recommendationRegistry(
    @Param('format', new FormatPipe('xlsx', 'csv')) format: 'xlsx' | 'csv',
    @Query(new RegistryFilterPipe()) filter: RegistryFilter,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const registry = await this.recommendations.registry(viewerOf(req), filter);
    attach(
      res,
      contentTypes[format],
      fileName('Recommendations', recommendationsFileLabel(registry), format, registry.today),
    );
    res.send(format === 'xlsx' ? await recommendationsXlsx(registry) : await recommendationsCsv(registry));
  }

  /**
   * A person's subscribable feed: calendar programs cannot sign in, so the secret address stands
   * for its owner, and the feed shows what the owner may see.
   */
  @Public()
  @Get('calendar/:token.ics')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  async feed(@Param('token') token: string): Promise<string> {
    const owner = await this.feeds.ownerOf(token);
    if (!owner) throw notFound('calendar');
    return meetingCalendar(await this.exports.agenda(owner.viewer, owner.meetingId), {
      url: this.feeds.meetingUrl(owner.meetingId),
    });
  }
}
