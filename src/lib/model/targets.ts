import type { Indicator } from '../schema/indicator.ts';
import type { Plan } from '../schema/plan.ts';
import type { Unit } from '../schema/unit.ts';

export interface ResolvedTarget {
  phase: string;
  value: number;
  deadline: string;
  /** Where the target comes from: the unit's plan, its province's plan, or the national default. */
  origin: 'unit-plan' | 'province-plan' | 'national';
  planId: string;
  planNumber: string;
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
        ...(t.note ? { note: t.note } : {}),
      })),
  );
}

/**
 * The targets that apply to a unit for an indicator: its own plan's, else its province's plan
 * where that sets commune targets, else the national defaults. A plan that names an indicator
 * replaces all default phases for it. Sorted by deadline.
 */
export function resolveTargets(
  unit: Unit,
  indicator: Indicator,
  plans: PlansByUnit,
  nationalPlan?: Plan,
): ResolvedTarget[] {
  const own = fromPlans(plans.get(unit.code) ?? [], indicator.id, 'unit', 'unit-plan');
  const fromProvince = unit.parent
    ? fromPlans(plans.get(unit.parent) ?? [], indicator.id, 'communes', 'province-plan')
    : [];
  const chosen =
    own.length > 0
      ? own
      : fromProvince.length > 0
        ? fromProvince
        : indicator.targets.map((t) => ({
            ...t,
            origin: 'national' as const,
            planId: nationalPlan?.id ?? indicator.source,
            planNumber: nationalPlan?.number ?? indicator.source,
          }));
  return [...chosen].sort((a, b) => a.deadline.localeCompare(b.deadline));
}
