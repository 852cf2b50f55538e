// The IPC contract between the renderer and the engine, declared once (Signal-Desktop's
// `Interface.std.ts` is the model): each operation has a channel name (`feature:verb`), a zod
// schema for its input and a TypeScript output type. Main validates every input with the schema
// and answers with a `Result`; the preload, the renderer's `window.api` type, the handler table and
// the e2e bridge are all derived from `OPS`, so a channel name is spelled nowhere else.
// Events (main -> renderer) are declared here too: import progress, store changes, menu actions.
import { z } from 'zod';
import { ALL_RELATION_TYPES, ENTITY_TYPES, LABEL_PREFERENCES, LANGS } from './domain';
import type { EntityType, LabelPreference, Lang, RelationType } from './domain';
import type { Result } from './errors';

// ---------------------------------------------------------------- shared input pieces

// Ids carry their kind, so that a node and an edge can never share an id in the view (Cytoscape
// keeps both in one namespace) and a relation id passed where an entity id belongs is refused.
/** Entity ids are `e<n>`, relation ids `r<n>`, article ids `a<n>`. */
export const ID_PREFIX = { entity: 'e', relation: 'r', article: 'a' } as const;
const idOf = (prefix: string) => z.string().regex(new RegExp(`^${prefix}[1-9][0-9]{0,14}$`), `expected an id like ${prefix}12`);
export const EntityIdSchema = idOf(ID_PREFIX.entity);
export const RelationIdSchema = idOf(ID_PREFIX.relation);
export const ArticleIdSchema = idOf(ID_PREFIX.article);
const JobId = z.string().min(1).max(100);
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');
const MAX_IDS = 5000;

/** Filters shared by every graph view. Absent fields do not filter. */
export const GraphFiltersSchema = z.strictObject({
  entityTypes: z.array(z.enum(ENTITY_TYPES)).max(ENTITY_TYPES.length).optional(),
  relationTypes: z.array(z.enum(ALL_RELATION_TYPES)).max(ALL_RELATION_TYPES.length).optional(),
  langs: z.array(z.enum(LANGS)).max(LANGS.length).optional(),
  articleIds: z.array(ArticleIdSchema).max(MAX_IDS).optional(),
  dateFrom: IsoDate.optional(),
  dateTo: IsoDate.optional(),
  /** An edge needs at least this many evidence sentences to be shown. */
  minEvidence: z.number().int().min(1).max(10_000).optional(),
  /** `co_mentioned` edges are hidden unless asked for. */
  includeCoMentions: z.boolean().optional(),
});
export type GraphFilters = z.output<typeof GraphFiltersSchema>;

const Filters = GraphFiltersSchema.optional().default({});
const Point = z.strictObject({ x: z.number().finite(), y: z.number().finite() });

export const DEFAULT_OVERVIEW_LIMIT = 300;
export const MAX_VIEW_NODES = 2000;

export const ExportScopeSchema = z.discriminatedUnion('kind', [
  /** The nodes currently shown (or selected) in the view, and the edges between them. */
  z.strictObject({ kind: z.literal('nodes'), nodeIds: z.array(EntityIdSchema).min(1).max(50_000) }),
  z.strictObject({ kind: z.literal('entity'), entityId: EntityIdSchema, depth: z.number().int().min(1).max(3) }),
  z.strictObject({ kind: z.literal('all') }),
]);
export type ExportScope = z.output<typeof ExportScopeSchema>;

// ---------------------------------------------------------------- output types

export interface ArticleMeta {
  id: string;
  file: string;
  title: string | null;
  date: string | null;
  lang: Lang | null;
  url: string | null;
}

export interface ViewNode {
  id: string;
  type: EntityType;
  label: string;
  aliases: Partial<Record<Lang, string[]>>;
  mentionCount: number;
  /** Degree in the filtered store graph, not only within the view. */
  degree: number;
}

export interface ViewEdge {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  evidenceCount: number;
}

