// A QR code drawn as one SVG path from the qrcode library's module matrix: crisp at any size, on screen and on paper.
import { create } from "qrcode";
import { useMemo } from "react";

/** The quiet zone the QR specification asks for around the code, in modules. */
const QUIET_ZONE = 4;

export function QrCode({ value, label, className = "" }: { value: string; label: string; className?: string }) {
  const { size, path } = useMemo(() => {
    // "M" corrects ~15% damage: enough for a creased printed card, still a small code for a ~70-character link.
    const { modules } = create(value, { errorCorrectionLevel: "M" });
    const commands: string[] = [];
    for (let row = 0; row < modules.size; row++) {
      // One rectangle per horizontal run of dark modules keeps the path short.
      let col = 0;
      while (col < modules.size) {
        if (!modules.get(row, col)) {
          col++;
          continue;
        }
        const start = col;
        while (col < modules.size && modules.get(row, col)) col++;
        commands.push(`M${start + QUIET_ZONE} ${row + QUIET_ZONE}h${col - start}v1h${start - col}z`);
      }
    }
    return { size: modules.size + 2 * QUIET_ZONE, path: commands.join("") };
  }, [value]);

  return (
    <svg
      role="img"
      aria-label={label}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
      className={`block aspect-square bg-white ${className}`}
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
