import {
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Post,
  Req,
  Res,
  UploadedFile,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request, Response } from 'express';
import { SignedIn } from '../access/access-policy.decorator';
import { viewerOf } from '../auth/viewer.middleware';
import { notFound } from '../common/domain-error';
import { KnownQueryParameters } from '../common/query-parameters';
import { FilesService, MAX_FILE_BYTES, type UploadedPaper } from './files.service';
import { type StoredFileModel, toStoredFileModel } from './stored-file.model';

const uuid = new ParseUUIDPipe({ exceptionFactory: () => notFound('file') });

/** Papers and evidence: uploaded as multipart form data (field "file"), then linked to agenda items or follow-up steps. */
@Controller()
@UseGuards(KnownQueryParameters)
export class FilesController {
  constructor(private readonly files: FilesService) {}

  @SignedIn()
  @Post('meetings/:id/files')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_FILE_BYTES, files: 1 } }))
  async upload(
    @Param('id', new ParseUUIDPipe({ exceptionFactory: () => notFound('meeting') })) meetingId: string,
    @UploadedFile() file: UploadedPaper | undefined,
    @Req() req: Request,
  ): Promise<StoredFileModel> {
    return toStoredFileModel(await this.files.upload(viewerOf(req), { meetingId }, file));
  }

  /** Evidence for a step in a recommendation's follow-up, uploaded before the step is recorded. */
  @SignedIn()
  @Post('recommendations/:id/files')
  @UseInterceptors(FileInterceptor('file', { limits: { fileSize: MAX_FILE_BYTES, files: 1 } }))
  async uploadEvidence(
    @Param('id', new ParseUUIDPipe({ exceptionFactory: () => notFound('recommendation') })) recommendationId: string,
    @UploadedFile() file: UploadedPaper | undefined,
    @Req() req: Request,
  ): Promise<StoredFileModel> {
    return toStoredFileModel(await this.files.upload(viewerOf(req), { recommendationId }, file));
  }

  @SignedIn()
  @Get('files/:id')
  async download(@Param('id', uuid) id: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const file = await this.files.download(viewerOf(req), id);
    res.setHeader('Content-Type', file.contentType);
    res.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.filename)}`);
    res.setHeader('Cache-Control', 'private, no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.send(file.data);
  }
}
