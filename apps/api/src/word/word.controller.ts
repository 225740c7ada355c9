import {
  type CallHandler,
  Controller,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  Param,
  ParseUUIDPipe,
  PayloadTooLargeException,
  Post,
  Req,
  UploadedFile,
  UseGuards,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Request } from 'express';
import { catchError, type Observable, throwError } from 'rxjs';
import { SignedIn } from '../access/access-policy.decorator';
import { viewerOf } from '../auth/viewer.middleware';
import { notFound } from '../common/domain-error';
import { KnownQueryParameters } from '../common/query-parameters';
import { MAX_WORD_BYTES, tooLarge, type UploadedWordFile } from './word-file';
import { type DraftPreview, type ReturnedPreview, WordService } from './word.service';

const documentId = new ParseUUIDPipe({ exceptionFactory: () => notFound('document') });

/** A file over the limit is cut off while it streams in; the refusal says so in the registry's terms. */
@Injectable()
class TooLargeRefusal implements NestInterceptor {
  intercept(_context: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next
      .handle()
      .pipe(
        catchError((error: unknown) =>
          throwError(() => (error instanceof PayloadTooLargeException ? tooLarge() : error)),
        ),
      );
  }
}

const wordUpload = [TooLargeRefusal, FileInterceptor('file', { limits: { fileSize: MAX_WORD_BYTES, files: 1 } })];

/**
 * Word files read for a preview (multipart form data, field "file"); nothing is stored until the
 * person confirms through the API (importWordDraft, postReturnedComments).
 */
@Controller()
@UseGuards(KnownQueryParameters)
export class WordController {
  constructor(private readonly word: WordService) {}

  /** The paragraphs a co-chair's Word draft would add to the working version. */
  @SignedIn()
  @Post('documents/:id/word/draft')
  @UseInterceptors(...wordUpload)
  previewDraft(
    @Param('id', documentId) id: string,
    @UploadedFile() file: UploadedWordFile | undefined,
    @Req() req: Request,
  ): Promise<DraftPreview> {
    return this.word.previewDraft(viewerOf(req), id, file);
  }

  /** The comments and tracked changes of a committee's marked-up copy of the version out for comment. */
  @SignedIn()
  @Post('documents/:id/word/returned')
  @UseInterceptors(...wordUpload)
  readReturned(
    @Param('id', documentId) id: string,
    @UploadedFile() file: UploadedWordFile | undefined,
    @Req() req: Request,
  ): Promise<ReturnedPreview> {
    return this.word.readReturned(viewerOf(req), id, file);
  }
}
