import type { Indicator } from '../schema/indicator.ts';
import type { Plan } from '../schema/plan.ts';
import type { Unit, UnitLevel } from '../schema/unit.ts';

export interface ResolvedTarget {
  phase: string;
  value: number;
  deadline: string;
  /**
   * The document that binds the unit to it: the unit's own plan, its province's plan (set for
   * every commune), or Plan 02 where a binding plan attributes the figure to Plan 02.
   */
  origin: 'unit-plan' | 'province-plan' | 'national';
  planId: string;
  planNumber: string;
  /** Where the plan sets it (its section); for Plan 02, the annex a binding plan cites. */
  section: string;
  /** The responsible agency the plan names. */
  lead?: string;
  note?: string;
}

/** Plans indexed for target look-up: issuing unit code → plans. */
export type PlansByUnit = ReadonlyMap<string, readonly Plan[]>;

export function indexPlans(plans: readonly Plan[]): {
  byUnit: PlansByUnit;
  national: Plan | undefined;
} {
  return {
    byUnit: Map.groupBy(
      plans.filter((p) => p.unit),
      (p) => p.unit!,
    ),
    national: plans.find((p) => !p.unit),
  };
}

function fromPlans(
  plans: readonly Plan[],
  indicator: string,
  appliesTo: 'unit' | 'communes',
  origin: ResolvedTarget['origin'],
): ResolvedTarget[] {
  return plans.flatMap((p) =>
    p.targets
      .filter((t) => t.indicator === indicator && t.appliesTo === appliesTo)
      .map((t) => ({
        phase: t.phase ?? p.number,
        value: t.value,
        deadline: t.deadline,
        origin,
        planId: p.id,
        planNumber: p.number,
        section: t.section,
        ...(t.lead ? { lead: t.lead } : {}),
        ...(t.note ? { note: t.note } : {}),
      })),
  );
}

/** The catalog's Plan 02 targets that apply at a level, each with the annex a binding plan cites. */
function nationalTargets(level: UnitLevel, indicator: Indicator, plan?: Plan): ResolvedTarget[] {
  return indicator.targets
    .filter((t) => !t.levels || t.levels.includes(level))
    .map((t) => ({
      phase: t.phase,
      value: t.value,
      deadline: t.deadline,
      origin: 'national' as const,
      planId: plan?.id ?? indicator.source,
      planNumber: plan?.number ?? indicator.source,
      section: t.source,
    }));
}

/** True when a province's figure for the indicator is its communes' roll-up, not its own. */
export const rollsUpToProvince = (unit: Unit, indicator: Indicator): boolean =>
  unit.level === 'province' &&
  indicator.levels.includes('commune') &&
  !indicator.levels.includes('province') &&
  !indicator.planLevels.includes('province');

/**
 * The targets that bind a unit for an indicator: its own plan's, else its province's plan's
 * where that sets them for every commune, else Plan 02's (only the figures a local plan
 * attributes to Plan 02, each with that citation), else none. A plan that names an indicator
 * replaces Plan 02's phases for it. Sorted by deadline.
 */
export function resolveTargets(
  unit: Unit,
  indicator: Indicator,
  plans: PlansByUnit,
  nationalPlan?: Plan,
): ResolvedTarget[] {
  // A province judged on its communes' roll-up of a commune-only indicator takes the targets
  // of a commune: those its plan sets for every commune, else the communes' defaults. An
  // indicator a province reports itself where its plan sets it is its own, not a roll-up.
  const rolledUp = rollsUpToProvince(unit, indicator);
  const own = fromPlans(
    plans.get(unit.code) ?? [],
    indicator.id,
    rolledUp ? 'communes' : 'unit',
    'unit-plan',
  );
  const fromProvince = unit.parent
    ? fromPlans(plans.get(unit.parent) ?? [], indicator.id, 'communes', 'province-plan')
    : [];
  const chosen =
    own.length > 0
      ? own
      : fromProvince.length > 0
        ? fromProvince
        : nationalTargets(rolledUp ? 'commune' : unit.level, indicator, nationalPlan);
  return [...chosen].sort((a, b) => a.deadline.localeCompare(b.deadline));
}
