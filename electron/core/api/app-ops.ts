// Search, imports, where the data lives, label preference and saved layouts: the operations that are thin calls
// into the store, the import jobs or the layout file.
import { isAbsolute } from 'node:path';
import { KgError } from '../../../shared/errors';
import type { ImportStarted } from '../../../shared/ipc';
import { articleId, entityId } from '../graph/ids';
import { countArticles, labelPreference, searchArticles, searchEntities, setLabelPreference } from '../store/index';
import { prepare } from '../store/db';
import type { ApiContext } from './context';
import type { Implementations } from './define';

type AppOps = Pick<
  Implementations,
  | 'search:query'
  | 'import:files'
  | 'import:dropped'
  | 'import:status'
  | 'import:cancel'
  | 'app:info'
  | 'labels:get'
  | 'labels:set'
  | 'layout:save'
  | 'layout:load'
>;

function startImport(ctx: ApiContext, paths: string[] | null): ImportStarted {
  if (!paths || paths.length === 0) return { started: false };
  return { started: true, jobId: ctx.imports.start(paths) };
}

function count(ctx: ApiContext, table: 'entities' | 'relations'): number {
  return (prepare(ctx.store().db, `SELECT count(*) AS n FROM ${table} WHERE suppressed = 0`).get() as { n: number }).n;
}

export function appOps(ctx: ApiContext): AppOps {
  return {
    'search:query': ({ text, limit }) => {
      const { db } = ctx.store();
      return {
        entities: searchEntities(db, text, { limit }).map((e) => ({ id: entityId(e.entityId), label: e.label, type: e.type, matched: e.matched[0]?.name ?? e.label })),
        articles: searchArticles(db, text, { limit }).map((a) => ({
          id: articleId(a.articleId),
          title: a.title,
          snippet: a.snippet?.text ?? '',
          highlights: a.snippet?.highlights ?? [],
        })),
      };
    },
    'import:files': async ({ source }) => startImport(ctx, await ctx.dialogs.chooseImport(source)),
    'import:dropped': ({ paths }) => {
      const relative = paths.find((p) => !isAbsolute(p));
      if (relative !== undefined) throw new KgError('INVALID_INPUT', `Not an absolute path: ${relative}`);
      return startImport(ctx, paths);
    },
    'import:status': ({ jobId }) => ctx.imports.status(jobId),
    'import:cancel': ({ jobId }) => ({ cancelled: ctx.imports.cancel(jobId) }),
    'app:info': () => {
      const { db } = ctx.store();
      return {
        versions: { ...ctx.versions, node: process.versions.node },
        counts: { articles: countArticles(db), entities: count(ctx, 'entities'), relations: count(ctx, 'relations') },
      };
    },
    'labels:get': () => ({ prefer: labelPreference(ctx.store().db) }),
    'labels:set': ({ prefer }) => {
      const relabelled = setLabelPreference(ctx.store().db, prefer);
      ctx.emit('store:changed', { reason: 'labels' });
      return { prefer, relabelled };
    },
    'layout:save': async ({ positions }) => ({ saved: await ctx.layout.save(ctx.store().path, positions) }),
    'layout:load': async ({ entityIds }) => {
      const all = await ctx.layout.load(ctx.store().path);
      if (!entityIds) return { positions: all };
      return { positions: Object.fromEntries(entityIds.flatMap((id) => (all[id] ? [[id, all[id]]] : []))) };
    },
  };
}