export interface GraphView {
  nodes: ViewNode[];
  edges: ViewEdge[];
  /**
   * Sizes before the limit cut, so the UI can say "300 of 4,120": of the whole filtered graph for
   * an overview; for a neighbourhood, of the rings walked (at least; a cut ring ends the walk).
   */
  totals: { nodes: number; edges: number; articles: number };
  truncated: boolean;
}

export type PathResult = { found: true; nodeIds: string[]; edgeIds: string[] } | { found: false };

export interface MetricsResult {
  metric: Metric;
  values: Record<string, number>;
  /** Community index per node, when `community` was asked for. */
  communities?: Record<string, number>;
}

export interface EntityRef {
  id: string;
  label: string;
  type: EntityType;
}

export interface RelationGroup {
  type: RelationType;
  relations: Array<{ id: string; direction: 'out' | 'in'; other: EntityRef; evidenceCount: number }>;
}

export interface EntityDetail extends EntityRef {
  key: string | null;
  aliases: Partial<Record<Lang, string[]>>;
  mentionCount: number;
  articles: Array<ArticleMeta & { mentions: number }>;
  relations: RelationGroup[];
}

export interface EvidenceItem {
  article: ArticleMeta;
  /** Offsets of the quote in the article text (UTF-16, end exclusive). */
  start: number;
  end: number;
  quote: string;
  rule: string | null;
  confidence: number | null;
  /** The sentence holding the quote; the quote sits at `start - sentence.start` inside it. */
  sentence: { text: string; start: number; end: number };
}

export interface ArticleDetail {
  meta: ArticleMeta;
  text: string;
  mentions: Array<{ entityId: string; type: EntityType; start: number; end: number }>;
  relations: Array<{ id: string; type: RelationType; source: EntityRef; target: EntityRef; evidence: Array<{ start: number; end: number }> }>;
}

export interface SearchResults {
  entities: Array<EntityRef & { matched: string }>;
  /** `snippet` is plain text; `highlights` are [start, end) ranges of the matched words in it. */
  articles: Array<{ id: string; title: string | null; snippet: string; highlights: Array<[number, number]> }>;
}

export interface ImportSummary {
  added: number;
  unchanged: number;
  replaced: number;
  failed: Array<{ file: string; code: string; reason: string }>;
}

/** `queued` while an earlier import still runs: imports write one at a time. */
export type ImportState = 'queued' | 'running' | 'done' | 'failed' | 'cancelled';
export type FileStatus = 'added' | 'unchanged' | 'replaced' | 'failed';

/** One import job's progress; sent as the `import:progress` event and returned by `import:status`. */
export interface ImportProgress {
  jobId: string;
  state: ImportState;
  /** Files found so far; null until a folder has been listed. */
  total: number | null;
  done: number;
  /** The file that just finished, with its outcome. */
  last?: { file: string; status: FileStatus; code?: string; reason?: string };
  summary?: ImportSummary;
  error?: { code: string; message: string };
}

export type ImportStarted = { started: true; jobId: string } | { started: false };

export interface ExportFormat {
  id: string;
  label: string;
  extension: string;
}

/** `files`: every file written (CSV writes two beside the name chosen: NAME.nodes.csv and NAME.edges.csv). */
export type ExportDone = { saved: true; files: string[]; bytes: number; nodes: number; edges: number } | { saved: false };

export type PngSaved = { saved: true; file: string; bytes: number } | { saved: false };

/**
 * The largest PNG the renderer may hand to main. A picture within png-export.ts's pixel limits
 * (64 Mpx) compresses well below this; anything bigger is not an image the app drew.
 */
export const MAX_PNG_BYTES = 192 * 1024 * 1024;
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PngBytes = z
  .instanceof(Uint8Array)
  .refine((b) => b.byteLength <= MAX_PNG_BYTES, `a PNG of at most ${MAX_PNG_BYTES} bytes`)
  .refine((b) => b.byteLength > PNG_SIGNATURE.length && PNG_SIGNATURE.every((v, i) => b[i] === v), 'PNG data (the PNG signature)');
