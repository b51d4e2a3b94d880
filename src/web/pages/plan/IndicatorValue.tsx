/**
 * An indicator's figure as the scorecard writes it ("55.8%", "1,204", "c"). The notice API
 * sends the bare value; its kind and precision come from the shared definitions.
 */
import { INDICATORS } from "../../../performance/indicators/definitions.ts";
import { ShownValue } from "../performance/ShownValue.tsx";

export function IndicatorValue({ id, value }: { id: string; value: number | "c" | null }) {
  const definition = INDICATORS.find((d) => d.id === id);
  return (
    <span className="app-figure">
      <ShownValue
        value={value}
        kind={definition?.kind ?? "count"}
        precision={definition?.precision ?? 1}
      />
    </span>
  );
}
