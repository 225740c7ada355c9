import { Controller, Get, Header, Param, ParseUUIDPipe, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Public, SignedIn } from '../access/access-policy.decorator';
import type { Viewer } from '../auth/viewer';
import { notFound } from '../common/domain-error';
import { agendaDocx } from './agenda-docx';
import { AgendaExportService } from './agenda-export.service';
import { agendaPdf } from './agenda-pdf';
import { meetingCalendar } from './calendar';
import { CalendarFeedService } from './calendar-feed.service';
import { participantsCsv, participantsDocx } from './participants-export';
import { reportDocx } from './report-docx';
import { type ReportExport, ReportExportService } from './report-export.service';
import { reportPdf } from './report-pdf';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => notFound('meeting') });

/** "Provisional agenda – Expert Group Meeting on …" as a file name any system accepts. */
function fileName(agenda: { meeting: { title: string } }, what: string, extension: string): string {
  const title = agenda.meeting.title
    .replace(/[^\p{L}\p{N} .,()–-]+/gu, '')
    .slice(0, 120)
    .trim();
  return `${what} - ${title}.${extension}`;
}

function attach(res: Response, contentType: string, name: string): void {
  res.setHeader('Content-Type', contentType);
  res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(name)}`);
  res.setHeader('Cache-Control', 'private, no-store');
}

/** "Report - …" once published; "Draft report - …" before. */
function reportFileName(report: ReportExport, extension: string): string {
  return fileName(report, report.statusLine ? 'Draft report' : 'Report', extension);
}

/**
 * The documents people send: agenda (PDF, DOCX), calendars (.ics), the list of participants (DOCX, CSV)
 * and the meeting's report (PDF, DOCX).
 */
@Controller()
export class ExportsController {
  constructor(
    private readonly exports: AgendaExportService,
    private readonly feeds: CalendarFeedService,
    private readonly reports: ReportExportService,
  ) {}

  @SignedIn()
  @Get('meetings/:id/agenda.pdf')
  async agendaPdf(@Param('id', uuid) id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const agenda = await this.exports.agenda(viewerOf(req), id);
    attach(res, 'application/pdf', fileName(agenda, agenda.adopted ? 'Agenda' : 'Provisional agenda', 'pdf'));
    res.send(await agendaPdf(agenda));
  }

  @SignedIn()
  @Get('meetings/:id/agenda.docx')
  async agendaDocx(@Param('id', uuid) id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const agenda = await this.exports.agenda(viewerOf(req), id);
    attach(
      res,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      fileName(agenda, agenda.adopted ? 'Agenda' : 'Provisional agenda', 'docx'),
    );
    res.send(await agendaDocx(agenda));
  }

  @SignedIn()
  @Get('meetings/:id/calendar.ics')
  async meetingCalendar(@Param('id', uuid) id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const agenda = await this.exports.agenda(viewerOf(req), id);
    attach(res, 'text/calendar; charset=utf-8', fileName(agenda, 'Calendar', 'ics'));
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
    attach(
      res,
      'text/calendar; charset=utf-8',
      `${item.title.slice(0, 80).replace(/[^\p{L}\p{N} .,()–-]+/gu, '')}.ics`,
    );
    res.send(meetingCalendar(agenda, { url: this.feeds.meetingUrl(id), onlyItemId: itemId }));
  }

  @SignedIn()
  @Get('meetings/:id/participants.csv')
  async participantsCsv(@Param('id', uuid) id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const viewer = viewerOf(req);
    const agenda = await this.exports.agenda(viewer, id);
    attach(res, 'text/csv; charset=utf-8', fileName(agenda, 'Participants', 'csv'));
    res.send(participantsCsv(await this.exports.participants(viewer, id)));
  }

  @SignedIn()
  @Get('meetings/:id/participants.docx')
  async participantsDocx(@Param('id', uuid) id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const viewer = viewerOf(req);
    const agenda = await this.exports.agenda(viewer, id);
    attach(
      res,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      fileName(agenda, 'List of participants', 'docx'),
    );
    res.send(await participantsDocx(agenda.meeting, await this.exports.participants(viewer, id)));
  }

  @SignedIn()
  @Get('meetings/:id/report.pdf')
  async reportPdf(@Param('id', uuid) id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const report = await this.reports.report(viewerOf(req), id);
    attach(res, 'application/pdf', reportFileName(report, 'pdf'));
    res.send(await reportPdf(report));
  }

  @SignedIn()
  @Get('meetings/:id/report.docx')
  async reportDocx(@Param('id', uuid) id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const report = await this.reports.report(viewerOf(req), id);
    attach(
      res,
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      reportFileName(report, 'docx'),
    );
    res.send(await reportDocx(report));
  }

  /** The subscribable feed: calendar programs cannot sign in, so the secret address is the key. */
  @Public()
  @Get('calendar/:token.ics')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  async feed(@Param('token') token: string): Promise<string> {
    const meetingId = await this.feeds.meetingIdForToken(token);
    if (!meetingId) throw notFound('calendar');
    return meetingCalendar(await this.exports.agenda(null, meetingId), { url: this.feeds.meetingUrl(meetingId) });
  }
}

export function viewerOf(req: Request): Viewer {
  return (req as Request & { viewer: Viewer }).viewer;
}