/** A suggested file name (never a path): the save dialog decides where the file goes. */
const PngFileName = z
  .string()
  .max(120)
  .regex(/^[^\\/:*?"<>|\p{Cc}]+\.png$/iu, 'a file name ending in .png, without folders');

/** No paths: the page sees none it did not choose (Help > Where Is My Data? is main's own dialog). */
export interface AppInfo {
  versions: { app: string; node: string; electron: string | null; chrome: string | null };
  counts: { articles: number; entities: number; relations: number };
}

export const METRICS = ['degree', 'pagerank', 'betweenness'] as const;
export type Metric = (typeof METRICS)[number];

// ---------------------------------------------------------------- the operations

/** A type-only marker carrying an operation's output type. */
interface Returns<O> {
  readonly __output?: O;
}
function op<O>() {
  return <S extends z.ZodType>(input: S) => ({ input, output: {} as Returns<O> });
}

const Empty = z.strictObject({}).optional().default({});

export const OPS = {
  'graph:overview': op<GraphView>()(
    z.strictObject({ filters: Filters, limit: z.number().int().min(1).max(MAX_VIEW_NODES).default(DEFAULT_OVERVIEW_LIMIT) }),
  ),
  'graph:neighbourhood': op<GraphView>()(
    z.strictObject({
      entityIds: z.array(EntityIdSchema).min(1).max(200),
      depth: z.number().int().min(1).max(3).default(1),
      filters: Filters,
      limit: z.number().int().min(1).max(MAX_VIEW_NODES).default(MAX_VIEW_NODES),
    }),
  ),
  'graph:path': op<PathResult>()(z.strictObject({ from: EntityIdSchema, to: EntityIdSchema, filters: Filters })),
  'graph:metrics': op<MetricsResult>()(
    z.strictObject({
      nodeIds: z.array(EntityIdSchema).min(1).max(50_000).optional(),
      metric: z.enum(METRICS),
      community: z.literal('louvain').optional(),
      filters: Filters,
    }),
  ),
  'entity:get': op<EntityDetail>()(z.strictObject({ id: EntityIdSchema })),
  'evidence:forRelation': op<EvidenceItem[]>()(z.strictObject({ relationId: RelationIdSchema })),
  'article:get': op<ArticleDetail>()(z.strictObject({ id: ArticleIdSchema })),
  'search:query': op<SearchResults>()(
    z.strictObject({ text: z.string().trim().min(1).max(200), limit: z.number().int().min(1).max(100).default(20) }),
  ),
  /** Main asks the user for files or a folder with a native dialog, then imports in a worker. */
  'import:files': op<ImportStarted>()(z.strictObject({ source: z.enum(['files', 'folder']) })),
  /**
   * Paths of files the user dropped on the window. Preload-internal: `window.api.importDropped`
   * takes `File` objects and resolves their paths with `webUtils.getPathForFile`, so the page
   * cannot name a path itself.
   */
  'import:dropped': op<ImportStarted>()(z.strictObject({ paths: z.array(z.string().min(1).max(4096)).min(1).max(10_000) })),
  'import:status': op<ImportProgress | null>()(z.strictObject({ jobId: JobId.optional() })),
  'import:cancel': op<{ cancelled: boolean }>()(z.strictObject({ jobId: JobId })),
  'export:formats': op<ExportFormat[]>()(Empty),
  /** Main asks where to save with a native dialog; `saved: false` when the user cancels. */
  'export:graph': op<ExportDone>()(
    z.strictObject({
      format: z.string().min(1).max(40),
      scope: ExportScopeSchema,
      filters: Filters,
      positions: z.record(EntityIdSchema, Point).optional(),
      /** Node diameters from the view, so a drawing (SVG) sizes nodes as the screen does. */
      sizes: z.record(EntityIdSchema, z.number().finite().positive().max(10_000)).optional(),
      /** Pictures (SVG): draw the legend of the types present. Default true. */
      legend: z.boolean().optional(),
      /** Pictures (SVG): a white or a transparent background. Default white. */
      background: z.enum(['white', 'transparent']).optional(),
    }),
  ),
  /**
   * A PNG the renderer drew (Cytoscape's cy.png plus the legend): main asks where to save it with
   * a native dialog and writes the bytes; `saved: false` when the user cancels.
   */
  'export:png': op<PngSaved>()(z.strictObject({ data: PngBytes, name: PngFileName })),
  'app:info': op<AppInfo>()(Empty),
  /** Which names entities are labelled with (kept in the store). */
  'labels:get': op<{ prefer: LabelPreference }>()(Empty),
  /** Keeps a new preference in the store and relabels every entity, then emits `store:changed` (reason `labels`). */
  'labels:set': op<{ prefer: LabelPreference; relabelled: number }>()(z.strictObject({ prefer: z.enum(LABEL_PREFERENCES) })),
  'layout:save': op<{ saved: number }>()(
    z.strictObject({ positions: z.record(EntityIdSchema, Point).refine((p) => Object.keys(p).length <= 50_000, 'too many positions') }),
  ),
  'layout:load': op<{ positions: Record<string, { x: number; y: number }> }>()(
    z.strictObject({ entityIds: z.array(EntityIdSchema).max(50_000).optional() }),
  ),
} as const;

export type OpName = keyof typeof OPS;
export const OP_NAMES = Object.keys(OPS) as OpName[];
/** Operations the preload wraps in a function of its own instead of exposing them as they are. */
export const PRELOAD_INTERNAL_OPS = ['import:dropped'] as const satisfies readonly OpName[];
export type ApiOpName = Exclude<OpName, (typeof PRELOAD_INTERNAL_OPS)[number]>;

/** What the caller sends (defaults not yet applied). */
export type Input<K extends OpName> = z.input<(typeof OPS)[K]['input']>;
/** What a handler receives after validation (defaults applied). */
export type ParsedInput<K extends OpName> = z.output<(typeof OPS)[K]['input']>;
export type Output<K extends OpName> = (typeof OPS)[K]['output'] extends Returns<infer O> ? O : never;

/** The main-side table: one validated entry per operation (electron/core/api builds it). */
export type HandlerTable = { [K in OpName]: (input: unknown) => Promise<Result<Output<K>>> };

// ---------------------------------------------------------------- events, main -> renderer

export const MENU_ACTIONS = [
  'export',
  'undo',
  'redo',
  'fit',
  'zoom-in',
  'zoom-out',
  'reset-layout',
  'toggle-panels',
  'toggle-dark-mode',
  'focus-search',
] as const;
export type MenuAction = (typeof MENU_ACTIONS)[number];

export interface StoreChanged {
  /** `labels`: the same graph under other labels, so the view is kept. */
  reason: 'import' | 'open' | 'new' | 'labels';
}

export interface EventPayloads {
  'import:progress': ImportProgress;
  'store:changed': StoreChanged;
  'menu:action': MenuAction;
}
export type EventName = keyof EventPayloads;
export const EVENT_NAMES = ['import:progress', 'store:changed', 'menu:action'] as const satisfies readonly EventName[];

/** How main (or the e2e bridge) pushes an event to the window. */
export type Emit = <E extends EventName>(event: E, payload: EventPayloads[E]) => void;

// ---------------------------------------------------------------- the renderer's window.api

export type KgApi = { [K in ApiOpName]: (input: Input<K>) => Promise<Result<Output<K>>> };

type Unsubscribe = () => void;

/** A dropped file as the page sees it (a DOM `File`); typed structurally so shared/ needs no DOM. */
export interface DroppedFile {
  readonly name: string;
}

export interface KgWindowApi extends KgApi {
  importDropped(files: readonly DroppedFile[]): Promise<Result<ImportStarted>>;
  onImportProgress(cb: (progress: ImportProgress) => void): Unsubscribe;
  onStoreChanged(cb: (change: StoreChanged) => void): Unsubscribe;
  onMenu(cb: (action: MenuAction) => void): Unsubscribe;
}
