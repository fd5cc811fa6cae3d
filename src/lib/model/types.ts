import type { Diagnostic } from '../ingest/diagnostics/diagnostic.ts';
import type { Publication } from '../publish/publication.ts';
import type { Dataset } from '../schema/dataset.ts';
import type { Indicator } from '../schema/indicator.ts';
import type { Observation } from '../schema/observation.ts';
import type { Plan } from '../schema/plan.ts';
import type { Task } from '../schema/task.ts';
import type { Unit } from '../schema/unit.ts';
import type { RollupPoint } from './rollup.ts';
import type { Evaluation, SeriesPoint, Status } from './status.ts';
import type { ResolvedTarget } from './targets.ts';
import type { MonthReport, Regime } from './timeliness.ts';

export type StatusCounts = Record<Status, number>;

/** Where one unit stands on one indicator. */
export interface IndicatorProgress {
  indicator: Indicator;
  /** Values the unit reported itself: the latest report of each month. */
  own: Observation[];
  /** Period → the earlier reports of that month, oldest first (revised months only). */
  revised: ReadonlyMap<string, readonly Observation[]>;
  /** Province only: the figure combined from its communes. */
  rollup: RollupPoint[];
  /** Derived indicators (report timeliness): values computed from report dates. */
  derived: SeriesPoint[];
  /** Which series the status is judged on. */
  basis: 'own' | 'rollup' | 'derived' | 'none';
  targets: ResolvedTarget[];
  evaluations: Evaluation[];
  /** The phase that matters now: the next deadline not yet passed, else the last one. */
  headline: { status: Status; target?: ResolvedTarget; evaluation?: Evaluation };
  /** Province reports its own figure and it differs from the communes' roll-up. */
  rollupDiffers: boolean;
  /** Communes: where the latest own value stands among the province's communes (rank 1 = best). */
  peer?: { median: number; rank: number; of: number };
}

/** Everything known about one unit: its indicators, reporting record, tasks and plans. */
export interface UnitProgress {
  unit: Unit;
  province?: Unit;
  communes: Unit[];
  indicators: IndicatorProgress[];
  counts: StatusCounts;
  /** How the unit reports: from its plan, its province's plan, the publisher's declaration, or none. */
  regime: Regime;
  /** Each month whose report was due by the publication date, by the unit's regime. */
  reports: MonthReport[];
  /** The latest date the unit reported anything (a revision, a month not yet due). */
  lastReport?: string;
  tasks: Task[];
  plans: readonly Plan[];
}

/** The one in-memory model of a publication that every view, card and download reads. */
export interface Model {
  dataset: Dataset;
  asOf: string;
  indicators: Indicator[];
  plans: Plan[];
  provinces: Unit[];
  units: Map<string, Unit>;
  progress: Map<string, UnitProgress>;
  tasks: Task[];
  /** Validation diagnostics of this build: warnings, and rejected rows when valid rows are published. */
  diagnostics: Diagnostic[];
  totals: { observations: number; counts: StatusCounts };
  /** Set by the build: this publication's id, history and changes since the previous one. */
  publication?: Publication;
}

export interface ModelInputs {
  dataset: Dataset;
  units: readonly Unit[];
  indicators: readonly Indicator[];
  plans: readonly Plan[];
  observations: readonly Observation[];
  tasks: readonly Task[];
}
