// The calls of the documents pages: the list, one document with its queue and measures, and admins' writes
// (adding a document, running the extraction, deciding candidates). A PDF or DOCX goes first to
// POST /documents/upload, because /graphql's body limit is 1 MB; the session cookie signs that request in too.
import {
  ConsoleAcceptCandidateDocument,
  ConsoleAddDocumentDocument,
  ConsoleDocumentDocument,
  ConsoleDocumentSlugDocument,
  ConsoleDocumentsDocument,
  ConsoleExtractCandidatesDocument,
  ConsoleMergeCandidateDocument,
  ConsoleRejectCandidateDocument,
  type ConsoleAcceptCandidateMutationVariables,
  type ConsoleAddDocumentMutationVariables,
  type ConsoleCandidateFragment,
  type ConsoleDocumentQuery,
  type ConsoleDocumentRowFragment,
} from './__generated__/operations';
import { ApiError, gql } from './api';
import { plainError } from './errorText';

export type DocumentRow = ConsoleDocumentRowFragment;
export type DocumentPage = NonNullable<ConsoleDocumentQuery['document']>;
export type DocumentMeasure = ConsoleDocumentQuery['recommendations']['edges'][number]['node'];
export type CandidateRow = ConsoleCandidateFragment;

export const fetchDocuments = async (): Promise<DocumentRow[]> => (await gql(ConsoleDocumentsDocument, {})).documents;

/** One document by its slug or, failing that, by its global id; null when neither names one. */
export async function fetchDocument(
  slugOrId: string,
): Promise<{ document: DocumentPage; measures: DocumentMeasure[] } | null> {
  const data = await gql(ConsoleDocumentDocument, { slug: slugOrId });
  if (data.document) return { document: data.document, measures: data.recommendations.edges.map((e) => e.node) };
  const node = await gql(ConsoleDocumentSlugDocument, { id: slugOrId }).catch(() => null);
  const slug = node?.node && 'slug' in node.node ? node.node.slug : null;
  return slug ? fetchDocument(slug) : null;
}

export type AddDocumentInput = ConsoleAddDocumentMutationVariables['input'];

export const addDocument = async (input: AddDocumentInput) =>
  (await gql(ConsoleAddDocumentDocument, { input })).addSourceDocument;

/** Sends a PDF or DOCX; answers the uploadId that addSourceDocument takes. */
export async function uploadDocumentFile(file: File): Promise<string> {
  const body = new FormData();
  body.append('file', file, file.name);
  let response: Response;
  try {
    // The header tells the server a script sent this multipart body, which a plain form cannot (sameOrigin.ts).
    response = await fetch('/documents/upload', {
      method: 'POST',
      body,
      credentials: 'same-origin',
      headers: { 'apollo-require-preflight': 'true' },
    });
  } catch {
    throw new ApiError(plainError('NETWORK_ERROR', ''), 'NETWORK_ERROR');
  }
  const answer = (await response.json().catch(() => ({}))) as {
    uploadId?: string;
    errors?: { message?: string; extensions?: { code?: string } }[];
  };
  if (response.ok && answer.uploadId) return answer.uploadId;
  const first = answer.errors?.[0];
  const code = first?.extensions?.code ?? `HTTP_${response.status}`;
  throw new ApiError(plainError(code, first?.message ?? ''), code);
}

export const extractCandidates = async (documentId: string) =>
  (await gql(ConsoleExtractCandidatesDocument, { documentId })).extractCandidates;

export const acceptCandidate = async (input: ConsoleAcceptCandidateMutationVariables['input']) =>
  (await gql(ConsoleAcceptCandidateDocument, { input })).acceptCandidate;

export const mergeCandidate = async (id: string, code: string) =>
  (await gql(ConsoleMergeCandidateDocument, { input: { id, code } })).mergeCandidate;

export const rejectCandidate = async (id: string, reason: string) =>
  (await gql(ConsoleRejectCandidateDocument, { input: { id, reason } })).rejectCandidate;
