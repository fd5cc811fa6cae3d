import type { Indicator, IndicatorData } from '../schema/indicator.ts';
import type { PlanData } from '../schema/plan.ts';
import type { Unit } from '../schema/unit.ts';
import { makeDiagnostic, type Diagnostic } from './diagnostics/diagnostic.ts';
import type { Entry } from './content-fs.ts';

/** Plans must name a known unit and known indicators that apply at the level they target. */
export function checkPlans(
  plans: readonly Entry<PlanData>[],
  units: ReadonlyMap<string, Unit>,
  indicators: ReadonlyMap<string, Indicator>,
): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const { data, file } of plans) {
    const unit = data.unit ? units.get(data.unit) : undefined;
    if (data.unit && !unit)
      diagnostics.push(
        makeDiagnostic('UNIT_UNKNOWN', { file, column: 'unit' }, { value: data.unit }),
      );
    data.targets.forEach((t, i) => {
      const column = `targets.${i}.indicator`;
      const indicator = indicators.get(t.indicator);
      if (!indicator) {
        diagnostics.push(
          makeDiagnostic('INDICATOR_UNKNOWN', { file, column }, { value: t.indicator }),
        );
        return;
      }
      const level = t.appliesTo === 'communes' ? 'commune' : unit?.level;
      if (level && !indicator.levels.includes(level) && !indicator.planLevels.includes(level))
        diagnostics.push(
          makeDiagnostic(
            'INDICATOR_LEVEL',
            { file, column },
            { indicator: t.indicator, level: level === 'province' ? 'tỉnh' : 'xã', levelEn: level },
          ),
        );
    });
  }
  return diagnostics;
}

/**
 * An indicator's national default names the plan it comes from, and its pages link there: the
 * plan must exist, or the site would link to a page that does not.
 */
export function checkIndicatorSources(
  indicators: readonly Entry<IndicatorData>[],
  planIds: ReadonlySet<string>,
): Diagnostic[] {
  return indicators
    .filter(({ data }) => !planIds.has(data.source))
    .map(({ data, file }) =>
      makeDiagnostic(
        'REFERENCE_UNKNOWN',
        { file, column: 'source' },
        { value: data.source, target: 'kế hoạch', targetEn: 'plan' },
      ),
    );
}
