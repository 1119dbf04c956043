// One look per perspective in every report chart: a colour from the Okabe–Ito palette (safe for the
// common colour-vision deficiencies, each at least 3:1 against white) and a marker shape, so a
// perspective is told apart by shape and by its written label, never by colour alone.

const COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#000000"] as const;
const SHAPES = ["circle", "square", "triangle", "diamond", "triangleDown", "cross"] as const;
export type TShape = (typeof SHAPES)[number];
export type TPerspectiveStyle = { colour: string; shape: TShape };

/** The style of the perspective at `index` in survey order (the primary is first). */
export function perspectiveStyle(index: number): TPerspectiveStyle {
  return { colour: COLOURS[index % COLOURS.length]!, shape: SHAPES[index % SHAPES.length]! };
}

export function styleMap(perspectiveIds: readonly string[]): Map<string, TPerspectiveStyle> {
  return new Map(perspectiveIds.map((id, i) => [id, perspectiveStyle(i)]));
}

/** A marker centred on (x, y) with radius r, drawn in SVG. */
export function Marker({ x, y, r = 6, style }: { x: number; y: number; r?: number; style: TPerspectiveStyle }) {
  const common = { fill: style.colour, stroke: "#ffffff", strokeWidth: 1.5 };
  switch (style.shape) {
    case "circle":
      return <circle cx={x} cy={y} r={r} {...common} />;
    case "square":
      return <rect x={x - r * 0.85} y={y - r * 0.85} width={r * 1.7} height={r * 1.7} {...common} />;
    case "triangle":
      return <polygon points={`${x},${y - r * 1.1} ${x + r},${y + r * 0.75} ${x - r},${y + r * 0.75}`} {...common} />;
    case "diamond":
      return <polygon points={`${x},${y - r * 1.15} ${x + r * 1.15},${y} ${x},${y + r * 1.15} ${x - r * 1.15},${y}`} {...common} />;
    case "triangleDown":
      return <polygon points={`${x},${y + r * 1.1} ${x + r},${y - r * 0.75} ${x - r},${y - r * 0.75}`} {...common} />;
    case "cross":
      return (
        <path
          d={`M${x - r},${y - r}L${x + r},${y + r}M${x + r},${y - r}L${x - r},${y + r}`}
          stroke={style.colour}
          strokeWidth={3}
          fill="none"
        />
      );
  }
}

/** The marker on its own, for legends and table cells (decorative: the label says which perspective). */
export function MarkerIcon({ style, size = 14 }: { style: TPerspectiveStyle; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 16 16" aria-hidden="true" focusable="false" className="inline-block shrink-0 align-[-2px]">
      <Marker x={8} y={8} r={5.5} style={style} />
    </svg>
  );
}
