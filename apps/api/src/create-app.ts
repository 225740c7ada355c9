import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import express, { type NextFunction, type Request, type Response } from 'express';
import pinoHttp from 'pino-http';
import { AppModule, type AppModuleOptions } from './app.module';
import { refuseForeignOrigin, refuseForeignUpgrades } from './auth/request-origin';
import { httpLogSerializers, PinoNestLogger } from './common/logger';
import { serveWebApp } from './web/serve-web';

/** The API and web app on one Express server, ready to listen. Used by `main.ts` and by the tests. */
export async function createApp(options: AppModuleOptions): Promise<INestApplication> {
  const { config, logger } = options;
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(options), {
    bodyParser: false,
    logger: new PinoNestLogger(logger),
  });
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  // Express would hash every answer for an ETag: each GraphQL answer (a POST nobody caches), and
  // the calendar files, whose stamp changes every minute. The meeting page under load spent about
  // 1% of the server's busy time on it.
  app.set('etag', false);
  app.use((req: Request, res: Response, next: NextFunction) => {
    const incoming = req.header('x-request-id');
    const requestId = incoming && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    res.setHeader('x-request-id', requestId);
    // Some addresses carry a secret (a reply link, a calendar feed); no page passes its address on.
    res.setHeader('referrer-policy', 'no-referrer');
    next();
  });
  app.use(
    pinoHttp({
      logger,
      genReqId: (_req, res) => res.getHeader('x-request-id') as string,
      autoLogging: { ignore: (req) => req.url === '/health' },
      quietReqLogger: true,
      serializers: httpLogSerializers,
    }),
  );
  app.use('/graphql', refuseForeignOrigin(config.publicUrl));
  app.use(express.json({ limit: config.maxRequestBytes }));
  app.use(cookieParser());
  serveWebApp(app.getHttpAdapter().getInstance(), config.webDist);
  app.enableCors({ origin: false });
  await app.init();
  refuseForeignUpgrades(app.getHttpServer(), config.publicUrl);
  return app;
}
