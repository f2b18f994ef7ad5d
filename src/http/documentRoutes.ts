// POST /documents/upload: a PDF or DOCX for addSourceDocument or reviseSourceDocument, because /graphql's body
// limit is 1 MB. multipart/form-data with one part named `file`, at most DOCUMENT_MAX_BYTES (413 past it, read no
// further). The caller is authenticated as for the API (a bearer token, or the session cookie under the
// same-origin rule every cookie write passes, app.ts), and must be an admin. Answers 201 { uploadId }; an
// unsupported type is 415, a file that is not what it claims (no PDF signature, not a zip, a zip bomb) 400.
import busboy from 'busboy';
import express, { type Request, type Router } from 'express';
import { authorize } from '../domain/access/auth';
import { storeUpload, type UploadInput } from '../domain/documents/uploads';
import { FILE_TYPES } from '../domain/documents/fileChecks';
import { bareType } from '../domain/documents/documentFile';
import { createContext, type ContextDeps } from './requestContext';
import { sendRestError } from './restErrors';

class Refused extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/** The one file of the multipart body, or Refused (400, 413, 415) as soon as it is known. */
function readFile(req: Request, maxBytes: number): Promise<UploadInput> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { files: 1, fileSize: maxBytes, fields: 10, parts: 12 } });
    } catch {
      return reject(new Refused(400, 'Send multipart/form-data with the file in a part named "file".'));
    }
    let file: UploadInput | null = null;
    let refused: Refused | null = null;
    parser.on('file', (name, stream, info) => {
      const mediaType = bareType(info.mimeType);
      if (name !== 'file' || refused) return void stream.resume();
      if (!FILE_TYPES.includes(mediaType)) {
        refused = new Refused(415, `Unsupported media type ${mediaType}: upload a PDF or a DOCX.`);
        return void stream.resume();
      }
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => {
        refused = new Refused(413, `The file is larger than DOCUMENT_MAX_BYTES (${maxBytes} bytes).`);
        req.unpipe(parser);
        reject(refused);
        req.resume();
      });
      stream.on('end', () => {
        if (!refused) file = { bytes: Buffer.concat(chunks), mediaType, fileName: info.filename ?? null };
      });
    });
    parser.on('error', () => reject(new Refused(400, 'The multipart body could not be read.')));
    parser.on('close', () => {
      if (refused) reject(refused);
      else if (file) resolve(file);
      else reject(new Refused(400, 'Send the file in a multipart part named "file".'));
    });
    req.pipe(parser);
  });
}

export function documentRoutes(deps: ContextDeps): Router {
  const router = express.Router();
  router.post('/upload', async (req, res) => {
    try {
      // Who is calling, first: nothing of an anonymous or refused caller's body is read.
      const ctx = await createContext(deps, req, res.locals.log);
      authorize(ctx.actor, 'uploadDocument');
      const file = await readFile(req, deps.config.documents.maxBytes);
      res.status(201).json(await storeUpload(ctx, file));
    } catch (err) {
      if (!(err instanceof Refused)) return sendRestError(res, err);
      res.setHeader('Connection', 'close');
      res.status(err.status).json({ errors: [{ message: err.message, extensions: { code: 'BAD_USER_INPUT' } }] });
    }
  });
  return router;
}
